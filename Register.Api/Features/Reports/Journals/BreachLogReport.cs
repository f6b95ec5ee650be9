using System.Globalization;
using System.Runtime.CompilerServices;
using Register.Domain.Journals;
using static Register.Api.Features.Reports.ReportCells;

namespace Register.Api.Features.Reports.Journals;

/// <summary>One breach as the log prints it; its free text is null once depersonalised.</summary>
public sealed record BreachLogRow(
    int Number,
    string RegistrationNumber,
    string DetectedAt,
    string? OccurredAt,
    ReportRef Kind,
    string? Description,
    IReadOnlyList<ReportRef> Departments,
    IReadOnlyList<ReportRef> InformationSystems,
    IReadOnlyList<ReportRef> DataCategories,
    IReadOnlyList<ReportRef> SubjectCategories,
    int? SubjectsAffected,
    bool NotificationRequired,
    string? ExemptionReason,
    DateOnly? NotificationDueOn,
    string? NpdpcNotifiedAt,
    string? NpdpcReference,
    bool NotificationOverdue,
    string? SubjectsNotifiedAt,
    string? Consequences,
    string? MeasuresTaken,
    string? MeasuresPlanned,
    ReportRef Status,
    bool Depersonalised);

/// <summary>
/// GET /api/reports/breaches: the log of breaches of personal-data protection for a period, each with the NPDPC
/// notification's deadline (Law 99-З ст. 16 п. 1 абз. 8) and whether it was kept. Times are Minsk time.
/// </summary>
public sealed class BreachLogReport(Reports reports) : JournalReportEndpoint<BreachLogRow>(reports)
{
    internal static Report<BreachLogRow> ReportOf => new(ReportRoutes.Breaches,
        "The log of breaches",
        "The breaches detected in the period, oldest first: what happened, what it touched, the NPDPC notification (required or why not, its deadline, when it went) and the measures. A department head gets the breaches touching its departments.",
        Layout, RowsAsync);

    private protected override Report<BreachLogRow> Report => ReportOf;

    internal static readonly ReportDefinition<BreachLogRow> Layout = new(
        "breaches",
        new("Журнал учета нарушений систем защиты персональных данных", "Log of breaches of personal-data protection"),
        [
            new("number", new("№ п/п", "No."), 6, (r, _) => r.Number),
            new("registrationNumber", new("Регистрационный номер", "Registration number"), 14, (r, _) => r.RegistrationNumber),
            new("detectedAt", new("Когда стало известно (время Минска)", "Detected (Minsk time)"), 17, (r, _) => r.DetectedAt),
            new("occurredAt", new("Когда произошло", "Occurred"), 17, (r, _) => r.OccurredAt),
            new("kind", new("Характер нарушения", "Kind"), 30, (r, _) => r.Kind.Name),
            new("description", new("Описание", "Description"), 40, (r, _) => r.Description),
            new("departments", new("Подразделения", "Departments"), 24, (r, _) => Lines(r.Departments.Select(d => d.Name))),
            new("informationSystems", new("Информационные ресурсы (системы)", "Information resources (systems)"), 28,
                (r, _) => Lines(r.InformationSystems.Select(s => s.Name))),
            new("dataCategories", new("Категории персональных данных", "Categories of personal data"), 28, (r, _) => Lines(r.DataCategories.Select(d => d.Name))),
            new("subjectCategories", new("Категории субъектов", "Categories of subjects"), 24, (r, _) => Lines(r.SubjectCategories.Select(s => s.Name))),
            new("subjectsAffected", new("Число субъектов", "Subjects affected"), 10, (r, _) => r.SubjectsAffected),
            new("notificationRequired", new("Уведомление НЦЗПД требуется", "NPDPC notification required"), 12,
                (r, h) => ReportText.YesNo(r.NotificationRequired, h.Lang) + (r.ExemptionReason is { Length: > 0 } why ? $": {why}" : "")),
            new("notificationDueOn", new("Срок уведомления (ст. 16 п. 1)", "Notification due (Art. 16 p. 1)"), 12, (r, _) => r.NotificationDueOn),
            new("npdpcNotifiedAt", new("НЦЗПД уведомлён (дата, исх. №)", "NPDPC notified (time, reference)"), 22,
                (r, _) => Lines([r.NpdpcNotifiedAt, r.NpdpcReference])),
            new("notificationOverdue", new("Срок уведомления нарушен", "Notification late"), 10,
                (r, h) => r.NotificationRequired ? ReportText.YesNo(r.NotificationOverdue, h.Lang) : null),
            new("subjectsNotifiedAt", new("Субъекты уведомлены", "Subjects notified"), 17, (r, _) => r.SubjectsNotifiedAt),
            new("consequences", new("Последствия", "Consequences"), 30, (r, _) => r.Consequences),
            new("measuresTaken", new("Принятые меры", "Measures taken"), 30, (r, _) => r.MeasuresTaken),
            new("measuresPlanned", new("Планируемые меры", "Measures planned"), 30, (r, _) => r.MeasuresPlanned),
            new("status", new("Состояние", "Status"), 14, (r, _) => r.Status.Name),
        ]);

    internal static async IAsyncEnumerable<BreachLogRow> RowsAsync(ReportSource source, ReportHeader header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = source.Request;
        var breaches = await source.ReadAsync(session => Features.Breaches.Breaches.DetectedAsync(
            session, request.Period?.From, request.Period?.To, request.Department, request.Scope, request.Today), cancellationToken);
        var catalogs = source.Catalogs;
        var lang = header.Lang;
        var number = 0;
        foreach (var b in breaches)
        {
            yield return new BreachLogRow(
                ++number, b.Number, Time(b.DetectedAt)!, Time(b.OccurredAt), ReportText.Ref(b.Kind, lang), b.Description,
                b.DepartmentCodes.Select(code => catalogs.Ref(catalogs.Departments, code)).ToList(),
                b.InformationSystemCodes.Select(code => catalogs.Ref(catalogs.Systems, code)).ToList(),
                b.DataCategoryCodes.Select(code => catalogs.Ref(catalogs.DataCategories, code)).ToList(),
                b.SubjectCategoryCodes.Select(code => catalogs.Ref(catalogs.SubjectCategories, code)).ToList(),
                b.SubjectsAffected, b.Npdpc.NotificationRequired, b.Npdpc.ExemptionReason, b.Npdpc.Due?.On,
                Time(b.Npdpc.NotifiedAt), b.Npdpc.Reference, b.Npdpc.Due?.Overdue ?? false, Time(b.SubjectsNotifiedAt),
                b.Consequences, b.MeasuresTaken, b.MeasuresPlanned, ReportText.Ref(b.Status, lang), b.DepersonalisedAt is not null);
        }
    }

    private static string? Time(DateTimeOffset? at) =>
        at?.ToOffset(MinskTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
