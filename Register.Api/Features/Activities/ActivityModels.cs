using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Activities;

public static class ActivityRoutes
{
    public const string Collection = "/api/activities";
    public const string Item = "/api/activities/{id:int}";
    public const string Transitions = "/api/activities/{id:int}/transitions";
    public const string Versions = "/api/activities/{id:int}/versions";
    public const string Version = "/api/activities/{id:int}/versions/{version:int}";
    public const string Diff = "/api/activities/{id:int}/versions/{from:int}/diff/{to:int}";
    public const string Tag = "Processing activities";

    public static string For(int id) => $"{Collection}/{id}";
    public static string TransitionsFor(int id) => $"{For(id)}/transitions";
    public static string VersionsFor(int id) => $"{For(id)}/versions";
    public static string VersionFor(int id, int version) => $"{For(id)}/versions/{version}";
    public static string DiffFor(int id, int from, int to) => $"{For(id)}/versions/{from}/diff/{to}";
}

// The request mirrors the contract. Everything is nullable so that a missing or null field reaches the
// validator and comes back as a 400 naming it, instead of failing inside the JSON reader.
public sealed record RetentionRequest(RetentionKind? Kind, string? Period, string? Event, string? Reference);

public sealed record ActivityDataCategoryRequest(string? Code, RetentionRequest? Retention);

public sealed record PurposeRequest(string? Text, IReadOnlyList<string?>? LegalBasisCodes, string? LegalReference);

public sealed record TransferRequest(string? CountryCode, string? LegalBasisCode);

public sealed record ActivityRecipientRequest(string? Code, TransferRequest? Transfer);

/// <summary>The body of POST and PUT. Status is not part of it: it changes only through transitions.</summary>
public sealed record ActivityRequest(
    string? Code,
    string? Title,
    string? Description,
    string? DepartmentCode,
    IReadOnlyList<string?>? SubjectCategoryCodes,
    IReadOnlyList<ActivityDataCategoryRequest?>? DataCategories,
    IReadOnlyList<PurposeRequest?>? Purposes,
    IReadOnlyList<ActivityRecipientRequest?>? Recipients,
    RetentionRequest? Retention,
    IReadOnlyList<string?>? InformationSystemCodes,
    StorageForm? StorageForm,
    ProcessingMethod? ProcessingMethod,
    IReadOnlyList<string?>? ActionCodes,
    IReadOnlyList<string?>? ProtectionMeasureCodes,
    DataSource? DataSource,
    DateOnly? StartDate,
    string? TerminationCondition,
    IReadOnlyList<string?>? AccessPositions,
    int? EstimatedSubjects,
    bool? IncludesMinorsUnder16,
    DateOnly? ReviewDueDate);

public sealed record ActivityDataCategory(string Code, Retention? Retention);

public sealed record ActivityPurpose(string Text, IReadOnlyList<string> LegalBasisCodes, string? LegalReference);

public sealed record ActivityTransfer(string CountryCode, string? LegalBasisCode);

public sealed record ActivityRecipient(string Code, ActivityTransfer? Transfer);

