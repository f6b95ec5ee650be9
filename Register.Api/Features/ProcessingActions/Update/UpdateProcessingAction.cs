using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.ProcessingActions.Update;

public sealed class UpdateProcessingAction : IEndpoint
{
    public const string UpdateSql = """
        UPDATE processing_actions
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(ProcessingActionRoutes.Item, UpdateProcessingActionHandler)
            .WithName(nameof(UpdateProcessingAction)).WithTags(ProcessingActionRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<ProcessingActionRequest>()
            .ProducesConditionalWriteProblems();

    public static async Task<Results<Ok<ProcessingActionResponse>, NotFound, ValidationProblem>> UpdateProcessingActionHandler(
        string code, ProcessingActionRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (CatalogWrites.CodeMismatch(body.Code, code) is { } mismatch) return mismatch;
        var expectedVersion = ETags.RequiredIfMatch(request);
        var names = body.Names!;

        var row = await db.WriteAsync(async session =>
        {
            var current = await ProcessingActionStore.FindAsync(session, code);
            if (current is null) return null;
            var updated = await session.ExecuteAsync(UpdateSql, new
            {
                Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
                SearchText = ProcessingActionStore.SearchTextOf(code, names),
                ExpectedVersion = expectedVersion, Now = clock.GetUtcNow().UtcDateTime,
            });
            CatalogWrites.EnsureApplied(updated, current.Version);
            var after = (await ProcessingActionStore.FindAsync(session, code))!;
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.ProcessingAction, code, AuditActions.Update,
                current.ToResponse(Languages.Default), after.ToResponse(Languages.Default));
            return after;
        }, cancellationToken);

        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse(Languages.From(request)));
    }
}
