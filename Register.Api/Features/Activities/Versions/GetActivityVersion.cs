using FastEndpoints;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Versions;

/// <summary>One version of an entry: <c>{id}/versions/{version}</c>.</summary>
public sealed class VersionRoute
{
    public int Id { get; set; }
    public int Version { get; set; }
}

public sealed class GetActivityVersion(Activities activities) : Endpoint<VersionRoute, ActivityVersionResponse>
{
    public override void Configure()
    {
        Get(ActivityRoutes.Version);
        Description(b => b.Documented(ActivityRoutes.Tag, "Read one version of an entry",
                "The entry exactly as the API returned it after that save, findings included; readable after the entry is deleted.")
            .Produces<ActivityVersionResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(VersionRoute route, CancellationToken cancellationToken) =>
        await Send.OkAsync(await activities.VersionAsync(HttpContext.Caller(), route.Id, route.Version, cancellationToken), cancellationToken);
}
