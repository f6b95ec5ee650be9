using FluentValidation;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Journals;

namespace Register.Api.Features.SubjectRequests;

public static class SubjectRequestRoutes
{
    public const string Collection = "/api/subject-requests";
    public const string Item = "/api/subject-requests/{id:int}";
    public const string Tag = "Subject requests";

    public static string For(int id) => $"{Collection}/{id}";
}

/// <summary>
/// Who asked (Law 99-З ст. 14 п. 1): the subject, or a representative for the subject named in <see cref="SubjectFullName"/>.
/// These are the most sensitive data the register holds: never logged, never in the audit trail, depersonalised after
/// their retention.
/// </summary>
public sealed record Requester(
    string? FullName, string? Address, DateOnly? BirthDate, string? IdentificationNumber, bool? IsRepresentative, string? SubjectFullName);

/// <summary>The answer: when and in what form it went out, what it said, or why the request was refused.</summary>
public sealed record RequestAnswer(DateOnly? On, RequestForm? Form, string? Outcome, string? RefusalReason);

/// <summary>
/// The body of POST and PUT: the request as registered (kind, receipt, form, requester, what it asks, the departments and
/// entries it concerns) and where it stands (status, answer). A department head changes only the status and the answer.
/// </summary>
public sealed record SubjectRequestRequest(
    SubjectRequestKind? Kind,
    DateOnly? ReceivedOn,
    RequestForm? Form,
    Requester? Requester,
    string? Summary,
    IReadOnlyList<string?>? DepartmentCodes,
    IReadOnlyList<int>? ActivityIds,
    SubjectRequestStatus? Status,
    RequestAnswer? Answer);

/// <summary>
/// A registered request with its clock: the due date the Law sets for its kind, counted on the working-day calendar, the
/// days left and whether it is overdue; and whether it repeats an Art. 12 request of the same person in the calendar year
/// (then it is no longer free, ст. 12 п. 1). After its retention the requester's details are depersonalised
/// (<see cref="DepersonalisedAt"/> says when).
/// </summary>
public sealed record SubjectRequestResponse(
    int Id,
    string Number,
    SubjectRequestKind Kind,
    DateOnly ReceivedOn,
    RequestForm Form,
    Requester Requester,
    string? Summary,
    IReadOnlyList<string> DepartmentCodes,
    IReadOnlyList<int> ActivityIds,
    SubjectRequestStatus Status,
    DeadlineStatus Due,
    bool RepeatInCalendarYear,
    RequestAnswer Answer,
    DateTime? DepersonalisedAt,
    int Version,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy);

public sealed class SubjectRequestValidator : AbstractValidator<SubjectRequestRequest>
{
    public const int MaxLinks = 100;

