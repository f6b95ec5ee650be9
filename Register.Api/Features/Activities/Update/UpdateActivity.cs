using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Update;

public sealed class UpdateActivity(Activities activities) : Endpoint<IdRoute<ActivityRequest>, ActivityResponse>
{
    public override void Configure()
    {
        Put(ActivityRoutes.Item);
        Policies(Access.Drafter.Policy);
        Description(b => b.Documented(ActivityRoutes.Tag, "Change a register entry",
                "Replaces the entry's content, keeping its status and code. Needs If-Match. An entry in review or approved must stay " +
                "free of error findings (422 lists them); a department head edits only its departments' drafts.")
            .AcceptsJson<ActivityRequest>()
            .ProducesWithETag<ActivityResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(IdRoute<ActivityRequest> route, CancellationToken cancellationToken)
    {
        var updated = await activities.UpdateAsync(HttpContext.Caller(), route.Id, route.RequiredBody(), HttpContext.IfMatch(), cancellationToken);
        await Send.SendAsync(updated, updated.Version);
    }
}
