using System.Runtime.CompilerServices;
using Register.Api.Infrastructure.Database;
using Register.Domain.Systems;

namespace Register.Api.Features.Reports.SystemClasses;

/// <summary>
/// One information resource with its computed OAC class (OAC Order No. 66, App. 1; written as the Order writes
/// them: 3-ин, 3-спец, 3-бг, 4-ин, 4-спец, 4-бг) and why; <see cref="OacClass"/> is null when none is required.
/// </summary>
public sealed record InformationSystemRow(
    int Number,
    string Code,
    string Name,
    ReportRef Kind,
    bool ConnectedToPublicNetwork,
    ReportRef? OwnerDepartment,
    ReportRef? NpdpcCategory,
    string? OacClass,
    string OacClassReason,
    int EstimatedSubjects);

/// <summary>GET /api/reports/information-systems: the systems with their OAC classes (the Order No. 66 p.22 list).</summary>
public sealed class InformationSystemsReport(Reports reports) : ReportEndpoint<InformationSystemRow>(reports)
{
    internal static Report<InformationSystemRow> ReportOf => new(ReportRoutes.InformationSystems,
        "Information systems with their OAC classes",
        "The systems with the class of typical information system computed under OAC Order No. 66 (the p.22 list) and why.",
        Layout, RowsAsync);

    private protected override Report<InformationSystemRow> Report => ReportOf;

    internal static readonly ReportDefinition<InformationSystemRow> Layout = new(
        "information-systems",
        new("Перечень информационных систем с классами типовых информационных систем (приказ ОАЦ № 66)",
            "Information systems and their classes of typical information systems (OAC Order No. 66)"),
        [
            new("number", new("№ п/п", "No."), 6, (r, _) => r.Number),
            new("code", new("Код", "Code"), 20, (r, _) => r.Code),
            new("name", new("Наименование информационного ресурса (системы)", "Information resource (system)"), 40, (r, _) => r.Name),
            new("kind", new("Вид", "Kind"), 22, (r, _) => r.Kind.Name),
            new("connectedToPublicNetwork", new("Подключение к сетям общего пользования", "Connected to public networks"), 16,
                (r, h) => ReportText.YesNo(r.ConnectedToPublicNetwork, h.Lang)),
            new("ownerDepartment", new("Подразделение-владелец", "Owner department"), 28, (r, _) => r.OwnerDepartment?.Name),
            new("npdpcCategory", new("Наивысшая категория персональных данных", "Highest category of personal data"), 30, (r, _) => r.NpdpcCategory?.Name),
            new("oacClass", new("Класс типовой информационной системы", "Class of typical information system"), 16, (r, _) => r.OacClass),
            new("oacClassReason", new("Обоснование класса", "Why this class"), 50, (r, _) => r.OacClassReason),
            new("estimatedSubjects", new("Число субъектов (оценка, верхняя граница)", "Subjects (estimate, upper bound)"), 16, (r, _) => r.EstimatedSubjects),
        ]);

    internal static async IAsyncEnumerable<InformationSystemRow> RowsAsync(ReportSource source, ReportHeader header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var assessments = await source.SystemAssessmentsAsync(cancellationToken);
        var usage = ReportSystems.NeedsUsage(source.Request) ? await ReportSystems.UsageAsync(source, cancellationToken) : null;
        var catalogs = source.Catalogs;
        var lang = header.Lang;
        var number = 0;
        foreach (var system in ReportSystems.InScope(source, usage))
        {
            var assessment = assessments.TryGetValue(system.Code, out var found) ? found : new SystemAssessment(null, null, 0, []);
            yield return new InformationSystemRow(
                ++number,
                system.Code,
                system.Name(lang),
                ReportText.Ref(system.SystemKind, lang),
                system.ConnectedToPublicNetwork,
                catalogs.RefOrNull(catalogs.Departments, system.OwnerDepartmentCode),
                ReportText.NpdpcRef(assessment.NpdpcCategory, lang),
                assessment.OacClass,
                ReportText.OacReason(system.SystemKind, system.ConnectedToPublicNetwork, assessment, lang),
                assessment.EstimatedSubjects);
        }
    }
}
