using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Activities.Versions;

public sealed class ListActivityVersions : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(ActivityRoutes.Versions, ListActivityVersionsHandler)
            .WithName(nameof(ListActivityVersions)).WithTags(ActivityRoutes.Tag)
            .Validates<PageQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Every saved state of the entry, oldest first; still readable after the entry is deleted.</summary>
    public static async Task<Results<Ok<PageResponse<ActivityVersionSummary>>, NotFound>> ListActivityVersionsHandler(
        int id, [AsParameters] PageQuery query, Db db, HttpContext context, CancellationToken cancellationToken)
    {
        var parameters = new { ActivityId = id, query.Skip, Take = query.Size };
        var caller = Caller.From(context);
        var (total, rows) = await db.ReadAsync(async session =>
            await ActivityVersions.VisibleAsync(session, id, caller)
                ? (await session.ExecuteScalarAsync<int>(ActivityVersions.CountSql, parameters),
                   await session.QueryAsync<ActivityVersions.VersionRow>(ActivityVersions.PageSql, parameters))
                : (0, []),
            cancellationToken);
        if (total == 0) return TypedResults.NotFound();
        return TypedResults.Ok(new PageResponse<ActivityVersionSummary>(rows.Select(r => r.ToSummary()).ToList(), total, query.PageNumber, query.Size));
    }
}
