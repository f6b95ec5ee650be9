using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Reports;

/// <summary>
/// The catalogs a report names things from, read whole once per report: they hold tens to hundreds of entries
/// whatever the size of the register, so this costs the same for ten entries or a hundred thousand. Names are in
/// the report's language, falling back to Russian; a code no longer in its catalog (an old version may name one)
/// is shown as the code itself.
/// </summary>
internal sealed class ReportCatalogs
{
    public const string SubjectCategoriesSql = "SELECT code AS Code, name_ru AS NameRu, name_en AS NameEn FROM subject_categories";
    public const string DataCategoriesSql = """
        SELECT code AS Code, name_ru AS NameRu, name_en AS NameEn, npdpc_category AS NpdpcCategory,
               used_for_unique_identification AS UsedForUniqueIdentification, depersonalised AS Depersonalised
        FROM data_categories
        """;
    public const string LegalBasesSql = "SELECT code AS Code, name_ru AS NameRu, name_en AS NameEn, citation AS Citation, law AS Law FROM legal_bases";
    public const string CountriesSql = "SELECT code AS Code, name_ru AS NameRu, name_en AS NameEn, adequate_protection AS AdequateProtection FROM countries";
    public const string ActionsSql = "SELECT code AS Code, name_ru AS NameRu, name_en AS NameEn FROM processing_actions";
    public const string MeasuresSql = "SELECT code AS Code, name_ru AS NameRu, name_en AS NameEn, kind AS Kind, crypto_means AS CryptoMeans FROM protection_measures";
    public const string RecipientsSql = """
        SELECT code AS Code, name AS NameRu, kind AS Kind, country_code AS CountryCode, contract_number AS ContractNumber, contract_date AS ContractDate
        FROM recipients
        """;
    public const string DepartmentsSql = "SELECT code AS Code, name AS NameRu FROM departments";
    public const string SystemsSql = """
        SELECT code AS Code, name AS NameRu, kind AS Kind, connected_to_public_network AS ConnectedToPublicNetwork, owner_department_code AS OwnerDepartmentCode
        FROM information_systems
        """;

    private readonly string _lang;

    private ReportCatalogs(string lang) => _lang = lang;

    public IReadOnlyDictionary<string, Row> SubjectCategories { get; private init; } = Empty<Row>();
    public IReadOnlyDictionary<string, DataCategoryRow> DataCategories { get; private init; } = Empty<DataCategoryRow>();
    public IReadOnlyDictionary<string, LegalBasisRow> LegalBases { get; private init; } = Empty<LegalBasisRow>();
    public IReadOnlyDictionary<string, CountryRow> Countries { get; private init; } = Empty<CountryRow>();
    public IReadOnlyDictionary<string, Row> Actions { get; private init; } = Empty<Row>();
    public IReadOnlyDictionary<string, MeasureRow> Measures { get; private init; } = Empty<MeasureRow>();
    public IReadOnlyDictionary<string, RecipientRow> Recipients { get; private init; } = Empty<RecipientRow>();
    public IReadOnlyDictionary<string, Row> Departments { get; private init; } = Empty<Row>();
    public IReadOnlyDictionary<string, SystemRow> Systems { get; private init; } = Empty<SystemRow>();

    public static async Task<ReportCatalogs> LoadAsync(DbSession session, string lang) => new(lang)
    {
        SubjectCategories = await ByCode<Row>(session, SubjectCategoriesSql),
        DataCategories = await ByCode<DataCategoryRow>(session, DataCategoriesSql),
        LegalBases = await ByCode<LegalBasisRow>(session, LegalBasesSql),
        Countries = await ByCode<CountryRow>(session, CountriesSql),
        Actions = await ByCode<Row>(session, ActionsSql),
        Measures = await ByCode<MeasureRow>(session, MeasuresSql),
        Recipients = await ByCode<RecipientRow>(session, RecipientsSql),
        Departments = await ByCode<Row>(session, DepartmentsSql),
        Systems = await ByCode<SystemRow>(session, SystemsSql),
    };

    public ReportRef Ref<T>(IReadOnlyDictionary<string, T> catalog, string code) where T : Row =>
        new(code, catalog.TryGetValue(code, out var row) ? row.Name(_lang) : code);

    public ReportRef? RefOrNull<T>(IReadOnlyDictionary<string, T> catalog, string? code) where T : Row =>
        code is null ? null : Ref(catalog, code);

    public IReadOnlyList<ReportRef> Refs<T>(IReadOnlyDictionary<string, T> catalog, IEnumerable<string> codes) where T : Row =>
        codes.Select(code => Ref(catalog, code)).ToList();

    private static async Task<IReadOnlyDictionary<string, T>> ByCode<T>(DbSession session, string sql) where T : Row =>
        (await session.QueryAsync<T>(sql)).ToDictionary(r => r.Code, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, T> Empty<T>() => new Dictionary<string, T>();

    internal class Row
    {
        public string Code { get; init; } = "";
        public string NameRu { get; init; } = "";
        public string? NameEn { get; init; }

        public string Name(string lang) => lang == ReportLanguages.English && !string.IsNullOrWhiteSpace(NameEn) ? NameEn : NameRu;
    }

    internal sealed class DataCategoryRow : Row
    {
        public string NpdpcCategory { get; init; } = "";
        public bool? UsedForUniqueIdentification { get; init; }
        public bool Depersonalised { get; init; }

        /// <summary>The category as the law reads the data (a biometric one not used for identification counts as other).</summary>
        public NpdpcCategory? Category => KebabEnum.TryParse<NpdpcCategory>(NpdpcCategory, out var recorded)
            ? DataCategoryReading.EffectiveCategory(recorded, UsedForUniqueIdentification)
            : null;
    }

    internal sealed class LegalBasisRow : Row
    {
        public string? Citation { get; init; }
        public string? Law { get; init; }
    }

    internal sealed class CountryRow : Row
    {
        public bool AdequateProtection { get; init; }
    }

    internal sealed class MeasureRow : Row
    {
        public string Kind { get; init; } = "";
        public string? CryptoMeans { get; init; }

        public ProtectionMeasureKind? MeasureKind => KebabEnum.TryParse<ProtectionMeasureKind>(Kind, out var kind) ? kind : null;
    }

    internal sealed class RecipientRow : Row
    {
        public string Kind { get; init; } = "";
        public string? CountryCode { get; init; }
        public string? ContractNumber { get; init; }
        public DateTime? ContractDate { get; init; }

        public RecipientKind? RecipientKind => KebabEnum.TryParse<RecipientKind>(Kind, out var kind) ? kind : null;
    }

    internal sealed class SystemRow : Row
    {
        public string Kind { get; init; } = "";
        public bool ConnectedToPublicNetwork { get; init; }
        public string? OwnerDepartmentCode { get; init; }

        public InformationSystemKind SystemKind => KebabEnum.TryParse<InformationSystemKind>(Kind, out var kind) ? kind : InformationSystemKind.Electronic;
    }
}
