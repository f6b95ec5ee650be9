using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Activities.Delete;

public sealed class DeleteActivity : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(ActivityRoutes.Item, DeleteActivityHandler)
            .WithName(nameof(DeleteActivity)).WithTags(ActivityRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems();

    /// <summary>Removes the entry; its history stays, ending in a tombstone version that carries its last state.</summary>
    public static async Task<Results<NoContent, NotFound>> DeleteActivityHandler(
        int id, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(context.Request);
        var actor = Actor.Of(context);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await ActivityStore.FindAsync(session, id);
            if (current is null) return false;
            if (expectedVersion is { } expected && expected != current.Version) throw new PreconditionFailedException(ETags.Format(current.Version));

            var last = await ActivityAssessor.AssessAsync(session, current, clock.Today());
            if (!await ActivityStore.DeleteAsync(session, id, current.Version)) throw new PreconditionFailedException(ETags.Format(current.Version));
            await ActivityVersions.SaveAsync(session, last.ToResponse(), current.Version + 1, deleted: true, actor, clock.UtcNow());
            await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Delete, last.ToResponse(), null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
