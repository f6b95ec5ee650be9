using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Activities;

/// <summary>
/// What the law's rules read from the catalogs about an entry's links: each data category's NPDPC category (with
/// whether it is used for unique identification and whether it is depersonalised), each legal basis's kind, each
/// country's adequacy, each recipient's kind, contract and authority. Every read of an entry (and each
/// of a list page's 50) needs them and they change rarely, so a process keeps them whole (<see cref="CatalogCache{T}"/>).
/// </summary>
internal sealed class CatalogFacts
{
    public const string DataCategoryFactsSql = """
        SELECT code AS Code, npdpc_category AS Category, used_for_unique_identification AS UsedForUniqueIdentification,
               depersonalised AS Depersonalised
        FROM data_categories
        """;
    public const string LegalBasisFactsSql = "SELECT code AS Code, kind AS Value FROM legal_bases";
    public const string CountryFactsSql = "SELECT code AS Code, adequate_protection AS Adequate FROM countries";
    public const string RecipientFactsSql = """
        SELECT code AS Code, kind AS Kind, contract_number AS ContractNumber, contract_date AS ContractDate,
               contract_purposes AS ContractPurposes, contract_confidentiality AS ContractConfidentiality,
               authority_kind AS AuthorityKind, document_reference AS DocumentReference
        FROM recipients
        """;
    public const string RecipientActionsSql = "SELECT recipient_code AS Code, action_code AS Value FROM recipient_contract_actions ORDER BY recipient_code, ordinal";
    public const string RecipientMeasuresSql = "SELECT recipient_code AS Code, measure_code AS Value FROM recipient_contract_measures ORDER BY recipient_code, ordinal";

    private static readonly CatalogCache<CatalogFacts> Cache = new(LoadAsync);

    private readonly Dictionary<string, DataCategoryFact> _dataCategories;
    private readonly Dictionary<string, LegalBasisKind> _bases;
    private readonly Dictionary<string, bool> _countries;
    private readonly Dictionary<string, RecipientFacts> _recipients;

    private CatalogFacts(Dictionary<string, DataCategoryFact> dataCategories, Dictionary<string, LegalBasisKind> bases,
        Dictionary<string, bool> countries, Dictionary<string, RecipientFacts> recipients)
    {
        _dataCategories = dataCategories;
        _bases = bases;
        _countries = countries;
        _recipients = recipients;
    }

    /// <summary>The facts as this session sees the catalogs: from memory while the catalogs' number holds, else read.</summary>
    public static Task<CatalogFacts> ForAsync(DbSession session) => Cache.GetAsync(session);

    private static async Task<CatalogFacts> LoadAsync(DbSession session)
    {
        var dataCategories = (await session.QueryAsync<DataCategoryFact>(DataCategoryFactsSql)).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var bases = (await session.QueryAsync<CodeValue>(LegalBasisFactsSql))
            .ToDictionary(r => r.Code, r => KebabEnum.Parse<LegalBasisKind>(r.Value), StringComparer.Ordinal);
        var countries = (await session.QueryAsync<CountryFact>(CountryFactsSql))
            .ToDictionary(r => r.Code, r => r.Adequate, StringComparer.Ordinal);

        var actions = (await session.QueryAsync<CodeValue>(RecipientActionsSql)).ToLookup(r => r.Code, r => r.Value);
        var measures = (await session.QueryAsync<CodeValue>(RecipientMeasuresSql)).ToLookup(r => r.Code, r => r.Value);
        var recipients = (await session.QueryAsync<RecipientFact>(RecipientFactsSql)).ToDictionary(
            r => r.Code,
            r => new RecipientFacts(KebabEnum.Parse<RecipientKind>(r.Kind), r.HasContract || actions[r.Code].Any() || measures[r.Code].Any()
                ? new RecipientContract(r.ContractNumber, r.ContractDate is { } d ? DateOnly.FromDateTime(d) : null, r.ContractPurposes,
                    actions[r.Code].ToList(), r.ContractConfidentiality == true, measures[r.Code].ToList())
                : null, KebabEnum.Parse<AuthorityKind>(r.AuthorityKind), r.DocumentReference),
            StringComparer.Ordinal);

        return new CatalogFacts(dataCategories, bases, countries, recipients);
    }