/// <summary>What an officer records about an activity: the validated request, with no nulls in its lists.</summary>
public sealed record ActivityContent
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? DepartmentCode { get; init; }
    public IReadOnlyList<string> SubjectCategoryCodes { get; init; } = [];
    public IReadOnlyList<ActivityDataCategory> DataCategories { get; init; } = [];
    public IReadOnlyList<ActivityPurpose> Purposes { get; init; } = [];
    public IReadOnlyList<ActivityRecipient> Recipients { get; init; } = [];
    public Retention? Retention { get; init; }
    public IReadOnlyList<string> InformationSystemCodes { get; init; } = [];
    public StorageForm? StorageForm { get; init; }
    public ProcessingMethod? ProcessingMethod { get; init; }
    public IReadOnlyList<string> ActionCodes { get; init; } = [];
    public IReadOnlyList<string> ProtectionMeasureCodes { get; init; } = [];
    public DataSource? DataSource { get; init; }
    public DateOnly? StartDate { get; init; }
    public string? TerminationCondition { get; init; }
    public IReadOnlyList<string> AccessPositions { get; init; } = [];
    public int? EstimatedSubjects { get; init; }
    public bool IncludesMinorsUnder16 { get; init; }
    public DateOnly? ReviewDueDate { get; init; }

    public static ActivityContent From(ActivityRequest request) => new()
    {
        Title = request.Title!.Trim(),
        Description = request.Description,
        DepartmentCode = request.DepartmentCode,
        SubjectCategoryCodes = Codes(request.SubjectCategoryCodes),
        DataCategories = (request.DataCategories ?? []).Select(d => new ActivityDataCategory(d!.Code!, RetentionOf(d.Retention))).ToList(),
        Purposes = (request.Purposes ?? []).Select(p => new ActivityPurpose(p!.Text ?? "", Codes(p.LegalBasisCodes), p.LegalReference)).ToList(),
        Recipients = (request.Recipients ?? []).Select(r => new ActivityRecipient(r!.Code!,
            r.Transfer is null ? null : new ActivityTransfer(r.Transfer.CountryCode!, r.Transfer.LegalBasisCode))).ToList(),
        Retention = RetentionOf(request.Retention),
        InformationSystemCodes = Codes(request.InformationSystemCodes),
        StorageForm = request.StorageForm,
        ProcessingMethod = request.ProcessingMethod,
        ActionCodes = Codes(request.ActionCodes),
        ProtectionMeasureCodes = Codes(request.ProtectionMeasureCodes),
        DataSource = request.DataSource,
        StartDate = request.StartDate,
        TerminationCondition = request.TerminationCondition,
        AccessPositions = (request.AccessPositions ?? []).Select(p => p!).ToList(),
        EstimatedSubjects = request.EstimatedSubjects,
        IncludesMinorsUnder16 = request.IncludesMinorsUnder16 ?? false,
        ReviewDueDate = request.ReviewDueDate,
    };

    private static IReadOnlyList<string> Codes(IReadOnlyList<string?>? codes) => (codes ?? []).Select(c => c!).ToList();

    private static Retention? RetentionOf(RetentionRequest? retention) =>
        retention?.Kind is { } kind ? new Retention(kind, retention.Period, retention.Event, retention.Reference) : null;
}

/// <summary>A stored activity: its content and its bookkeeping.</summary>
public sealed record ActivityState
{
    public required int Id { get; init; }
    public required string Code { get; init; }
    public required ActivityStatus Status { get; init; }
    public required ActivityContent Content { get; init; }
    public required int Version { get; init; }
    public DateOnly? LastApprovedOn { get; init; }
    public DateTime CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }
}

/// <summary>A finding of the law's rules on an entry.</summary>
/// <param name="Rule">The rule's stable code (e.g. <c>special-data-basis</c>), for clients to key on.</param>
/// <param name="Severity">An error blocks review and approval; a warning does not.</param>
/// <param name="Message">The message in English, as it has always been (kept for existing clients); <c>messages</c> has it in every language.</param>
/// <param name="Messages">The message in each of the register's languages, keyed like a catalog's <c>names</c>.</param>
/// <param name="Path">The field concerned, when there is one (e.g. <c>purposes[1].legalBasisCodes</c>).</param>
public sealed record FindingResponse(string Rule, Register.Domain.Rules.Severity Severity, string Message, FindingMessages Messages, string? Path)
{
    public static FindingResponse From(Register.Domain.Rules.Finding finding) =>
        new(finding.Rule, finding.Severity, finding.Message.En, FindingMessages.From(finding.Message), finding.Path);
}

