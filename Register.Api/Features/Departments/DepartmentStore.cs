using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;

namespace Register.Api.Features.Departments;

/// <summary>Queries the department endpoints share.</summary>
internal static class DepartmentStore
{
    public const string SelectByCodeSql = $"SELECT {DepartmentRow.Columns} FROM departments WHERE code = @Code";

    public const string ExistsSql = "SELECT COUNT(*) FROM departments WHERE code = @Code";

    public const string ParentChainSql = "SELECT parent_code FROM departments WHERE code = @Code";

    public static Task<DepartmentRow?> FindAsync(DbSession session, string code) =>
        session.QuerySingleOrDefaultAsync<DepartmentRow>(SelectByCodeSql, new { Code = code });

    /// <summary>The parent must exist, and (on update) must not be the department itself or one of its descendants.</summary>
    public static async Task CheckParentAsync(DbSession session, string? parentCode, string? code)
    {
        if (parentCode is null) return;
        if (parentCode == code) throw new InvalidRequestException("parentCode", "A department cannot be its own parent.");
        if (await session.ExecuteScalarAsync<int>(ExistsSql, new { Code = parentCode }) == 0)
        {
            throw new InvalidRequestException("parentCode", $"Unknown department '{parentCode}'.");
        }
        if (code is null) return;

        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var ancestor = parentCode; ancestor is not null && visited.Add(ancestor);)
        {
            if (ancestor == code) throw new InvalidRequestException("parentCode", $"'{parentCode}' is inside '{code}': the hierarchy would loop.");
            ancestor = await session.QuerySingleOrDefaultAsync<string?>(ParentChainSql, new { Code = ancestor });
        }
    }

    public static string SearchTextOf(string code, string name) => SearchText.Fold(code, name);
}
