using Register.Api.Features.Activities;
using Register.Api.Features.Imports.Spreadsheets;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Localization;
using Col = Register.Api.Features.Imports.ImportColumns;

namespace Register.Api.Features.Imports;

/// <summary>
/// An operation's refusal of a row (400 naming fields, 403, 409, 422 listing findings) as problems in the row's
/// columns: a field path of the API (<c>purposes[1].legalBasisCodes[0]</c>) is the column of the file it was read from.
/// </summary>
internal static class RowProblems
{
    private const int MaxValue = 300;

    public static IEnumerable<ImportProblem> Of(ApiException refusal, ImportLayout layout, ImportSheetRow row, Caller caller, ActivityRequest request)
    {
        switch (refusal)
        {
            case InvalidRequestException invalid:
                foreach (var (field, messages) in invalid.Errors) yield return Problem(layout, row, ColumnOf(field, layout), string.Join(" ", messages));
                break;
            case UnprocessableException when refusal.Extensions.TryGetValue("findings", out var found) && found is IEnumerable<FindingResponse> findings:
                foreach (var finding in findings)
                {
                    yield return Problem(layout, row, finding.Path is { } path ? ColumnOf(path, layout) : null, $"{refusal.Message} {ForReader.Text(finding.Messages.Ru, finding.Messages.En)}");
                }
                break;
            case ConflictException:
                yield return Problem(layout, row, Col.Code, refusal.Message);
                break;
            case ForbiddenException when caller.IsDepartmentHead && !caller.CanSee(request.DepartmentCode):
                yield return Problem(layout, row, Col.Department, refusal.Message);
                break;
            default:
                yield return new ImportProblem(null, null, refusal.Message);
                break;
        }
    }

    public static ImportProblem Problem(ImportLayout layout, ImportSheetRow row, string? key, string message) =>
        new(key is null ? null : layout.HeaderOf(key), key is null ? null : Shorten(layout.Cell(row, key)), message);

    /// <summary>The column a field of the request was read from (the supervisory report's combined column when the file has no own one).</summary>
    public static string ColumnOf(string path, ImportLayout layout)
    {
        var root = path.Split('[', '.')[0];
        string Either(string own, string combined) => layout.Has(own) || !layout.Has(combined) ? own : combined;
        return root switch
        {
            "departmentCode" => Col.Department,
            "subjectCategoryCodes" => Col.SubjectCategories,
            "dataCategories" when path.Contains(".retention", StringComparison.Ordinal) => Col.Retention,
            "purposes" when path.EndsWith(".text", StringComparison.Ordinal) || !path.Contains('.', StringComparison.Ordinal) => Col.Purposes,
            "purposes" => Col.LegalBases,
            "recipients" => Either(Col.Recipients, Col.CrossBorderCountries),
            "informationSystemCodes" => Either(Col.InformationSystems, Col.Security),
            "accessPositions" => Either(Col.AccessPositions, Col.Security),
            "processingMethod" or "storageForm" or "dataSource" => Either(root, Col.Methods),
            "actionCodes" => Col.Actions,
            "protectionMeasureCodes" => Col.ProtectionMeasures,
            _ => root,
        };
    }

    private static string? Shorten(string? value) => value is null || value.Length <= MaxValue ? value : value[..(MaxValue - 1)] + "…";
}
