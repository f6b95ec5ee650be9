using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.ProtectionMeasures.Delete;

public sealed class DeleteProtectionMeasure : IEndpoint
{
    public const string ActivitiesSql = """
        SELECT a.code FROM activity_protection_measures x JOIN activities a ON a.id = x.activity_id WHERE x.measure_code = @Code ORDER BY a.code
        """;
    public const string RecipientsSql = "SELECT recipient_code FROM recipient_contract_measures WHERE measure_code = @Code ORDER BY recipient_code";
    public const string DeleteSql = "DELETE FROM protection_measures WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    private static readonly CatalogUsage[] Usages = [new("activities", ActivitiesSql), new("recipient contracts", RecipientsSql)];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(ProtectionMeasureRoutes.Item, DeleteProtectionMeasureHandler)
            .WithName(nameof(DeleteProtectionMeasure)).WithTags(ProtectionMeasureRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteProtectionMeasureHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await ProtectionMeasureStore.FindAsync(session, code);
            if (current is null) return false;
            await CatalogWrites.EnsureNotInUseAsync(session, ProtectionMeasureRoutes.Entity, code, Usages);
            var affected = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, ProtectionMeasureRoutes.Entity, code);
            CatalogWrites.EnsureApplied(affected, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.ProtectionMeasure, code, AuditActions.Delete,
                current.ToResponse(Languages.Default), null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
