using Register.Api.Features.Operator;

namespace Register.Api.Features.Reports.Supervisory;

/// <summary>A legal basis as the report cites it: its name, the article and the law.</summary>
public sealed record ReportLegalBasis(string Code, string Name, string? Citation, string? Law);

/// <summary>A purpose with the bases it rests on and the specific act, if any (e.g. the Labour Code).</summary>
public sealed record ReportPurpose(string Text, IReadOnlyList<ReportLegalBasis> LegalBases, string? LegalReference);

public sealed record ReportDataCategory(string Code, string Name, ReportRef? NpdpcCategory, string? Retention);

/// <summary>An Art. 17 measure; <see cref="CryptoMeans"/> names the certified means of a cryptographic one.</summary>
public sealed record ReportMeasure(string Code, string Name, ReportRef? Kind, string? CryptoMeans);

public sealed record ReportTransfer(ReportRef Recipient, ReportRef Country, bool AdequateProtection, ReportLegalBasis? LegalBasis);

/// <summary>An information resource the entry keeps its data in, with the OAC class it requires (Order No. 66).</summary>
public sealed record ReportSystem(string Code, string Name, ReportRef Kind, string? OacClass);

/// <summary>
/// One register entry in the supervisory information set (the Regulation's internal-control chapter): what the
/// officer must produce for the NPDPC on request. The operator's name and address are the report's header.
/// </summary>
public sealed record SupervisoryRow(
    int Number,
    int ActivityId,
    string Code,
    string Title,
    ReportRef? Department,
    ReportRef Status,
    IReadOnlyList<ReportPurpose> Purposes,
    IReadOnlyList<ReportDataCategory> DataCategories,
    ReportRef? NpdpcCategory,
    IReadOnlyList<ReportRef> SubjectCategories,
    IReadOnlyList<ReportLegalBasis> LegalBases,
    IReadOnlyList<ReportRef> Actions,
    ReportRef? ProcessingMethod,
    ReportRef? StorageForm,
    ReportRef? DataSource,
    IReadOnlyList<ReportMeasure> ProtectionMeasures,
    bool CryptographicMeansUsed,
    IReadOnlyList<string> CryptographicMeans,
    ResponsiblePerson? ResponsiblePerson,
    DateOnly? StartDate,
    string? TerminationCondition,
    string Retention,
    bool CrossBorder,
    IReadOnlyList<ReportRef> CrossBorderCountries,
    IReadOnlyList<ReportTransfer> Transfers,
    IReadOnlyList<ReportSystem> InformationSystems,
    IReadOnlyList<string> AccessPositions);
