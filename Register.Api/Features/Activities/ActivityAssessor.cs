using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Rules;

namespace Register.Api.Features.Activities;

/// <summary>An activity as the register computes it: the domain snapshot and the law's findings.</summary>
public sealed record AssessedActivity(ActivityState State, ActivitySnapshot Snapshot, IReadOnlyList<Finding> Findings)
{
    public ActivityResponse ToResponse() => ActivityResponse.From(State, Snapshot, Findings);
}

/// <summary>
/// Resolves the catalog facts the rules need (NPDPC categories, basis kinds, processors' contracts, countries'
/// adequacy, systems needing the operator registry) for a batch of activities in a few queries, and runs
/// the law's rules (Register.Domain) on each.
/// </summary>
internal static class ActivityAssessor
{
    public const string DataCategoryFactsSql = "SELECT code AS Code, npdpc_category AS Value FROM data_categories WHERE code IN @Codes";
    public const string LegalBasisFactsSql = "SELECT code AS Code, kind AS Value FROM legal_bases WHERE code IN @Codes";
    public const string CountryFactsSql = "SELECT code AS Code, adequate_protection AS Adequate FROM countries WHERE code IN @Codes";
    public const string RecipientFactsSql = """
        SELECT code AS Code, kind AS Kind, contract_number AS ContractNumber, contract_date AS ContractDate,
               contract_purposes AS ContractPurposes, contract_confidentiality AS ContractConfidentiality
        FROM recipients WHERE code IN @Codes
        """;
    public const string RecipientActionsSql = "SELECT recipient_code AS Code, action_code AS Value FROM recipient_contract_actions WHERE recipient_code IN @Codes ORDER BY recipient_code, ordinal";
    public const string RecipientMeasuresSql = "SELECT recipient_code AS Code, measure_code AS Value FROM recipient_contract_measures WHERE recipient_code IN @Codes ORDER BY recipient_code, ordinal";

    public static async Task<AssessedActivity> AssessAsync(DbSession session, ActivityState state, DateOnly today) =>
        (await AssessAsync(session, [state], today))[0];

    public static async Task<IReadOnlyList<AssessedActivity>> AssessAsync(DbSession session, IReadOnlyList<ActivityState> states, DateOnly today)
    {
        if (states.Count == 0) return [];
        var facts = await CatalogFacts.LoadAsync(session, states.Select(s => s.Content).ToList());
        var snapshots = states.Select(facts.Snapshot).ToList();

        var systemCodes = states.SelectMany(s => s.Content.InformationSystemCodes).Distinct(StringComparer.Ordinal).ToList();
        var assessments = await SystemAssessments.ForAsync(session, systemCodes);
        var context = new RuleContext(today, assessments.Where(a => a.Value.OperatorRegistryRequired).Select(a => a.Key).ToHashSet(StringComparer.Ordinal));

        return states.Select((state, i) => new AssessedActivity(state, snapshots[i], ActivityRules.Evaluate(snapshots[i], context))).ToList();
    }

    private sealed class CatalogFacts
    {
        private readonly Dictionary<string, NpdpcCategory> _dataCategories;
        private readonly Dictionary<string, LegalBasisKind> _bases;
        private readonly Dictionary<string, bool> _countries;
        private readonly Dictionary<string, (RecipientKind Kind, RecipientContract? Contract)> _recipients;

        private CatalogFacts(Dictionary<string, NpdpcCategory> dataCategories, Dictionary<string, LegalBasisKind> bases,
            Dictionary<string, bool> countries, Dictionary<string, (RecipientKind, RecipientContract?)> recipients)
        {
            _dataCategories = dataCategories;
            _bases = bases;
            _countries = countries;
            _recipients = recipients;
        }

