using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Recipients.Delete;

public sealed class DeleteRecipient : IEndpoint
{
    public const string ActivitiesSql = """
        SELECT a.code FROM activity_recipients x JOIN activities a ON a.id = x.activity_id WHERE x.recipient_code = @Code ORDER BY a.code
        """;
    public const string DeleteSql = "DELETE FROM recipients WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    private static readonly CatalogUsage[] Usages = [new("activities", ActivitiesSql)];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(RecipientRoutes.Item, DeleteRecipientHandler)
            .WithName(nameof(DeleteRecipient)).WithTags(RecipientRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteRecipientHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await RecipientStore.FindAsync(session, code);
            if (current is null) return false;
            await CatalogWrites.EnsureNotInUseAsync(session, RecipientRoutes.Entity, code, Usages);
            var before = await RecipientStore.ToResponseAsync(session, current);
            // The contract's lists belong to the recipient and go with it; a stale version below rolls this back too.
            await RecipientStore.WriteContractListsAsync(session, code, contract: null);
            var affected = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, RecipientRoutes.Entity, code);
            CatalogWrites.EnsureApplied(affected, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.Recipient, code, AuditActions.Delete, before, null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
