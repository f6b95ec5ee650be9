using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Departments.Delete;

public sealed class DeleteDepartment : IEndpoint
{
    public const string ChildrenSql = "SELECT code FROM departments WHERE parent_code = @Code ORDER BY code";

    public const string DeleteSql = "DELETE FROM departments WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(DepartmentRoutes.Item, DeleteDepartmentHandler)
            .WithName(nameof(DeleteDepartment)).WithTags(DepartmentRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static async Task<Results<NoContent, NotFound>> DeleteDepartmentHandler(
        string code, Db db, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await DepartmentStore.FindAsync(session, code);
            if (current is null) return false;

            var children = (await session.QueryAsync<string>(ChildrenSql, new { Code = code })).ToList();
            if (children.Count > 0)
            {
                throw new ConflictException($"Department '{code}' is in use: it is the parent of {string.Join(", ", children)}.");
            }
            if (await session.ExecuteAsync(DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }) == 0)
            {
                throw new PreconditionFailedException(ETags.Format(current.Version));
            }
            return true;
        }, cancellationToken);

        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
