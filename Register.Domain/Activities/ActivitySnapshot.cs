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

    /// <summary>The highest NPDPC category of the entry's data as the law reads it (<see cref="ActivityDataCategory.EffectiveCategory"/>).</summary>
    public NpdpcCategory? NpdpcCategory => NpdpcCategories.Highest(DataCategories.Select(d => d.EffectiveCategory));

    public bool HasSpecialOrBiometricData => NpdpcCategory?.IsSpecialOrBiometric() == true;

    public bool CrossBorder => Recipients.Any(r => r.Transfer is not null);

    public IEnumerable<LegalBasisRef> AllBases => Purposes.SelectMany(p => p.LegalBases);

    /// <summary>
    /// Every data category of the entry is publicly available or depersonalised, so a system holding only such entries
    /// needs no OAC class (see <see cref="DataCategoryReading"/>). True of an entry with no data: it adds nothing a class covers.
    /// </summary>
    public bool HoldsOnlyPublicOrDepersonalisedData => DataCategories.All(d => d.OutsideOacRegulation);

    /// <summary>The entry has data and all of it is depersonalised (rule 7 then accepts «в исследовательских целях»).</summary>
    public bool HoldsOnlyDepersonalisedData => DataCategories.Count > 0 && DataCategories.All(d => d.Depersonalised);
}

/// <summary>
/// A data category as an entry uses it, with the facts of its catalog entry. <see cref="NpdpcCategory"/> is the category
/// recorded in the catalog; the rules and the assessment read <see cref="EffectiveCategory"/>.
/// </summary>
public sealed record ActivityDataCategory(string Code, NpdpcCategory NpdpcCategory, Retention? Retention = null)
{
    /// <summary>
    /// Whether the data is used to identify the person uniquely (ст. 1, biometric data): <c>false</c> for a photograph,
    /// video or voice recording that is not; <c>null</c> when the catalog does not say (the recorded category stands).
    /// </summary>
    public bool? UsedForUniqueIdentification { get; init; }

    /// <summary>The data is depersonalised (ст. 1, «обезличивание»): recorded so that it can no longer be attributed to a
    /// subject without additional information.</summary>
    public bool Depersonalised { get; init; }

    /// <summary>The NPDPC category as the law reads the data: see <see cref="DataCategoryReading.EffectiveCategory"/>.</summary>
    public NpdpcCategory EffectiveCategory => DataCategoryReading.EffectiveCategory(NpdpcCategory, UsedForUniqueIdentification);

    /// <summary>Publicly available or depersonalised: data the OAC regulation does not require a class for.</summary>
    public bool OutsideOacRegulation => DataCategoryReading.IsOutsideOacRegulation(EffectiveCategory, Depersonalised);
}

public sealed record LegalBasisRef(string Code, LegalBasisKind Kind);

public sealed record Purpose(string Text, IReadOnlyList<LegalBasisRef> LegalBases, string? LegalReference = null);

/// <summary>
/// A recipient of the entry's data with the facts of its catalog entry. For an authorized person (ст. 7), <see cref="Authority"/>
/// says what it acts under and <see cref="Contract"/> holds the ст. 7 п. 1 terms that document defines; for an act of legislation
/// or a state body's decision, <see cref="DocumentReference"/> names the document (a contract is named by its number).
/// </summary>
public sealed record ActivityRecipient(string Code, RecipientKind Kind, RecipientContract? Contract = null, Transfer? Transfer = null)
{
    /// <summary>What an authorized person acts under; a contract unless recorded otherwise. Ignored for other kinds.</summary>
    public AuthorityKind Authority { get; init; } = AuthorityKind.Contract;

    /// <summary>
    /// For <see cref="AuthorityKind.Legislation"/> or <see cref="AuthorityKind.StateBodyDecision"/>: the act's or the decision's
    /// name, date, number and the structural element that appoints the authorized person. A contract's number is
    /// <see cref="RecipientContract.Number"/>.
    /// </summary>
    public string? DocumentReference { get; init; }
}

/// <summary>
/// The ст. 7 п. 1 terms as recorded in the recipients catalog: those of the contract, or those the act of legislation or the
/// state body's decision defines (<see cref="ActivityRecipient.Authority"/>). <see cref="Number"/> and <see cref="Date"/> are
/// the contract's.
/// </summary>
public sealed record RecipientContract(
    string? Number,
    DateOnly? Date,
    string? Purposes,
    IReadOnlyList<string> ActionCodes,
    bool Confidentiality,
    IReadOnlyList<string> MeasureCodes);

/// <summary>A cross-border transfer: the destination's adequacy and, for a non-adequate one, the Art. 9 exception.</summary>
public sealed record Transfer(string CountryCode, bool CountryAdequate, string? ExceptionCode);
