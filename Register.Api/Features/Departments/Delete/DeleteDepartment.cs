using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Departments.Delete;

public sealed class DeleteDepartment : IEndpoint
{
    public const string ChildrenSql = "SELECT code FROM departments WHERE parent_code = @Code ORDER BY code";
    public const string ActivitiesSql = "SELECT code FROM activities WHERE department_code = @Code ORDER BY code";
    public const string SystemsSql = "SELECT code FROM information_systems WHERE owner_department_code = @Code ORDER BY code";

    private static readonly CatalogUsage[] Usages =
    [
        new("departments", ChildrenSql),
        new("activities", ActivitiesSql),
        new("information systems", SystemsSql),
    ];

    public const string DeleteSql = "DELETE FROM departments WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(DepartmentRoutes.Item, DeleteDepartmentHandler)
            .WithName(nameof(DeleteDepartment)).WithTags(DepartmentRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteDepartmentHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await DepartmentStore.FindAsync(session, code);
            if (current is null) return false;

            await CatalogWrites.EnsureNotInUseAsync(session, "department", code, Usages);
            var deleted = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, "department", code);
            CatalogWrites.EnsureApplied(deleted, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.Department, code, AuditActions.Delete, current.ToResponse(), null);
            return true;
        }, cancellationToken);

        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
