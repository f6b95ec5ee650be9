using FastEndpoints;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Get;

public sealed class GetActivity(Activities activities) : Endpoint<IdRoute, ActivityResponse>
{
    public override void Configure()
    {
        Get(ActivityRoutes.Item);
        Description(b => b.Documented(ActivityRoutes.Tag, "Read one register entry",
                "The entry with its computed NPDPC category, cross-border flag and findings under the law's rules; its ETag is its " +
                "version. Another department's entry is 404 for a department head.")
            .ProducesWithETag<ActivityResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(IdRoute route, CancellationToken cancellationToken)
    {
        var entry = await activities.GetAsync(HttpContext.Caller(), route.Id, cancellationToken);
        await Send.SendAsync(entry, entry.Version);
    }
}
