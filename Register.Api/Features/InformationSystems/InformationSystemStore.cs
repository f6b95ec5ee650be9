using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;

namespace Register.Api.Features.InformationSystems;

/// <summary>Queries the information-system endpoints share.</summary>
internal static class InformationSystemStore
{
    public const string SelectByCodeSql = $"SELECT {InformationSystemRow.Columns} FROM information_systems WHERE code = @Code";

    public const string DepartmentExistsSql = "SELECT COUNT(*) FROM departments WHERE code = @Code";

    public static Task<InformationSystemRow?> FindAsync(DbSession session, string code) =>
        session.QuerySingleOrDefaultAsync<InformationSystemRow>(SelectByCodeSql, new { Code = code });

    /// <summary>The responses for stored rows, each with its assessment computed from the entries using it.</summary>
    public static async Task<IReadOnlyList<InformationSystemResponse>> ToResponsesAsync(DbSession session, IReadOnlyCollection<InformationSystemRow> rows)
    {
        var assessments = await SystemAssessments.ForAsync(session, rows.Select(r => r.Code).ToList());
        return rows.Select(r => r.ToResponse(assessments[r.Code])).ToList();
    }

    public static async Task<InformationSystemResponse> ToResponseAsync(DbSession session, InformationSystemRow row) =>
        (await ToResponsesAsync(session, [row]))[0];

    public static async Task CheckOwnerAsync(DbSession session, string? departmentCode)
    {
        if (departmentCode is null) return;
        if (await session.ExecuteScalarAsync<int>(DepartmentExistsSql, new { Code = departmentCode }) == 0)
        {
            throw new InvalidRequestException("ownerDepartmentCode", $"Unknown department '{departmentCode}'.");
        }
    }

    public static string SearchTextOf(string code, string name) => SearchText.Fold(code, name);
}
