using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Departments.Get;

public sealed class GetDepartment : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(DepartmentRoutes.Item, GetDepartmentHandler)
            .WithName(nameof(GetDepartment)).WithTags(DepartmentRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DepartmentResponse>, NotFound>> GetDepartmentHandler(
        string code, Db db, HttpResponse response, CancellationToken cancellationToken)
    {
        var row = await db.ReadAsync(session => DepartmentStore.FindAsync(session, code), cancellationToken);
        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse());
    }
}
