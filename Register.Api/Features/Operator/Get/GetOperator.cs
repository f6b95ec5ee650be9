using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Operator.Get;

public sealed class GetOperator : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(OperatorRoutes.Item, GetOperatorHandler)
            .WithName(nameof(GetOperator)).WithTags(OperatorRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>404 until the first PUT has recorded the operator.</summary>
    public static async Task<Results<Ok<OperatorResponse>, NotFound>> GetOperatorHandler(
        Db db, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await db.ReadAsync(OperatorStore.FindAsync, cancellationToken);
        if (found is null) return TypedResults.NotFound();
        ETags.Set(response, found.Version);
        return TypedResults.Ok(found);
    }
}
