using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Activities.Update;

public sealed class UpdateActivity : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(ActivityRoutes.Item, UpdateActivityHandler)
            .WithName(nameof(UpdateActivity)).WithTags(ActivityRoutes.Tag)
            .RequireAuthorization(Policies.Drafter)
            .Validates<ActivityRequest>()
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>
    /// Replaces the entry's content, keeping its status. An entry in review or approved must stay free of
    /// error findings (422); to rework it freely, move it back to draft first.
    /// </summary>
    public static async Task<Results<Ok<ActivityResponse>, NotFound, ValidationProblem>> UpdateActivityHandler(
        int id, ActivityRequest request, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(context.Request);
        var content = ActivityContent.From(request);
        var actor = Actor.Of(context);
        var caller = Caller.From(context);

        var assessed = await db.WriteAsync(async session =>
        {
            var current = await ActivityStore.FindAsync(session, id);
            if (current is null || !caller.CanSee(current.Content.DepartmentCode)) return null;
            ActivityAccess.EnsureMayEdit(caller, current);
            ActivityAccess.EnsureMayDraftIn(caller, content.DepartmentCode);
            if (request.Code != current.Code)
            {
                throw new InvalidRequestException("code", $"The body's code '{request.Code}' differs from the entry's '{current.Code}'; codes cannot be renamed.");
            }
            await ActivityReferences.CheckAsync(session, content);
            var saved = await ActivityStore.UpdateAsync(session, id, expectedVersion ?? current.Version, current.Status, content,
                current.LastApprovedOn, actor, clock.UtcNow());
            if (!saved) throw new PreconditionFailedException(ETags.Format(current.Version));
            var before = await ActivityAssessor.AssessAsync(session, current, clock.Today());
            var after = await ActivityWrites.CompleteAsync(session, id, actor, clock.UtcNow(), clock.Today());
            await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Update, before.ToResponse(), after.ToResponse());
            return after;
        }, cancellationToken);

        if (assessed is null) return TypedResults.NotFound();
        ETags.Set(context.Response, assessed.State.Version);
        return TypedResults.Ok(assessed.ToResponse());
    }
}
