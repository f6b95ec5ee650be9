using Register.Api.Infrastructure.Catalogs;
using Register.Domain.Catalogs;

namespace Register.Api.Infrastructure.Seeding;

// The shapes of ReferenceData/*.json: the law's catalogs as shipped with the application.
public sealed record LegalBasisSeed(string Code, LegalBasisKind Kind, string? Citation, bool CitationVerified, string? Law, LocalizedNames Names);

public sealed record CountrySeed(string Code, LocalizedNames Names, bool AdequateProtection, string? Source);

public sealed record ProcessingActionSeed(string Code, LocalizedNames Names);

public sealed record ProtectionMeasureSeed(string Code, ProtectionMeasureKind Kind, LocalizedNames Names, string? CryptoMeans, bool Mandatory, string? Citation);

public sealed record NpdpcCategorySeed(string Code, LocalizedNames Names, LocalizedNames Description);

public static class ReferenceData
{
    public static IReadOnlyList<LegalBasisSeed> LegalBases() => EmbeddedJson.Read<List<LegalBasisSeed>>("ReferenceData/legal-bases.json");
    public static IReadOnlyList<CountrySeed> Countries() => EmbeddedJson.Read<List<CountrySeed>>("ReferenceData/countries.json");
    public static IReadOnlyList<ProcessingActionSeed> ProcessingActions() => EmbeddedJson.Read<List<ProcessingActionSeed>>("ReferenceData/processing-actions.json");
    public static IReadOnlyList<ProtectionMeasureSeed> ProtectionMeasures() => EmbeddedJson.Read<List<ProtectionMeasureSeed>>("ReferenceData/protection-measures.json");
    public static IReadOnlyList<NpdpcCategorySeed> NpdpcCategories() => EmbeddedJson.Read<List<NpdpcCategorySeed>>("ReferenceData/npdpc-categories.json");
    public static IReadOnlyList<Register.Domain.Journals.CalendarYear> CalendarYears() => EmbeddedJson.Read<List<Register.Domain.Journals.CalendarYear>>("ReferenceData/calendar.json");
}
