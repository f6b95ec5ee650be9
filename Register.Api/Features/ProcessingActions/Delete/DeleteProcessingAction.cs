using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.ProcessingActions.Delete;

public sealed class DeleteProcessingAction : IEndpoint
{
    public const string ActivitiesSql = """
        SELECT a.code FROM activity_actions x JOIN activities a ON a.id = x.activity_id WHERE x.action_code = @Code ORDER BY a.code
        """;
    public const string RecipientsSql = "SELECT recipient_code FROM recipient_contract_actions WHERE action_code = @Code ORDER BY recipient_code";
    public const string DeleteSql = "DELETE FROM processing_actions WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    private static readonly CatalogUsage[] Usages = [new("activities", ActivitiesSql), new("recipient contracts", RecipientsSql)];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(ProcessingActionRoutes.Item, DeleteProcessingActionHandler)
            .WithName(nameof(DeleteProcessingAction)).WithTags(ProcessingActionRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteProcessingActionHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await ProcessingActionStore.FindAsync(session, code);
            if (current is null) return false;
            await CatalogWrites.EnsureNotInUseAsync(session, ProcessingActionRoutes.Entity, code, Usages);
            var affected = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, ProcessingActionRoutes.Entity, code);
            CatalogWrites.EnsureApplied(affected, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.ProcessingAction, code, AuditActions.Delete,
                current.ToResponse(Languages.Default), null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
