using System.Globalization;
using System.Text.RegularExpressions;
using Register.Api.Features.Activities;
using Register.Domain.Activities;

namespace Register.Api.Components.Pages.Entries;

/// <summary>
/// What the editor holds while the officer types: the entry's content as mutable fields (empty rows allowed), turned into
/// the operations' request on save and for the findings preview. Nothing here validates: the operation does, and its
/// messages come back beside the fields.
/// </summary>
public sealed partial class EntryForm
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? DepartmentCode { get; set; }
    public List<string> SubjectCategoryCodes { get; set; } = [];
    public List<DataRow> DataCategories { get; set; } = [];
    public List<PurposeRow> Purposes { get; set; } = [];
    public List<RecipientRow> Recipients { get; set; } = [];
    public RetentionForm Retention { get; set; } = new();
    public List<string> InformationSystemCodes { get; set; } = [];
    public StorageForm? StorageForm { get; set; }
    public ProcessingMethod? ProcessingMethod { get; set; }
    public List<string> ActionCodes { get; set; } = [];
    public List<string> ProtectionMeasureCodes { get; set; } = [];
    public DataSource? DataSource { get; set; }
    public DateOnly? StartDate { get; set; }
    public string? TerminationCondition { get; set; }
    public string? AccessPositions { get; set; }
    public int? EstimatedSubjects { get; set; }
    public bool IncludesMinorsUnder16 { get; set; }
    public DateOnly? ReviewDueDate { get; set; }

    public sealed class DataRow
    {
        public string? Code { get; set; }
        public bool OwnRetention { get; set; }
        public RetentionForm Retention { get; set; } = new();
    }

    public sealed class PurposeRow
    {
        public string? Text { get; set; }
        public List<string> LegalBasisCodes { get; set; } = [];
        public string? LegalReference { get; set; }
    }

    public sealed class RecipientRow
    {
        public string? Code { get; set; }
        public bool Transfer { get; set; }
        public string? CountryCode { get; set; }
        public string? LegalBasisCode { get; set; }
    }

    /// <summary>A retention rule; a fixed period is typed as a number and a unit, kept as ISO 8601 (P5Y).</summary>
    public sealed partial class RetentionForm
    {
        public RetentionKind? Kind { get; set; }
        public int? Amount { get; set; }
        public string Unit { get; set; } = "Y";
        /// <summary>A stored period that is not one number and one unit (P1Y6M): kept as it was unless the user changes it.</summary>
        public string? OtherPeriod { get; set; }
        public string? Event { get; set; }
        public string? Reference { get; set; }

        public string? Period => Amount is { } amount ? $"P{amount.ToString(CultureInfo.InvariantCulture)}{Unit}" : OtherPeriod;

        public RetentionRequest? ToRequest() => Kind is null ? null : new RetentionRequest(Kind,
            Kind == RetentionKind.Fixed ? Period : null,
            Kind == RetentionKind.AfterEvent ? Blank(Event) : null,
            Kind == RetentionKind.PerLegislation ? Blank(Reference) : null);

        public static RetentionForm From(Retention? retention)
        {
            var form = new RetentionForm { Kind = retention?.Kind, Event = retention?.Event, Reference = retention?.Reference };
            var match = retention?.Period is { } period ? SimplePeriod().Match(period) : Match.Empty;
            if (match.Success)
            {
                form.Amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                form.Unit = match.Groups[2].Value;
            }
            else form.OtherPeriod = retention?.Period;
            return form;
        }

        [GeneratedRegex("^P(\\d+)([YMD])$")]
        private static partial Regex SimplePeriod();
    }

    public static EntryForm From(ActivityResponse entry) => new()
    {
        Code = entry.Code,
        Title = entry.Title,
        Description = entry.Description,
        DepartmentCode = entry.DepartmentCode,
        SubjectCategoryCodes = [.. entry.SubjectCategoryCodes],
        DataCategories = entry.DataCategories.Select(d => new DataRow { Code = d.Code, OwnRetention = d.Retention is not null, Retention = RetentionForm.From(d.Retention) }).ToList(),
        Purposes = entry.Purposes.Select(p => new PurposeRow { Text = p.Text, LegalBasisCodes = [.. p.LegalBasisCodes], LegalReference = p.LegalReference }).ToList(),
        Recipients = entry.Recipients.Select(r => new RecipientRow
        {
            Code = r.Code, Transfer = r.Transfer is not null, CountryCode = r.Transfer?.CountryCode, LegalBasisCode = r.Transfer?.LegalBasisCode,
        }).ToList(),
        Retention = RetentionForm.From(entry.Retention),
        InformationSystemCodes = [.. entry.InformationSystemCodes],
        StorageForm = entry.StorageForm,
        ProcessingMethod = entry.ProcessingMethod,
        ActionCodes = [.. entry.ActionCodes],
        ProtectionMeasureCodes = [.. entry.ProtectionMeasureCodes],
        DataSource = entry.DataSource,
        StartDate = entry.StartDate,
        TerminationCondition = entry.TerminationCondition,
        AccessPositions = string.Join("\n", entry.AccessPositions),
        EstimatedSubjects = entry.EstimatedSubjects,
        IncludesMinorsUnder16 = entry.IncludesMinorsUnder16,
        ReviewDueDate = entry.ReviewDueDate,
    };

    /// <summary>
    /// The request the operations take. Rows left empty (no code picked, no text typed) are dropped rather than sent as
    /// errors: an empty row is one the user has not filled in yet.
    /// </summary>
    public ActivityRequest ToRequest() => new(
        Blank(Code),
        Title ?? "",
        Blank(Description),
        Blank(DepartmentCode),
        SubjectCategoryCodes.ToList<string?>(),
        DataCategories.Where(d => d.Code is not null).Select(d => (ActivityDataCategoryRequest?)new ActivityDataCategoryRequest(d.Code, d.OwnRetention ? d.Retention.ToRequest() : null)).ToList(),
        Purposes.Where(p => !string.IsNullOrWhiteSpace(p.Text) || p.LegalBasisCodes.Count > 0)
            .Select(p => (PurposeRequest?)new PurposeRequest(p.Text ?? "", p.LegalBasisCodes.ToList<string?>(), Blank(p.LegalReference))).ToList(),
        Recipients.Where(r => r.Code is not null)
            .Select(r => (ActivityRecipientRequest?)new ActivityRecipientRequest(r.Code, r.Transfer ? new TransferRequest(r.CountryCode, Blank(r.LegalBasisCode)) : null)).ToList(),
        Retention.ToRequest(),
        InformationSystemCodes.ToList<string?>(),
        StorageForm,
        ProcessingMethod,
        ActionCodes.ToList<string?>(),
        ProtectionMeasureCodes.ToList<string?>(),
        DataSource,
        StartDate,
        Blank(TerminationCondition),
        (AccessPositions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList<string?>(),
        EstimatedSubjects,
        IncludesMinorsUnder16,
        ReviewDueDate);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