    public SubjectRequestValidator()
    {
        RuleFor(r => r.Kind).RequiredKebabEnum();
        RuleFor(r => r.ReceivedOn).NotNull().GreaterThanOrEqualTo(new DateOnly(CalendarYear.FirstYear, 1, 1))
            .LessThanOrEqualTo(new DateOnly(CalendarYear.LastYear - 1, 12, 31));
        RuleFor(r => r.Form).RequiredKebabEnum();
        RuleFor(r => r.Requester).NotNull();
        RuleFor(r => r.Requester!).ChildRules(requester =>
        {
            requester.RuleFor(p => p.FullName).NotEmpty().PlainText(300);
            requester.RuleFor(p => p.Address).PlainText(1000);
            requester.RuleFor(p => p.BirthDate).GreaterThan(new DateOnly(1900, 1, 1));
            requester.RuleFor(p => p.IdentificationNumber).PlainText(100);
            requester.RuleFor(p => p.SubjectFullName).PlainText(300);
            requester.RuleFor(p => p.SubjectFullName).NotEmpty().When(p => p.IsRepresentative == true)
                .WithMessage(_ => ForReader.Text("Представитель обращается за субъекта: укажите ФИО субъекта.", "A representative asks for a subject: name the subject."));
        }).When(r => r.Requester is not null);
        RuleFor(r => r.Summary).PlainText(4000);
        RuleFor(r => r.DepartmentCodes).Must(c => c is null || c.Count <= MaxLinks).WithMessage(_ => ForReader.Text($"Не более {MaxLinks} подразделений.", $"At most {MaxLinks} departments."));
        RuleForEach(r => r.DepartmentCodes).NotEmpty().CatalogCode();
        RuleFor(r => r.ActivityIds).Must(c => c is null || c.Count <= MaxLinks).WithMessage(_ => ForReader.Text($"Не более {MaxLinks} записей реестра.", $"At most {MaxLinks} entries."));
        RuleForEach(r => r.ActivityIds).GreaterThan(0);
        RuleFor(r => r.Answer!).ChildRules(answer =>
        {
            answer.RuleFor(a => a.Outcome).PlainText(4000);
            answer.RuleFor(a => a.RefusalReason).PlainText(4000);
        }).When(r => r.Answer is not null);
        RuleFor(r => r.Answer == null ? null : r.Answer.On).NotNull().When(r => r.Status is SubjectRequestStatus.Answered or SubjectRequestStatus.Refused)
            .OverridePropertyName("answer.on").WithMessage(_ => ForReader.Text("Для заявления с ответом или отказом укажите дату направления ответа.", "An answered or refused request has the day its answer went out."));
        RuleFor(r => r.Answer == null ? null : r.Answer.Form).NotNull().When(r => r.Status is SubjectRequestStatus.Answered or SubjectRequestStatus.Refused)
            .OverridePropertyName("answer.form").WithMessage(_ => ForReader.Text("Для заявления с ответом или отказом укажите форму ответа — ту же, что у заявления (ст. 14 п. 1 Закона № 99-З).", "An answered or refused request has the form of its answer (the request's own, ст. 14 п. 1)."));
        RuleFor(r => r.Answer == null ? null : r.Answer.Outcome).NotEmpty().When(r => r.Status == SubjectRequestStatus.Answered)
            .OverridePropertyName("answer.outcome").WithMessage(_ => ForReader.Text("Для заявления с ответом укажите содержание ответа.", "An answered request says what the answer was."));
        RuleFor(r => r.Answer == null ? null : r.Answer.RefusalReason).NotEmpty().When(r => r.Status == SubjectRequestStatus.Refused)
            .OverridePropertyName("answer.refusalReason").WithMessage(_ => ForReader.Text("Укажите причину отказа: она сообщается субъекту (ст. 13 п. 3 Закона № 99-З).", "A refusal gives its reason (the subject is told it, ст. 13 п. 3)."));
        RuleFor(r => r.Answer == null ? null : r.Answer.On).GreaterThanOrEqualTo(r => r.ReceivedOn).When(r => r.Answer?.On is not null && r.ReceivedOn is not null)
            .OverridePropertyName("answer.on").WithMessage(_ => ForReader.Text("Ответ не может быть направлен раньше, чем получено заявление.", "The answer cannot go out before the request was received."));
    }
}

public sealed record ListSubjectRequestsQuery : PageQuery
{
    /// <summary>received, in-progress, answered, refused or withdrawn.</summary>
    public string? Status { get; init; }

    /// <summary>consent-withdrawal, information, correction, third-party-disclosures, stop-processing or other.</summary>
    public string? Kind { get; init; }

    /// <summary>Requests routed to this department.</summary>
    public string? Department { get; init; }

    /// <summary>true: still waiting for an answer (received or in progress); false: answered, refused or withdrawn.</summary>
    public bool? Open { get; init; }

    /// <summary>true: past their due date without an answer in time; false: the others.</summary>
    public bool? Overdue { get; init; }

    /// <summary>Due on or before this day (YYYY-MM-DD).</summary>
    public string? DueBefore { get; init; }

    /// <summary>Text in the number, the summary or the requester's name; case-insensitive (Cyrillic too).</summary>
    public string? Q { get; init; }
}

public sealed class ListSubjectRequestsQueryValidator : AbstractValidator<ListSubjectRequestsQuery>
{
    public ListSubjectRequestsQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Status).KebabEnumName<ListSubjectRequestsQuery, SubjectRequestStatus>();
        RuleFor(q => q.Kind).KebabEnumName<ListSubjectRequestsQuery, SubjectRequestKind>();
        RuleFor(q => q.Department).CatalogCode();
        RuleFor(q => q.DueBefore).Must(v => v is null || Dates.TryParse(v, out _)).WithMessage(_ => ForReader.Text("Укажите дату в формате ГГГГ-ММ-ДД.", "'dueBefore' must be a date written YYYY-MM-DD."));
        RuleFor(q => q.Q).PlainText(200);
    }
}
