using Register.Api.Infrastructure.Database;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Http;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Activities;

/// <summary>
/// Every code in an activity must name an existing catalog entry of the right kind; otherwise the request is
/// a 400 naming the field (<c>purposes[1].legalBasisCodes[0]</c>). Runs inside the write transaction.
/// </summary>
internal static class ActivityReferences
{
    public const string DepartmentsSql = "SELECT code FROM departments WHERE code IN @Codes";
    public const string SubjectCategoriesSql = "SELECT code FROM subject_categories WHERE code IN @Codes";
    public const string DataCategoriesSql = "SELECT code FROM data_categories WHERE code IN @Codes";
    public const string LegalBasisKindsSql = "SELECT code AS Code, kind AS Kind FROM legal_bases WHERE code IN @Codes";
    public const string RecipientsSql = "SELECT code FROM recipients WHERE code IN @Codes";
    public const string CountriesSql = "SELECT code FROM countries WHERE code IN @Codes";
    public const string SystemsSql = "SELECT code FROM information_systems WHERE code IN @Codes";
    public const string ActionsSql = "SELECT code FROM processing_actions WHERE code IN @Codes";
    public const string MeasuresSql = "SELECT code FROM protection_measures WHERE code IN @Codes";

    public static async Task CheckAsync(DbSession session, ActivityContent content)
    {
        var errors = new Dictionary<string, string[]>();

        if (content.DepartmentCode is { } department)
        {
            await Require(session, DepartmentsSql, [(department, "departmentCode")], CatalogWords.Department, errors);
        }
        await Require(session, SubjectCategoriesSql, Indexed(content.SubjectCategoryCodes, "subjectCategoryCodes"), CatalogWords.SubjectCategory, errors);
        await Require(session, DataCategoriesSql, content.DataCategories.Select((d, i) => (d.Code, $"dataCategories[{i}].code")), CatalogWords.DataCategory, errors);
        await Require(session, RecipientsSql, content.Recipients.Select((r, i) => (r.Code, $"recipients[{i}].code")), CatalogWords.Recipient, errors);
        await Require(session, CountriesSql, content.Recipients.Select((r, i) => (r.Transfer?.CountryCode, $"recipients[{i}].transfer.countryCode"))
            .Where(t => t.Item1 is not null).Select(t => (t.Item1!, t.Item2)), CatalogWords.Country, errors);
        await Require(session, SystemsSql, Indexed(content.InformationSystemCodes, "informationSystemCodes"), CatalogWords.InformationSystem, errors);
        await Require(session, ActionsSql, Indexed(content.ActionCodes, "actionCodes"), CatalogWords.ProcessingAction, errors);
        await Require(session, MeasuresSql, Indexed(content.ProtectionMeasureCodes, "protectionMeasureCodes"), CatalogWords.ProtectionMeasure, errors);
        await CheckLegalBases(session, content, errors);

        if (errors.Count > 0) throw new InvalidRequestException(errors);
    }

    private static async Task CheckLegalBases(DbSession session, ActivityContent content, Dictionary<string, string[]> errors)
    {
        var purposeBases = content.Purposes.SelectMany((p, i) => p.LegalBasisCodes.Select((code, j) => (Code: code, Path: $"purposes[{i}].legalBasisCodes[{j}]")));
        var transferBases = content.Recipients.Select((r, i) => (Code: r.Transfer?.LegalBasisCode, Path: $"recipients[{i}].transfer.legalBasisCode"))
            .Where(t => t.Code is not null).Select(t => (Code: t.Code!, t.Path));
        var references = purposeBases.Select(b => (b.Code, b.Path, Transfer: false)).Concat(transferBases.Select(b => (b.Code, b.Path, Transfer: true))).ToList();
        if (references.Count == 0) return;

        var kinds = (await session.QueryAsync<(string Code, string Kind)>(LegalBasisKindsSql, new { Codes = references.Select(r => r.Code).Distinct().ToList() }))
            .ToDictionary(k => k.Code, k => KebabEnum.Parse<LegalBasisKind>(k.Kind), StringComparer.Ordinal);
        foreach (var (code, path, transfer) in references)
        {
            if (!kinds.TryGetValue(code, out var kind))
            {
                errors[path] = [CatalogWords.LegalBasis.Unknown(code)];
            }
            else if (transfer && kind != LegalBasisKind.CrossBorder)
            {
                errors[path] =
                [
                    ForReader.Text(
                        $"«{code}» — не исключение из п. 1 ст. 9 Закона № 99-З: для трансграничной передачи выберите основание вида «трансграничная передача».",
                        $"'{code}' is not an Art. 9 p.1 cross-border exception; a transfer names one of those (kind cross-border)."),
                ];
            }
            else if (!transfer && kind == LegalBasisKind.CrossBorder)
            {
                errors[path] =
                [
                    ForReader.Text(
                        $"«{code}» — исключение из ст. 9 Закона № 99-З для трансграничной передачи: укажите его в передаче получателю, а не в цели.",
                        $"'{code}' is an Art. 9 cross-border exception; it belongs on a recipient's transfer, not on a purpose."),
                ];
            }
        }
    }

    private static IEnumerable<(string Code, string Path)> Indexed(IReadOnlyList<string> codes, string field) =>
        codes.Select((code, i) => (code, $"{field}[{i}]"));

    private static async Task Require(DbSession session, string sql, IEnumerable<(string Code, string Path)> references, CatalogWord what, Dictionary<string, string[]> errors)
    {
        var list = references.ToList();
        if (list.Count == 0) return;
        var known = (await session.QueryAsync<string>(sql, new { Codes = list.Select(r => r.Code).Distinct().ToList() })).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, path) in list.Where(r => !known.Contains(r.Code)))
        {
            errors[path] = [what.Unknown(code)];
        }
    }
}
