using Register.Domain.Catalogs;

namespace Register.Domain.Activities;

/// <summary>
/// A register entry with the catalog facts the law's rules need already resolved (a data category's
/// NPDPC category, a basis's kind, a country's adequacy...). The rules read only this; the API builds it.
/// </summary>
public sealed record ActivitySnapshot
{
    public required string Code { get; init; }
    public string? DepartmentCode { get; init; }
    public ActivityStatus Status { get; init; } = ActivityStatus.Draft;
    public IReadOnlyList<string> SubjectCategoryCodes { get; init; } = [];
    public IReadOnlyList<ActivityDataCategory> DataCategories { get; init; } = [];
    public IReadOnlyList<Purpose> Purposes { get; init; } = [];
    public IReadOnlyList<ActivityRecipient> Recipients { get; init; } = [];
    public Retention? Retention { get; init; }
    public IReadOnlyList<string> ProtectionMeasureCodes { get; init; } = [];
    public IReadOnlyList<string> InformationSystemCodes { get; init; } = [];
    public DateOnly? StartDate { get; init; }
    public DateOnly? ReviewDueDate { get; init; }
    /// <summary>The day the entry last entered <see cref="ActivityStatus.Approved"/>; approval counts as a review.</summary>
    public DateOnly? LastApprovedOn { get; init; }
    public int? EstimatedSubjects { get; init; }
    public bool IncludesMinorsUnder16 { get; init; }

    public NpdpcCategory? NpdpcCategory => NpdpcCategories.Highest(DataCategories.Select(d => d.NpdpcCategory));

    public bool HasSpecialOrBiometricData => NpdpcCategory?.IsSpecialOrBiometric() == true;

    public bool CrossBorder => Recipients.Any(r => r.Transfer is not null);

    public IEnumerable<LegalBasisRef> AllBases => Purposes.SelectMany(p => p.LegalBases);
}

public sealed record ActivityDataCategory(string Code, NpdpcCategory NpdpcCategory, Retention? Retention = null);

public sealed record LegalBasisRef(string Code, LegalBasisKind Kind);

public sealed record Purpose(string Text, IReadOnlyList<LegalBasisRef> LegalBases, string? LegalReference = null);

public sealed record ActivityRecipient(string Code, RecipientKind Kind, RecipientContract? Contract = null, Transfer? Transfer = null);

/// <summary>The Art. 7 terms of a processor's contract as recorded in the recipients catalog.</summary>
public sealed record RecipientContract(
    string? Number,
    DateOnly? Date,
    string? Purposes,
    IReadOnlyList<string> ActionCodes,
    bool Confidentiality,
    IReadOnlyList<string> MeasureCodes);

/// <summary>A cross-border transfer: the destination's adequacy and, for a non-adequate one, the Art. 9 exception.</summary>
public sealed record Transfer(string CountryCode, bool CountryAdequate, string? ExceptionCode);
