using FastEndpoints;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Activities.Versions;

/// <summary>An entry's versions, a page at a time.</summary>
public sealed record VersionsQuery : PageQuery
{
    public int Id { get; init; }
}

public sealed class ListActivityVersions(Activities activities) : Endpoint<VersionsQuery, PageResponse<ActivityVersionSummary>>
{
    public override void Configure()
    {
        Get(ActivityRoutes.Versions);
        Description(b => b.Documented(ActivityRoutes.Tag, "List the versions of an entry",
                "Every saved state of the entry, oldest first, with who saved it and when; a delete ends it with a tombstone.")
            .Produces<PageResponse<ActivityVersionSummary>>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(VersionsQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await activities.VersionsAsync(HttpContext.Caller(), query.Id, query, cancellationToken), cancellationToken);
}
