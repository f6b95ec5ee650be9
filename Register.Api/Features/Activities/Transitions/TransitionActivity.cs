using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Activities;
using Register.Domain.Rules;

namespace Register.Api.Features.Activities.Transitions;

public sealed record TransitionRequest(ActivityStatus? To);

public sealed class TransitionRequestValidator : AbstractValidator<TransitionRequest>
{
    public TransitionRequestValidator() => RuleFor(r => r.To).NotNull();
}

public sealed class TransitionActivity : IEndpoint
{
    /// <summary>
    /// The entry's life: drafted, reviewed, approved, retired when processing ends. Any state may go back to
    /// draft for rework; a retired entry only comes back through draft.
    /// </summary>
    private static readonly Dictionary<ActivityStatus, ActivityStatus[]> Allowed = new()
    {
        [ActivityStatus.Draft] = [ActivityStatus.InReview, ActivityStatus.Approved, ActivityStatus.Retired],
        [ActivityStatus.InReview] = [ActivityStatus.Draft, ActivityStatus.Approved, ActivityStatus.Retired],
        [ActivityStatus.Approved] = [ActivityStatus.Draft, ActivityStatus.InReview, ActivityStatus.Retired],
        [ActivityStatus.Retired] = [ActivityStatus.Draft],
    };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(ActivityRoutes.Transitions, TransitionActivityHandler)
            .WithName(nameof(TransitionActivity)).WithTags(ActivityRoutes.Tag)
            .RequireAuthorization(Policies.Drafter)
            .Validates<TransitionRequest>()
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Moves the entry to another status; to review or approval only without error findings (422 lists them).</summary>
    public static async Task<Results<Ok<ActivityResponse>, NotFound>> TransitionActivityHandler(
        int id, TransitionRequest request, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(context.Request);
        var to = request.To!.Value;
        var actor = Actor.Of(context);
        var caller = Caller.From(context);

        var assessed = await db.WriteAsync(async session =>
        {
            var current = await ActivityStore.FindAsync(session, id);
            if (current is null || !caller.CanSee(current.Content.DepartmentCode)) return null;
            ActivityAccess.EnsureMayTransition(caller, current, to);
            if (expectedVersion is { } expected && expected != current.Version) throw new PreconditionFailedException(ETags.Format(current.Version));
            if (!Allowed[current.Status].Contains(to))
            {
                throw new InvalidTransitionException(
                    $"An entry that is {KebabEnum.ToKebab(current.Status)} cannot move to {KebabEnum.ToKebab(to)}. " +
                    $"Allowed: {string.Join(", ", Allowed[current.Status].Select(s => KebabEnum.ToKebab(s)))}.");
            }

            var today = clock.Today();
            if (ActivityWrites.RequiresNoErrors(to))
            {
                var candidate = await ActivityAssessor.AssessAsync(session, current with { Status = to }, today);
                if (ActivityRules.HasErrors(candidate.Findings))
                {
                    throw ActivityWrites.RulesForbid($"The entry cannot move to {KebabEnum.ToKebab(to)} while it has error findings.", candidate.Findings);
                }
            }

            var lastApprovedOn = to == ActivityStatus.Approved ? today : current.LastApprovedOn;
            if (!await ActivityStore.UpdateAsync(session, id, current.Version, to, current.Content, lastApprovedOn, actor, clock.UtcNow()))
            {
                throw new PreconditionFailedException(ETags.Format(current.Version));
            }
            var before = await ActivityAssessor.AssessAsync(session, current, today);
            var after = await ActivityWrites.CompleteAsync(session, id, actor, clock.UtcNow(), today);
            await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Transition, before.ToResponse(), after.ToResponse());
            return after;
        }, cancellationToken);

        if (assessed is null) return TypedResults.NotFound();
        ETags.Set(context.Response, assessed.State.Version);
        return TypedResults.Ok(assessed.ToResponse());
    }
}
