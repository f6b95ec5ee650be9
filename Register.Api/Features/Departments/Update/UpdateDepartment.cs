using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Departments.Update;

public sealed class UpdateDepartment : IEndpoint
{
    public const string UpdateSql = """
        UPDATE departments
        SET name = @Name, parent_code = @ParentCode, head_full_name = @HeadFullName, head_position = @HeadPosition,
            head_email = @HeadEmail, head_phone = @HeadPhone, search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(DepartmentRoutes.Item, UpdateDepartmentHandler)
            .WithName(nameof(UpdateDepartment)).WithTags(DepartmentRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<DepartmentRequest>()
            .ProducesConditionalWriteProblems();

    public static async Task<Results<Ok<DepartmentResponse>, NotFound, ValidationProblem>> UpdateDepartmentHandler(
        string code, DepartmentRequest request, Db db, TimeProvider clock, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (CatalogWrites.CodeMismatch(request.Code, code) is { } mismatch) return mismatch;
        var expectedVersion = ETags.RequiredIfMatch(httpRequest);

        var row = await db.WriteAsync(async session =>
        {
            var current = await DepartmentStore.FindAsync(session, code);
            if (current is null) return null;
            await DepartmentStore.CheckParentAsync(session, request.ParentCode, code);

            var updated = await session.ExecuteAsync(UpdateSql, new
            {
                Code = code, request.Name, request.ParentCode,
                HeadFullName = request.Head?.FullName, HeadPosition = request.Head?.Position,
                HeadEmail = request.Head?.Email, HeadPhone = request.Head?.Phone,
                SearchText = DepartmentStore.SearchTextOf(code, request.Name!),
                ExpectedVersion = expectedVersion,
                Now = clock.GetUtcNow().UtcDateTime,
            });
            CatalogWrites.EnsureApplied(updated, current.Version);
            var after = (await DepartmentStore.FindAsync(session, code))!;
            await AuditLog.RecordAsync(session, Actor.Of(httpRequest.HttpContext), clock, AuditEntities.Department, code, AuditActions.Update, current.ToResponse(), after.ToResponse());
            return after;
        }, cancellationToken);

        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse());
    }
}
