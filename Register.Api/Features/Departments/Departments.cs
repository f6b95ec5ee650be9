using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Departments;

/// <summary>
/// The operator's structural units, with their heads. What is the departments' own: a hierarchy that must not loop,
/// and the entries, systems and sub-units that refer to a department (a delete names them).
/// </summary>
public sealed class Departments(Db db, TimeProvider clock) : Catalog<DepartmentRequest, DepartmentResponse, ListDepartmentsQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {DepartmentRow.Columns} FROM departments WHERE code = @Code";
    public const string ExistsSql = "SELECT COUNT(*) FROM departments WHERE code = @Code";
    public const string ParentChainSql = "SELECT parent_code FROM departments WHERE code = @Code";

    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Parent IS NULL OR parent_code = @Parent)
        """;
    public const string CountSql = $"SELECT COUNT(*) FROM departments {Filter}";
    public const string PageSql = $"SELECT {DepartmentRow.Columns} FROM departments {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO departments (code, name, parent_code, head_full_name, head_position, head_email, head_phone, search_text, version, created_at, updated_at)
        VALUES (@Code, @Name, @ParentCode, @HeadFullName, @HeadPosition, @HeadEmail, @HeadPhone, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE departments
        SET name = @Name, parent_code = @ParentCode, head_full_name = @HeadFullName, head_position = @HeadPosition,
            head_email = @HeadEmail, head_phone = @HeadPhone, search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM departments WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public const string ChildrenSql = "SELECT code FROM departments WHERE parent_code = @Code ORDER BY code";
    public const string ActivitiesSql = "SELECT code FROM activities WHERE department_code = @Code ORDER BY code";
    public const string SystemsSql = "SELECT code FROM information_systems WHERE owner_department_code = @Code ORDER BY code";

    public const string RequestsSql = "SELECT r.number FROM subject_request_departments x JOIN subject_requests r ON r.id = x.request_id WHERE x.department_code = @Code ORDER BY r.number";
    public const string BreachesSql = "SELECT b.number FROM breach_links x JOIN breaches b ON b.id = x.breach_id WHERE x.link = 'department' AND x.code = @Code ORDER BY b.number";

    private static readonly DepartmentRequestValidator Validator = new();
    private static readonly ListDepartmentsQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(DepartmentRoutes.Collection, DepartmentRoutes.Tag, CatalogWords.Department, AuditEntities.Department,
        "The operator's structural units and their heads (the Regulation makes each head keep its unit's part of the register).");
    protected override IValidator<DepartmentRequest> RequestValidator => Validator;
    protected override IValidator<ListDepartmentsQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;

    protected override IReadOnlyList<CatalogUsage> Usages { get; } =
    [
        new("подчинённые подразделения", "departments", ChildrenSql),
        new("записи реестра", "activities", ActivitiesSql),
        new("информационные ресурсы", "information systems", SystemsSql),
        new("обращения субъектов", "subject requests", RequestsSql),
        new("нарушения", "breaches", BreachesSql),
    ];

    protected override async Task<DepartmentResponse?> FindAsync(DbSession session, string code, string language) =>
        (await session.QuerySingleOrDefaultAsync<DepartmentRow>(SelectByCodeSql, new { Code = code }))?.ToResponse();

    protected override async Task<(int Total, IReadOnlyList<DepartmentResponse> Items)> PageAsync(DbSession session, ListDepartmentsQuery query, string language)
    {
        var (total, rows) = await session.PageAsync<DepartmentRow>(CountSql, PageSql, new
        {
            Pattern = string.IsNullOrWhiteSpace(query.Q) ? null : SearchText.ContainsPattern(query.Q),
            query.Parent, query.Skip, Take = query.Size,
        });
        return (total, rows.Select(r => r.ToResponse()).ToList());
    }

    protected override async Task InsertAsync(DbSession session, string code, DepartmentRequest request, DateTime now)
    {
        await CheckParentAsync(session, request.ParentCode, code: null);
        await session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));
    }

    protected override async Task<int> UpdateAsync(DbSession session, string code, DepartmentRequest request, int? expectedVersion, DateTime now)
    {
        await CheckParentAsync(session, request.ParentCode, code);
        return await session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));
    }

    private static object Parameters(string code, DepartmentRequest request, int? expectedVersion, DateTime now) => new
    {
        Code = code, request.Name, request.ParentCode,
        HeadFullName = request.Head?.FullName, HeadPosition = request.Head?.Position,
        HeadEmail = request.Head?.Email, HeadPhone = request.Head?.Phone,
        SearchText = SearchText.Fold(code, request.Name!),
        ExpectedVersion = expectedVersion, Now = now,
    };

    /// <summary>The parent must exist, and (on update) must not be the department itself or one of its descendants.</summary>
    private static async Task CheckParentAsync(DbSession session, string? parentCode, string? code)
    {
        if (parentCode is null) return;
        if (parentCode == code) throw new InvalidRequestException("parentCode",
            ForReader.Text("Подразделение не может входить само в себя: выберите другое вышестоящее подразделение.", "A department cannot be its own parent."));
        if (await session.ExecuteScalarAsync<int>(ExistsSql, new { Code = parentCode }) == 0)
        {
            throw new InvalidRequestException("parentCode", CatalogWords.Department.Unknown(parentCode));
        }
        if (code is null) return;

        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var ancestor = parentCode; ancestor is not null && visited.Add(ancestor);)
        {
            if (ancestor == code) throw new InvalidRequestException("parentCode", ForReader.Text(
                    $"«{parentCode}» входит в «{code}»: иерархия подразделений замкнулась бы в круг. Выберите другое вышестоящее подразделение.",
                    $"'{parentCode}' is inside '{code}': the hierarchy would loop."));
            ancestor = await session.QuerySingleOrDefaultAsync<string?>(ParentChainSql, new { Code = ancestor });
        }
    }
}

public sealed class ListDepartments(Departments catalog) : ListCatalog<DepartmentRequest, DepartmentResponse, ListDepartmentsQuery>(catalog);

public sealed class GetDepartment(Departments catalog) : GetCatalog<DepartmentRequest, DepartmentResponse, ListDepartmentsQuery>(catalog);

public sealed class CreateDepartment(Departments catalog) : CreateCatalog<DepartmentRequest, DepartmentResponse, ListDepartmentsQuery>(catalog);

public sealed class UpdateDepartment(Departments catalog) : UpdateCatalog<DepartmentRequest, DepartmentResponse, ListDepartmentsQuery>(catalog);

public sealed class DeleteDepartment(Departments catalog) : DeleteCatalog<DepartmentRequest, DepartmentResponse, ListDepartmentsQuery>(catalog);
