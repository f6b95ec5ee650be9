using System.Runtime.CompilerServices;
using Register.Api.Features.SubjectRequests;
using Register.Domain.Journals;
using static Register.Api.Features.Reports.ReportCells;

namespace Register.Api.Features.Reports.Journals;

/// <summary>One request as the log prints it; the requester's details are null once depersonalised.</summary>
public sealed record SubjectRequestLogRow(
    int Number,
    string RegistrationNumber,
    DateOnly ReceivedOn,
    ReportRef Form,
    ReportRef Kind,
    string? Requester,
    string? Address,
    string? Summary,
    IReadOnlyList<ReportRef> Departments,
    DateOnly DueOn,
    string? DueBasis,
    bool CalendarConfirmed,
    ReportRef Status,
    DateOnly? AnswerOn,
    ReportRef? AnswerForm,
    string? Outcome,
    bool Overdue,
    bool RepeatInCalendarYear,
    bool Depersonalised);

/// <summary>
/// GET /api/reports/subject-requests: the log of subjects' requests for a period (the Regulation: "all requests ... are
/// registered in the appropriate log"), each with its deadline and whether it was kept.
/// </summary>
public sealed class SubjectRequestLogReport(Reports reports) : JournalReportEndpoint<SubjectRequestLogRow>(reports)
{
    internal static Report<SubjectRequestLogRow> ReportOf => new(ReportRoutes.SubjectRequests,
        "The log of subjects' requests",
        "The requests received in the period, oldest first: who asked, what for, where it was routed, the deadline and its basis, the answer and whether it was in time. A department head gets its departments' requests. Holds subjects' personal data until it is depersonalised after its retention.",
        Layout, RowsAsync);

    private protected override Report<SubjectRequestLogRow> Report => ReportOf;

    private static string L(ReportHeader header, string ru, string en) => header.Lang == ReportLanguages.English ? en : ru;

    internal static readonly ReportDefinition<SubjectRequestLogRow> Layout = new(
        "subject-requests",
        new("Журнал регистрации обращений субъектов персональных данных", "Log of data subjects' requests"),
        [
            new("number", new("№ п/п", "No."), 6, (r, _) => r.Number),
            new("registrationNumber", new("Регистрационный номер", "Registration number"), 14, (r, _) => r.RegistrationNumber),
            new("receivedOn", new("Дата поступления", "Received on"), 12, (r, _) => r.ReceivedOn),
            new("form", new("Форма", "Form"), 12, (r, _) => r.Form.Name),
            new("kind", new("Вид заявления", "Kind of request"), 30, (r, _) => r.Kind.Name),
            new("requester", new("Заявитель (субъект или представитель)", "Requester (subject or representative)"), 32,
                (r, h) => r.Depersonalised ? L(h, "обезличено", "depersonalised") : r.Requester),
            new("address", new("Адрес заявителя", "Requester's address"), 30, (r, _) => r.Address),
            new("summary", new("Содержание", "Summary"), 40, (r, _) => r.Summary),
            new("departments", new("Подразделения", "Departments"), 24, (r, _) => Lines(r.Departments.Select(d => d.Name))),
            new("dueOn", new("Срок ответа", "Due on"), 12, (r, _) => r.DueOn),
            new("dueBasis", new("Основание срока (Закон № 99-З)", "Basis of the deadline (Law 99-Z)"), 16,
                (r, h) => r.DueBasis + (r.CalendarConfirmed ? "" : L(h, "; календарь не подтверждён", "; calendar not confirmed"))),
            new("status", new("Состояние", "Status"), 16, (r, _) => r.Status.Name),
            new("answerOn", new("Дата ответа", "Answered on"), 12, (r, _) => r.AnswerOn),
            new("answerForm", new("Форма ответа", "Form of answer"), 12, (r, _) => r.AnswerForm?.Name),
            new("outcome", new("Результат (причина отказа)", "Outcome (reason for refusal)"), 40, (r, _) => r.Outcome),
            new("overdue", new("Срок нарушен", "Overdue"), 10, (r, h) => ReportText.YesNo(r.Overdue, h.Lang)),
            new("repeatInCalendarYear", new("Повторный в календарном году (ст. 12)", "Repeat in the calendar year (Art. 12)"), 14,
                (r, h) => r.Kind.Code == "third-party-disclosures" ? ReportText.YesNo(r.RepeatInCalendarYear, h.Lang) : null),
        ]);

    internal static async IAsyncEnumerable<SubjectRequestLogRow> RowsAsync(ReportSource source, ReportHeader header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = source.Request;
        var requests = await source.ReadAsync(session => SubjectRequests.SubjectRequests.ReceivedAsync(
            session, request.Period?.From, request.Period?.To, request.Department, request.Scope, request.Today), cancellationToken);
        var catalogs = source.Catalogs;
        var lang = header.Lang;
        var number = 0;
        foreach (var r in requests)
        {
            yield return new SubjectRequestLogRow(
                ++number, r.Number, r.ReceivedOn, ReportText.Ref(r.Form, lang), ReportText.Ref(r.Kind, lang),
                Requester(r.Requester, lang), r.Requester.Address, r.Summary,
                r.DepartmentCodes.Select(code => catalogs.Ref(catalogs.Departments, code)).ToList(),
                r.Due.On, r.Due.Basis, r.Due.CalendarConfirmed, ReportText.Ref(r.Status, lang),
                r.Answer.On, ReportText.Ref(r.Answer.Form, lang), r.Answer.RefusalReason ?? r.Answer.Outcome,
                r.Due.Overdue, r.RepeatInCalendarYear, r.DepersonalisedAt is not null);
        }
    }

    private static string? Requester(Requester requester, string lang) => requester.IsRepresentative == true
        ? $"{requester.FullName} ({(lang == ReportLanguages.English ? "representative of" : "представитель")} {requester.SubjectFullName})"
        : requester.FullName;
}
