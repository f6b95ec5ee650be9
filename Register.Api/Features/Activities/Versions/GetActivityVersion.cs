using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Versions;

public sealed class GetActivityVersion : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(ActivityRoutes.Version, GetActivityVersionHandler)
            .WithName(nameof(GetActivityVersion)).WithTags(ActivityRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<ActivityVersionResponse>, NotFound>> GetActivityVersionHandler(
        int id, int version, Db db, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(context);
        var row = await db.ReadAsync(async session =>
            await ActivityVersions.VisibleAsync(session, id, caller)
                ? await session.QuerySingleOrDefaultAsync<ActivityVersions.VersionRow>(ActivityVersions.OneSql, new { ActivityId = id, Version = version })
                : null,
            cancellationToken);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(row.ToResponse());
    }
}
