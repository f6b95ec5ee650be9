using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.InformationSystems.Delete;

public sealed class DeleteInformationSystem : IEndpoint
{
    public const string ActivitiesSql = """
        SELECT a.code FROM activity_information_systems x JOIN activities a ON a.id = x.activity_id WHERE x.system_code = @Code ORDER BY a.code
        """;
    public const string DeleteSql = "DELETE FROM information_systems WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    private static readonly CatalogUsage[] Usages = [new("activities", ActivitiesSql)];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(InformationSystemRoutes.Item, DeleteInformationSystemHandler)
            .WithName(nameof(DeleteInformationSystem)).WithTags(InformationSystemRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteInformationSystemHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await InformationSystemStore.FindAsync(session, code);
            if (current is null) return false;
            await CatalogWrites.EnsureNotInUseAsync(session, InformationSystemRoutes.Entity, code, Usages);
            var before = await InformationSystemStore.ToResponseAsync(session, current);
            var affected = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, InformationSystemRoutes.Entity, code);
            CatalogWrites.EnsureApplied(affected, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.InformationSystem, code, AuditActions.Delete, before, null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
