using System.Runtime.CompilerServices;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Features.Reports.OperatorRegistry;

/// <summary>A system that must be entered in the state register of personal-data operators, with every reason that applies.</summary>
public sealed record OperatorRegistryRow(
    int Number,
    string Code,
    string Name,
    ReportRef Kind,
    ReportRef? OwnerDepartment,
    ReportRef? NpdpcCategory,
    string? OacClass,
    int EstimatedSubjects,
    IReadOnlyList<ReportRef> Reasons);

/// <summary>
/// GET /api/reports/operator-registry: the systems that must be entered in the state register of personal-data
/// operators (Decree No. 422 sp. 3.6; OAC Order No. 94), each with its reasons.
/// </summary>
public sealed class OperatorRegistryReport(Reports reports) : ReportEndpoint<OperatorRegistryRow>(reports)
{
    internal static Report<OperatorRegistryRow> ReportOf => new(ReportRoutes.OperatorRegistry,
        "Systems for the state register of operators",
        "The systems that must be entered in the state register of personal-data operators (Decree 422 sp. 3.6), each with every reason.",
        Layout, RowsAsync);

    private protected override Report<OperatorRegistryRow> Report => ReportOf;

    internal static readonly ReportDefinition<OperatorRegistryRow> Layout = new(
        "operator-registry",
        new("Информационные ресурсы (системы), подлежащие включению в реестр операторов персональных данных (Указ № 422, подп. 3.6)",
            "Information resources (systems) to be entered in the register of personal-data operators (Decree No. 422, sp. 3.6)"),
        [
            new("number", new("№ п/п", "No."), 6, (r, _) => r.Number),
            new("code", new("Код", "Code"), 20, (r, _) => r.Code),
            new("name", new("Наименование информационного ресурса (системы)", "Information resource (system)"), 40, (r, _) => r.Name),
            new("kind", new("Вид", "Kind"), 22, (r, _) => r.Kind.Name),
            new("ownerDepartment", new("Подразделение-владелец", "Owner department"), 28, (r, _) => r.OwnerDepartment?.Name),
            new("npdpcCategory", new("Наивысшая категория персональных данных", "Highest category of personal data"), 30, (r, _) => r.NpdpcCategory?.Name),
            new("oacClass", new("Класс типовой информационной системы", "Class of typical information system"), 16, (r, _) => r.OacClass),
            new("estimatedSubjects", new("Число субъектов (оценка, верхняя граница)", "Subjects (estimate, upper bound)"), 16, (r, _) => r.EstimatedSubjects),
            new("reasons", new("Основания включения в реестр операторов", "Why it must be registered"), 60,
                (r, _) => ReportCells.Lines(r.Reasons.Select(reason => reason.Name))),
        ]);

    internal static async IAsyncEnumerable<OperatorRegistryRow> RowsAsync(ReportSource source, ReportHeader header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var assessments = await source.SystemAssessmentsAsync(cancellationToken);
        var usage = ReportSystems.NeedsUsage(source.Request) ? await ReportSystems.UsageAsync(source, cancellationToken) : null;
        var catalogs = source.Catalogs;
        var lang = header.Lang;
        var number = 0;
        foreach (var system in ReportSystems.InScope(source, usage))
        {
            if (!assessments.TryGetValue(system.Code, out var assessment) || !assessment.OperatorRegistryRequired) continue;
            yield return new OperatorRegistryRow(
                ++number,
                system.Code,
                system.Name(lang),
                ReportText.Ref(system.SystemKind, lang),
                catalogs.RefOrNull(catalogs.Departments, system.OwnerDepartmentCode),
                ReportText.NpdpcRef(assessment.NpdpcCategory, lang),
                assessment.OacClass,
                assessment.EstimatedSubjects,
                assessment.OperatorRegistryReasons.Select(reason => ReportText.Ref(reason, lang)).ToList());
        }
    }
}
