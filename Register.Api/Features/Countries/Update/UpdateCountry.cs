using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Countries.Update;

public sealed class UpdateCountry : IEndpoint
{
    public const string UpdateSql = """
        UPDATE countries
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, adequate_protection = @AdequateProtection, source = @Source,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(CountryRoutes.Item, UpdateCountryHandler)
            .WithName(nameof(UpdateCountry)).WithTags(CountryRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<CountryRequest>()
            .ProducesConditionalWriteProblems();

    public static async Task<Results<Ok<CountryResponse>, NotFound, ValidationProblem>> UpdateCountryHandler(
        string code, CountryRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (CatalogWrites.CodeMismatch(body.Code, code) is { } mismatch) return mismatch;
        var expectedVersion = ETags.RequiredIfMatch(request);
        var names = body.Names!;

        var row = await db.WriteAsync(async session =>
        {
            var current = await CountryStore.FindAsync(session, code);
            if (current is null) return null;
            var updated = await session.ExecuteAsync(UpdateSql, new
            {
                Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
                AdequateProtection = body.AdequateProtection!.Value, body.Source,
                SearchText = CountryStore.SearchTextOf(code, names),
                ExpectedVersion = expectedVersion, Now = clock.GetUtcNow().UtcDateTime,
            });
            CatalogWrites.EnsureApplied(updated, current.Version);
            var after = (await CountryStore.FindAsync(session, code))!;
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.Country, code, AuditActions.Update,
                current.ToResponse(Languages.Default), after.ToResponse(Languages.Default));
            return after;
        }, cancellationToken);

        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse(Languages.From(request)));
    }
}