    /// <summary>The entry as the rules see it: its links resolved against the catalogs (unknown codes as the most lenient facts).</summary>
    public ActivitySnapshot Snapshot(ActivityState state)
    {
        var c = state.Content;
        return new ActivitySnapshot
        {
            Code = state.Code,
            DepartmentCode = c.DepartmentCode,
            Status = state.Status,
            SubjectCategoryCodes = c.SubjectCategoryCodes,
            DataCategories = c.DataCategories.Select(d => _dataCategories.TryGetValue(d.Code, out var fact)
                ? new Register.Domain.Activities.ActivityDataCategory(d.Code, KebabEnum.Parse<NpdpcCategory>(fact.Category), d.Retention)
                {
                    UsedForUniqueIdentification = fact.UsedForUniqueIdentification,
                    Depersonalised = fact.Depersonalised,
                }
                : new Register.Domain.Activities.ActivityDataCategory(d.Code, NpdpcCategory.Other, d.Retention)).ToList(),
            Purposes = c.Purposes.Select(p => new Purpose(p.Text,
                p.LegalBasisCodes.Select(code => new LegalBasisRef(code, _bases.GetValueOrDefault(code, LegalBasisKind.General))).ToList(),
                p.LegalReference)).ToList(),
            Recipients = c.Recipients.Select(r =>
            {
                var facts = _recipients.GetValueOrDefault(r.Code, RecipientFacts.Unknown);
                var transfer = r.Transfer is null ? null
                    : new Transfer(r.Transfer.CountryCode, _countries.GetValueOrDefault(r.Transfer.CountryCode), r.Transfer.LegalBasisCode);
                return new Register.Domain.Activities.ActivityRecipient(r.Code, facts.Kind, facts.Contract, transfer)
                {
                    Authority = facts.Authority,
                    DocumentReference = facts.DocumentReference,
                };
            }).ToList(),
            Retention = c.Retention,
            ProtectionMeasureCodes = c.ProtectionMeasureCodes,
            InformationSystemCodes = c.InformationSystemCodes,
            StartDate = c.StartDate,
            ReviewDueDate = c.ReviewDueDate,
            LastApprovedOn = state.LastApprovedOn,
            EstimatedSubjects = c.EstimatedSubjects,
            IncludesMinorsUnder16 = c.IncludesMinorsUnder16,
        };
    }

    private sealed class CodeValue
    {
        public string Code { get; init; } = "";
        public string Value { get; init; } = "";
    }

    private sealed class DataCategoryFact
    {
        public string Code { get; init; } = "";
        public string Category { get; init; } = "";
        public bool? UsedForUniqueIdentification { get; init; }
        public bool Depersonalised { get; init; }
    }

    private sealed record RecipientFacts(RecipientKind Kind, RecipientContract? Contract, AuthorityKind Authority, string? DocumentReference)
    {
        public static readonly RecipientFacts Unknown = new(RecipientKind.ThirdParty, null, AuthorityKind.Contract, null);
    }

    private sealed class CountryFact
    {
        public string Code { get; init; } = "";
        public bool Adequate { get; init; }
    }

    private sealed class RecipientFact
    {
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? ContractNumber { get; init; }
        public DateTime? ContractDate { get; init; }
        public string? ContractPurposes { get; init; }
        public bool? ContractConfidentiality { get; init; }
        public string AuthorityKind { get; init; } = "";
        public string? DocumentReference { get; init; }

        public bool HasContract => ContractNumber is not null || ContractDate is not null || ContractPurposes is not null || ContractConfidentiality is not null;
    }
}
