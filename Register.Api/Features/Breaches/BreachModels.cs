using FluentValidation;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Journals;

namespace Register.Api.Features.Breaches;

public static class BreachRoutes
{
    public const string Collection = "/api/breaches";
    public const string Item = "/api/breaches/{id:int}";
    public const string Notification = "/api/breaches/{id:int}/notification";
    public const string Tag = "Breaches";

    public static string For(int id) => $"{Collection}/{id}";
    public static string NotificationFor(int id) => $"{Collection}/{id}/notification";
}

/// <summary>
/// Whether the NPDPC must be notified (Law 99-З ст. 16 п. 1 абз. 8: at once, within 3 working days of learning of the breach)
/// or why not (the cases the NPDPC sets), and when and under what reference it was.
/// </summary>
public sealed record NpdpcNotificationRequest(bool? NotificationRequired, string? ExemptionReason, DateTimeOffset? NotifiedAt, string? Reference);

/// <summary>The body of POST and PUT: what happened, what it touched, what the NPDPC and the subjects were told, what was done.</summary>
public sealed record BreachRequest(
    DateTimeOffset? DetectedAt,
    DateTimeOffset? OccurredAt,
    BreachKind? Kind,
    string? Description,
    IReadOnlyList<string?>? DepartmentCodes,
    IReadOnlyList<string?>? InformationSystemCodes,
    IReadOnlyList<int>? ActivityIds,
    IReadOnlyList<string?>? DataCategoryCodes,
    IReadOnlyList<string?>? SubjectCategoryCodes,
    int? SubjectsAffected,
    NpdpcNotificationRequest? Npdpc,
    DateTimeOffset? SubjectsNotifiedAt,
    string? Consequences,
    string? MeasuresTaken,
    string? MeasuresPlanned,
    BreachStatus? Status);

/// <summary>The NPDPC side of a breach, with the notification's clock (null when no notification is required).</summary>
public sealed record NpdpcNotification(bool NotificationRequired, string? ExemptionReason, DeadlineStatus? Due, DateTimeOffset? NotifiedAt, string? Reference);

/// <summary>A breach as the journal holds it; its free text is depersonalised after the journal's retention (<see cref="DepersonalisedAt"/>).</summary>
public sealed record BreachResponse(
    int Id,
    string Number,
    DateTimeOffset DetectedAt,
    DateTimeOffset? OccurredAt,
    BreachKind Kind,
    string? Description,
    IReadOnlyList<string> DepartmentCodes,
    IReadOnlyList<string> InformationSystemCodes,
    IReadOnlyList<int> ActivityIds,
    IReadOnlyList<string> DataCategoryCodes,
    IReadOnlyList<string> SubjectCategoryCodes,
    int? SubjectsAffected,
    NpdpcNotification Npdpc,
    DateTimeOffset? SubjectsNotifiedAt,
    string? Consequences,
    string? MeasuresTaken,
    string? MeasuresPlanned,
    BreachStatus Status,
    DateTime? DepersonalisedAt,
    int Version,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy);

public sealed class BreachValidator : AbstractValidator<BreachRequest>
{
    public const int MaxLinks = 200;

