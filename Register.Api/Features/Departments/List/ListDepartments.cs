using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Departments.List;

public sealed record ListDepartmentsQuery : PageQuery
{
    /// <summary>Text in the code or name, case-insensitive (Cyrillic too).</summary>
    public string? Q { get; init; }
    public string? Parent { get; init; }
}

public sealed class ListDepartmentsQueryValidator : FluentValidation.AbstractValidator<ListDepartmentsQuery>
{
    public ListDepartmentsQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Q).PlainText(200);
        RuleFor(q => q.Parent).CatalogCode();
    }
}

public sealed class ListDepartments : IEndpoint
{
    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Parent IS NULL OR parent_code = @Parent)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM departments {Filter}";

    public const string PageSql = $"SELECT {DepartmentRow.Columns} FROM departments {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(DepartmentRoutes.Collection, ListDepartmentsHandler)
            .WithName(nameof(ListDepartments)).WithTags(DepartmentRoutes.Tag)
            .Validates<ListDepartmentsQuery>();

    public static async Task<Ok<PageResponse<DepartmentResponse>>> ListDepartmentsHandler(
        [AsParameters] ListDepartmentsQuery query, Db db, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            Pattern = string.IsNullOrWhiteSpace(query.Q) ? null : SearchText.ContainsPattern(query.Q),
            query.Parent,
            query.Skip,
            Take = query.Size,
        };
        var (total, rows) = await db.ReadAsync(session =>
            session.PageAsync<DepartmentRow>(CountSql, PageSql, parameters),
            cancellationToken);
        return TypedResults.Ok(new PageResponse<DepartmentResponse>(rows.Select(r => r.ToResponse()).ToList(), total, query.PageNumber, query.Size));
    }
}
