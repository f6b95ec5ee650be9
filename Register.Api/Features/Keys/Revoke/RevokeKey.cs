using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Keys.Revoke;

public sealed class RevokeKey : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(KeyRoutes.Item, RevokeKeyHandler)
            .WithName(nameof(RevokeKey)).WithTags(KeyRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// Revokes a key at once: the next request carrying it is refused (keys are checked against the database
    /// on every request). Needs no If-Match: revoking is idempotent and must never be blocked by a stale read.
    /// </summary>
    public static async Task<Results<NoContent, NotFound>> RevokeKeyHandler(
        int id, Db db, ApiKeyStore keys, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(context);
        var found = await db.WriteAsync(async session =>
        {
            var before = await keys.FindAsync(session, id);
            if (before is null) return false;
            if (await session.ExecuteAsync(ApiKeyStore.RevokeSql, new { Id = id, Now = clock.UtcNow() }) == 1)
            {
                var after = await keys.FindAsync(session, id);
                await AuditLog.RecordAsync(session, actor, clock, AuditEntities.ApiKey, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    AuditActions.Revoke, KeyResponse.From(before), KeyResponse.From(after!));
            }
            return true;
        }, cancellationToken);
        return found ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
