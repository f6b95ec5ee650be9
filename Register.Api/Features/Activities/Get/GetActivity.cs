using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Activities.Get;

public sealed class GetActivity : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(ActivityRoutes.Item, GetActivityHandler)
            .WithName(nameof(GetActivity)).WithTags(ActivityRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<ActivityResponse>, NotFound>> GetActivityHandler(
        int id, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(context);
        var assessed = await db.ReadAsync(async session =>
            await ActivityStore.FindAsync(session, id) is { } state && caller.CanSee(state.Content.DepartmentCode)
                ? await ActivityAssessor.AssessAsync(session, state, clock.Today())
                : null,
            cancellationToken);
        if (assessed is null) return TypedResults.NotFound();
        ETags.Set(context.Response, assessed.State.Version);
        return TypedResults.Ok(assessed.ToResponse());
    }
}
