using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Departments.Create;

public sealed class CreateDepartment : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO departments (code, name, parent_code, head_full_name, head_position, head_email, head_phone, search_text, version, created_at, updated_at)
        VALUES (@Code, @Name, @ParentCode, @HeadFullName, @HeadPosition, @HeadEmail, @HeadPhone, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(DepartmentRoutes.Collection, CreateDepartmentHandler)
            .WithName(nameof(CreateDepartment)).WithTags(DepartmentRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<DepartmentRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<DepartmentResponse>, ValidationProblem>> CreateDepartmentHandler(
        DepartmentRequest request, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (request.Code is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });
        }

        var row = await db.WriteAsync(session => InsertAsync(session, request, Actor.Of(context), clock), cancellationToken);

        ETags.Set(context.Response, row.Version);
        return TypedResults.Created(DepartmentRoutes.For(row.Code), row.ToResponse());
    }

    /// <summary>The write itself, inside the caller's transaction (the endpoint's, or the demo register's load).</summary>
    internal static async Task<DepartmentRow> InsertAsync(DbSession session, DepartmentRequest request, string? actor, TimeProvider clock)
    {
        await DepartmentStore.CheckParentAsync(session, request.ParentCode, code: null);
        await CatalogWrites.InsertAsync(session, InsertSql, new
        {
            request.Code, request.Name, request.ParentCode,
            HeadFullName = request.Head?.FullName, HeadPosition = request.Head?.Position,
            HeadEmail = request.Head?.Email, HeadPhone = request.Head?.Phone,
            SearchText = DepartmentStore.SearchTextOf(request.Code!, request.Name!),
            Now = clock.GetUtcNow().UtcDateTime,
        }, "department", request.Code!);
        var created = (await DepartmentStore.FindAsync(session, request.Code!))!;
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Department, created.Code, AuditActions.Create, null, created.ToResponse());
        return created;
    }
}