    public BreachValidator()
    {
        RuleFor(r => r.DetectedAt).NotNull();
        RuleFor(r => r.OccurredAt).LessThanOrEqualTo(r => r.DetectedAt).When(r => r.OccurredAt is not null && r.DetectedAt is not null)
            .WithMessage(_ => ForReader.Text("Нарушение не могло произойти позже, чем его обнаружили.", "A breach cannot have occurred after it was detected."));
        RuleFor(r => r.Kind).RequiredKebabEnum();
        RuleFor(r => r.Description).NotEmpty().PlainText(4000);
        foreach (var (list, name) in new (Func<BreachRequest, IReadOnlyList<string?>?>, string)[]
                 {
                     (r => r.DepartmentCodes, "departmentCodes"), (r => r.InformationSystemCodes, "informationSystemCodes"),
                     (r => r.DataCategoryCodes, "dataCategoryCodes"), (r => r.SubjectCategoryCodes, "subjectCategoryCodes"),
                 })
        {
            RuleFor(r => list(r)).Must(c => c is null || c.Count <= MaxLinks).OverridePropertyName(name).WithMessage(_ => ForReader.Text($"Не более {MaxLinks}.", $"At most {MaxLinks}."));
            RuleForEach(r => list(r)).NotEmpty().CatalogCode().OverridePropertyName(name);
        }
        RuleFor(r => r.ActivityIds).Must(c => c is null || c.Count <= MaxLinks).WithMessage(_ => ForReader.Text($"Не более {MaxLinks} записей реестра.", $"At most {MaxLinks}."));
        RuleForEach(r => r.ActivityIds).GreaterThan(0);
        RuleFor(r => r.SubjectsAffected).InclusiveBetween(0, 100_000_000);
        RuleFor(r => r.Npdpc).NotNull();
        RuleFor(r => r.Npdpc!.NotificationRequired).NotNull().When(r => r.Npdpc is not null).OverridePropertyName("npdpc.notificationRequired");
        RuleFor(r => r.Npdpc!.ExemptionReason).NotEmpty().When(r => r.Npdpc?.NotificationRequired == false)
            .OverridePropertyName("npdpc.exemptionReason").WithMessage(_ => ForReader.Text("Укажите, почему уведомлять НЦЗПД не требуется (случай, установленный НЦЗПД).", "Say why the NPDPC need not be notified (the case the NPDPC sets)."));
        RuleFor(r => r.Npdpc!.ExemptionReason).PlainText(2000).When(r => r.Npdpc is not null).OverridePropertyName("npdpc.exemptionReason");
        RuleFor(r => r.Npdpc!.Reference).PlainText(300).When(r => r.Npdpc is not null).OverridePropertyName("npdpc.reference");
        RuleFor(r => r.Npdpc!.NotifiedAt).GreaterThanOrEqualTo(r => r.DetectedAt).When(r => r.Npdpc?.NotifiedAt is not null && r.DetectedAt is not null)
            .OverridePropertyName("npdpc.notifiedAt").WithMessage(_ => ForReader.Text("НЦЗПД не может быть уведомлён раньше, чем обнаружено нарушение.", "The NPDPC cannot be notified before the breach was detected."));
        RuleFor(r => r.Npdpc == null ? null : r.Npdpc.NotifiedAt).NotNull().When(r => r.Status == BreachStatus.Notified)
            .OverridePropertyName("npdpc.notifiedAt").WithMessage(_ => ForReader.Text("В состоянии «НЦЗПД уведомлён» укажите, когда направлено уведомление в НЦЗПД.", "A notified breach has the time the NPDPC was notified."));
        RuleFor(r => r.Consequences).PlainText(4000);
        RuleFor(r => r.MeasuresTaken).PlainText(4000);
        RuleFor(r => r.MeasuresPlanned).PlainText(4000);
    }
}

public sealed record ListBreachesQuery : PageQuery
{
    /// <summary>detected, investigating, notified or closed.</summary>
    public string? Status { get; init; }

    /// <summary>Breaches that touched this department.</summary>
    public string? Department { get; init; }

    /// <summary>true: not closed; false: closed.</summary>
    public bool? Open { get; init; }

    /// <summary>true: the NPDPC's notification is late (past its deadline without being sent, or sent late).</summary>
    public bool? Overdue { get; init; }

    /// <summary>true: the NPDPC has been notified; false: not (yet).</summary>
    public bool? Notified { get; init; }
}

public sealed class ListBreachesQueryValidator : AbstractValidator<ListBreachesQuery>
{
    public ListBreachesQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Status).KebabEnumName<ListBreachesQuery, BreachStatus>();
        RuleFor(q => q.Department).CatalogCode();
    }
}

/// <summary>The notification's format: <c>html</c> (printable, the default) or <c>json</c>.</summary>
public sealed record NotificationQuery
{
    public int Id { get; init; }

    public string? Format { get; init; }
}

public sealed class NotificationQueryValidator : AbstractValidator<NotificationQuery>
{
    public NotificationQueryValidator() =>
        RuleFor(q => q.Format).Must(f => f is null or "html" or "json").WithMessage(_ => ForReader.Text("Формат — html или json.", "'format' must be html or json."));
}
