using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Activities.Create;

public sealed class CreateActivity : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(ActivityRoutes.Collection, CreateActivityHandler)
            .WithName(nameof(CreateActivity)).WithTags(ActivityRoutes.Tag)
            .RequireAuthorization(Policies.Drafter)
            .Validates<ActivityRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>Records a new entry as a draft; its findings tell what the law still requires of it.</summary>
    public static async Task<Created<ActivityResponse>> CreateActivityHandler(
        ActivityRequest request, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var content = ActivityContent.From(request);
        var actor = Actor.Of(context);
        ActivityAccess.EnsureMayDraftIn(Caller.From(context), content.DepartmentCode);
        var assessed = await db.WriteAsync(async session =>
        {
            await ActivityReferences.CheckAsync(session, content);
            var id = await ActivityWrites.InsertAsync(session, request.Code!, content, actor, clock.UtcNow());
            var created = await ActivityWrites.CompleteAsync(session, id, actor, clock.UtcNow(), clock.Today());
            await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Create, null, created.ToResponse());
            return created;
        }, cancellationToken);

        ETags.Set(context.Response, assessed.State.Version);
        return TypedResults.Created(ActivityRoutes.For(assessed.State.Id), assessed.ToResponse());
    }
}
