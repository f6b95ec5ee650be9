using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Create;

public sealed class CreateActivity(Activities activities) : Endpoint<ActivityRequest, ActivityResponse>
{
    public override void Configure()
    {
        Post(ActivityRoutes.Collection);
        Policies(Access.Drafter.Policy);
        Description(b => b.Documented(ActivityRoutes.Tag, "Record a register entry",
                "Records a new entry as a draft; its findings say what the law still requires of it. The officer, or a department " +
                "head within its departments. Unknown catalog codes are 400 naming each path; a code already used is 409.")
            .AcceptsJson<ActivityRequest>()
            .ProducesWithETag<ActivityResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict));
    }

    public override async Task HandleAsync(ActivityRequest request, CancellationToken cancellationToken)
    {
        var created = await activities.CreateAsync(HttpContext.Caller(), request, cancellationToken);
        await Send.SendCreatedAsync(ActivityRoutes.For(created.Id), created, created.Version);
    }
}
