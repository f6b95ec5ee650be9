using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.ProtectionMeasures.Update;

public sealed class UpdateProtectionMeasure : IEndpoint
{
    public const string UpdateSql = """
        UPDATE protection_measures
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, kind = @Kind, crypto_means = @CryptoMeans,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(ProtectionMeasureRoutes.Item, UpdateProtectionMeasureHandler)
            .WithName(nameof(UpdateProtectionMeasure)).WithTags(ProtectionMeasureRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<ProtectionMeasureRequest>()
            .ProducesConditionalWriteProblems();

    public static async Task<Results<Ok<ProtectionMeasureResponse>, NotFound, ValidationProblem>> UpdateProtectionMeasureHandler(
        string code, ProtectionMeasureRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (CatalogWrites.CodeMismatch(body.Code, code) is { } mismatch) return mismatch;
        var expectedVersion = ETags.RequiredIfMatch(request);
        var names = body.Names!;

        var row = await db.WriteAsync(async session =>
        {
            var current = await ProtectionMeasureStore.FindAsync(session, code);
            if (current is null) return null;
            var updated = await session.ExecuteAsync(UpdateSql, new
            {
                Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
                Kind = KebabEnum.ToKebab(body.Kind!.Value), body.CryptoMeans,
                SearchText = ProtectionMeasureStore.SearchTextOf(code, names),
                ExpectedVersion = expectedVersion, Now = clock.GetUtcNow().UtcDateTime,
            });
            CatalogWrites.EnsureApplied(updated, current.Version);
            var after = (await ProtectionMeasureStore.FindAsync(session, code))!;
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.ProtectionMeasure, code, AuditActions.Update,
                current.ToResponse(Languages.Default), after.ToResponse(Languages.Default));
            return after;
        }, cancellationToken);

        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse(Languages.From(request)));
    }
}
