using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Activities.Delete;

public sealed class DeleteActivity(Activities activities) : Endpoint<IdRoute>
{
    public override void Configure()
    {
        Delete(ActivityRoutes.Item);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(ActivityRoutes.Tag, "Delete a register entry",
                "Removes the entry; its history stays readable, ending in a tombstone version with its last state. Needs If-Match. " +
                "The officer's (retire an entry whose processing ended instead of deleting it).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(IdRoute route, CancellationToken cancellationToken)
    {
        await activities.DeleteAsync(HttpContext.Caller(), route.Id, HttpContext.IfMatch(), cancellationToken);
        await Send.NoContentAsync(cancellationToken);
    }
}