        public static async Task<CatalogFacts> LoadAsync(DbSession session, IReadOnlyList<ActivityContent> contents)
        {
            var dataCodes = contents.SelectMany(c => c.DataCategories.Select(d => d.Code)).Distinct().ToList();
            var basisCodes = contents.SelectMany(c => c.Purposes.SelectMany(p => p.LegalBasisCodes)).Distinct().ToList();
            var recipientCodes = contents.SelectMany(c => c.Recipients.Select(r => r.Code)).Distinct().ToList();
            var countryCodes = contents.SelectMany(c => c.Recipients.Select(r => r.Transfer?.CountryCode)).OfType<string>().Distinct().ToList();

            var dataCategories = (await Query<CodeValue>(session, DataCategoryFactsSql, dataCodes))
                .ToDictionary(r => r.Code, r => KebabEnum.Parse<NpdpcCategory>(r.Value), StringComparer.Ordinal);
            var bases = (await Query<CodeValue>(session, LegalBasisFactsSql, basisCodes))
                .ToDictionary(r => r.Code, r => KebabEnum.Parse<LegalBasisKind>(r.Value), StringComparer.Ordinal);
            var countries = (await Query<CountryFact>(session, CountryFactsSql, countryCodes))
                .ToDictionary(r => r.Code, r => r.Adequate, StringComparer.Ordinal);

            var actions = (await Query<CodeValue>(session, RecipientActionsSql, recipientCodes)).ToLookup(r => r.Code, r => r.Value);
            var measures = (await Query<CodeValue>(session, RecipientMeasuresSql, recipientCodes)).ToLookup(r => r.Code, r => r.Value);
            var recipients = (await Query<RecipientFact>(session, RecipientFactsSql, recipientCodes)).ToDictionary(
                r => r.Code,
                r => (KebabEnum.Parse<RecipientKind>(r.Kind), r.HasContract || actions[r.Code].Any() || measures[r.Code].Any()
                    ? new RecipientContract(r.ContractNumber, r.ContractDate is { } d ? DateOnly.FromDateTime(d) : null, r.ContractPurposes,
                        actions[r.Code].ToList(), r.ContractConfidentiality == true, measures[r.Code].ToList())
                    : (RecipientContract?)null),
                StringComparer.Ordinal);

            return new CatalogFacts(dataCategories, bases, countries, recipients);
        }

        public ActivitySnapshot Snapshot(ActivityState state)
        {
            var c = state.Content;
            return new ActivitySnapshot
            {
                Code = state.Code,
                DepartmentCode = c.DepartmentCode,
                Status = state.Status,
                SubjectCategoryCodes = c.SubjectCategoryCodes,
                DataCategories = c.DataCategories.Select(d => new Register.Domain.Activities.ActivityDataCategory(
                    d.Code, _dataCategories.GetValueOrDefault(d.Code, NpdpcCategory.Other), d.Retention)).ToList(),
                Purposes = c.Purposes.Select(p => new Purpose(p.Text,
                    p.LegalBasisCodes.Select(code => new LegalBasisRef(code, _bases.GetValueOrDefault(code, LegalBasisKind.General))).ToList(),
                    p.LegalReference)).ToList(),
                Recipients = c.Recipients.Select(r =>
                {
                    var (kind, contract) = _recipients.GetValueOrDefault(r.Code, (RecipientKind.ThirdParty, null));
                    var transfer = r.Transfer is null ? null
                        : new Transfer(r.Transfer.CountryCode, _countries.GetValueOrDefault(r.Transfer.CountryCode), r.Transfer.LegalBasisCode);
                    return new Register.Domain.Activities.ActivityRecipient(r.Code, kind, contract, transfer);
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

        private static async Task<IEnumerable<T>> Query<T>(DbSession session, string sql, IReadOnlyList<string> codes) =>
            codes.Count == 0 ? [] : await session.QueryAsync<T>(sql, new { Codes = codes });
    }

    private sealed class CodeValue
    {
        public string Code { get; init; } = "";
        public string Value { get; init; } = "";
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

        public bool HasContract => ContractNumber is not null || ContractDate is not null || ContractPurposes is not null || ContractConfidentiality is not null;
    }
}
