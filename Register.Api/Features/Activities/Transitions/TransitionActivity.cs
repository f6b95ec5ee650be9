using FastEndpoints;
using FluentValidation;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Domain.Activities;

namespace Register.Api.Features.Activities.Transitions;

public sealed record TransitionRequest(ActivityStatus? To);

public sealed class TransitionRequestValidator : AbstractValidator<TransitionRequest>
{
    public TransitionRequestValidator() => RuleFor(r => r.To).NotNull();
}

public sealed class TransitionActivity(Activities activities) : Endpoint<IdRoute<TransitionRequest>, ActivityResponse>
{
    public override void Configure()
    {
        Post(ActivityRoutes.Transitions);
        Policies(Access.Drafter.Policy);
        Description(b => b.Documented(ActivityRoutes.Tag, "Move a register entry through its workflow",
                "draft → in-review → approved, retired when processing ends, back to draft for rework. Moving to in-review or approved " +
                "with error findings is 422 listing them. A department head may only submit its departments' drafts for review. Needs If-Match.")
            .AcceptsJson<TransitionRequest>()
            .ProducesWithETag<ActivityResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity,
                StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(IdRoute<TransitionRequest> route, CancellationToken cancellationToken)
    {
        var moved = await activities.TransitionAsync(HttpContext.Caller(), route.Id, route.RequiredBody(), HttpContext.IfMatch(), cancellationToken);
        await Send.SendAsync(moved, moved.Version);
    }
}
