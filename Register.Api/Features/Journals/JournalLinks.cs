using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Journals;

/// <summary>What a journal entry names must exist: a 400 naming each unknown one by its field path.</summary>
public static class JournalLinks
{
    public const string KnownDepartmentsSql = "SELECT code FROM departments WHERE code IN @Codes";
    public const string KnownSystemsSql = "SELECT code FROM information_systems WHERE code IN @Codes";
    public const string KnownDataCategoriesSql = "SELECT code FROM data_categories WHERE code IN @Codes";
    public const string KnownSubjectCategoriesSql = "SELECT code FROM subject_categories WHERE code IN @Codes";
    // An entry deleted since still has its history: a journal may name it.
    public const string KnownActivitiesSql = "SELECT DISTINCT activity_id FROM activity_versions WHERE activity_id IN @Ids";
    public const string ActivitiesInScopeSql = "SELECT id FROM activities WHERE id IN @Ids AND department_code IN @Scope";

    public static Task CheckDepartmentsAsync(DbSession session, IReadOnlyList<string?>? codes, string path) =>
        CheckCodesAsync(session, KnownDepartmentsSql, codes, path, CatalogWords.Department);

    public static Task CheckSystemsAsync(DbSession session, IReadOnlyList<string?>? codes, string path) =>
        CheckCodesAsync(session, KnownSystemsSql, codes, path, CatalogWords.InformationSystem);

    public static Task CheckDataCategoriesAsync(DbSession session, IReadOnlyList<string?>? codes, string path) =>
        CheckCodesAsync(session, KnownDataCategoriesSql, codes, path, CatalogWords.DataCategory);

    public static Task CheckSubjectCategoriesAsync(DbSession session, IReadOnlyList<string?>? codes, string path) =>
        CheckCodesAsync(session, KnownSubjectCategoriesSql, codes, path, CatalogWords.SubjectCategory);

    public static async Task CheckActivitiesAsync(DbSession session, IReadOnlyList<int>? ids, string path)
    {
        if (ids is null || ids.Count == 0) return;
        var known = (await session.QueryAsync<int>(KnownActivitiesSql, new { Ids = ids.Distinct().ToList() })).ToHashSet();
        var errors = ids.Select((id, i) => (id, i)).Where(x => !known.Contains(x.id))
            .ToDictionary(x => $"{path}[{x.i}]", x => new[] { ForReader.Text($"В реестре нет записи {x.id}.", $"There is no register entry {x.id}.") });
        if (errors.Count > 0) throw new InvalidRequestException(errors);
    }

    /// <summary>Every entry named is one of these departments' (a department head's scope); another is reported as unknown.</summary>
    public static async Task CheckActivitiesInScopeAsync(DbSession session, IReadOnlyList<int>? ids, IReadOnlyCollection<string> scope, string path)
    {
        if (ids is null || ids.Count == 0) return;
        var visible = (await session.QueryAsync<int>(ActivitiesInScopeSql, new { Ids = ids.Distinct().ToList(), Scope = scope })).ToHashSet();
        var errors = ids.Select((id, i) => (id, i)).Where(x => !visible.Contains(x.id))
            .ToDictionary(x => $"{path}[{x.i}]", x => new[] { ForReader.Text($"В реестре нет записи {x.id} среди записей ваших подразделений.", $"There is no register entry {x.id} in your departments.") });
        if (errors.Count > 0) throw new InvalidRequestException(errors);
    }

    private static async Task CheckCodesAsync(DbSession session, string sql, IReadOnlyList<string?>? codes, string path, CatalogWord what)
    {
        if (codes is null || codes.Count == 0) return;
        var known = (await session.QueryAsync<string>(sql, new { Codes = codes.Distinct().ToList() })).ToHashSet(StringComparer.Ordinal);
        var errors = codes.Select((code, i) => (code, i)).Where(x => !known.Contains(x.code!))
            .ToDictionary(x => $"{path}[{x.i}]", x => new[] { what.Unknown(x.code) });
        if (errors.Count > 0) throw new InvalidRequestException(errors);
    }
}