/// <summary>A finding's message in Russian and in English, each with the entry's specifics filled in.</summary>
/// <param name="Ru">In Russian, in the Law's own terms: what the interface shows by default.</param>
/// <param name="En">In English: the same text as the finding's <c>message</c>.</param>
public sealed record FindingMessages(string Ru, string En)
{
    public static FindingMessages From(Register.Domain.Rules.FindingMessage message) => new(message.Ru, message.En);

    /// <summary>The message in <paramref name="language"/> (<c>ru</c> or <c>en</c>); Russian for any other.</summary>
    public string In(string language) => language == "en" ? En : Ru;
}

/// <summary>The contract's activity: what was recorded, plus what the register computes on every read.</summary>
public sealed record ActivityResponse(
    int Id,
    string Code,
    string Title,
    string? Description,
    string? DepartmentCode,
    ActivityStatus Status,
    IReadOnlyList<string> SubjectCategoryCodes,
    IReadOnlyList<ActivityDataCategory> DataCategories,
    IReadOnlyList<ActivityPurpose> Purposes,
    IReadOnlyList<ActivityRecipient> Recipients,
    Retention? Retention,
    IReadOnlyList<string> InformationSystemCodes,
    StorageForm? StorageForm,
    ProcessingMethod? ProcessingMethod,
    IReadOnlyList<string> ActionCodes,
    IReadOnlyList<string> ProtectionMeasureCodes,
    DataSource? DataSource,
    DateOnly? StartDate,
    string? TerminationCondition,
    IReadOnlyList<string> AccessPositions,
    int? EstimatedSubjects,
    bool IncludesMinorsUnder16,
    DateOnly? ReviewDueDate,
    DateOnly? LastApprovedOn,
    NpdpcCategory? NpdpcCategory,
    bool CrossBorder,
    IReadOnlyList<FindingResponse> Findings,
    int Version,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy)
{
    public static ActivityResponse From(ActivityState state, ActivitySnapshot snapshot, IReadOnlyList<Register.Domain.Rules.Finding> findings)
    {
        var c = state.Content;
        return new(state.Id, state.Code, c.Title, c.Description, c.DepartmentCode, state.Status, c.SubjectCategoryCodes, c.DataCategories,
            c.Purposes, c.Recipients, c.Retention, c.InformationSystemCodes, c.StorageForm, c.ProcessingMethod, c.ActionCodes,
            c.ProtectionMeasureCodes, c.DataSource, c.StartDate, c.TerminationCondition, c.AccessPositions, c.EstimatedSubjects,
            c.IncludesMinorsUnder16, c.ReviewDueDate, state.LastApprovedOn, snapshot.NpdpcCategory, snapshot.CrossBorder,
            findings.Select(FindingResponse.From).ToList(),
            state.Version, state.CreatedAt, state.CreatedBy, state.UpdatedAt, state.UpdatedBy);
    }
}

/// <summary>An entry as a table of the register shows it (<c>view=summary</c>): what it is, where it stands, what the law still asks.</summary>
public sealed record ActivitySummary(
    int Id,
    string Code,
    string Title,
    string? DepartmentCode,
    ActivityStatus Status,
    NpdpcCategory? NpdpcCategory,
    bool CrossBorder,
    int ErrorCount,
    int WarningCount,
    DateOnly? ReviewDueDate,
    DateTime UpdatedAt,
    int Version)
{
    public static ActivitySummary From(AssessedActivity assessed) => new(
        assessed.State.Id, assessed.State.Code, assessed.State.Content.Title, assessed.State.Content.DepartmentCode, assessed.State.Status,
        assessed.Snapshot.NpdpcCategory, assessed.Snapshot.CrossBorder,
        assessed.Findings.Count(f => f.Severity == Register.Domain.Rules.Severity.Error),
        assessed.Findings.Count(f => f.Severity == Register.Domain.Rules.Severity.Warning),
        assessed.State.Content.ReviewDueDate, assessed.State.UpdatedAt, assessed.State.Version);
}

/// <summary>A register entry as a journal names it: a link to the entry, its code and title.</summary>
public sealed record ActivityLink(int Id, string Code, string Title);
