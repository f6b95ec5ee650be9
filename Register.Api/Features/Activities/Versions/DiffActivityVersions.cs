using FastEndpoints;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Versions;

/// <summary>Two versions of an entry: <c>{id}/versions/{from}/diff/{to}</c>.</summary>
public sealed class DiffRoute
{
    public int Id { get; set; }
    public int From { get; set; }
    public int To { get; set; }
}

public sealed class DiffActivityVersions(Activities activities) : Endpoint<DiffRoute, ActivityDiffResponse>
{
    public override void Configure()
    {
        Get(ActivityRoutes.Diff);
        Description(b => b.Documented(ActivityRoutes.Tag, "Compare two versions of an entry",
                "What changed between two saved states, field by field (lists element by element: purposes[1].text), without the " +
                "bookkeeping that changes on every save.")
            .Produces<ActivityDiffResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(DiffRoute route, CancellationToken cancellationToken) =>
        await Send.OkAsync(await activities.DiffAsync(HttpContext.Caller(), route.Id, route.From, route.To, cancellationToken), cancellationToken);
}
