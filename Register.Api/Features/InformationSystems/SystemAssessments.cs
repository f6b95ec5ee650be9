using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Systems;

namespace Register.Api.Features.InformationSystems;

/// <summary>
/// Assesses information systems (<see cref="InformationSystemAssessment"/>) from the register entries that use
/// them, loaded in bulk: four queries per batch of systems, whatever the number of systems and entries. The
/// entries are minimal <see cref="ActivitySnapshot"/>s holding only what the assessment reads. Used by the
/// systems' endpoints and by the activities' rule 11.
/// </summary>
internal static class SystemAssessments
{
    // SQL Server accepts at most 2,100 parameters per statement; each code of IN @Codes is one.
    private const int BatchSize = 500;

    public const string SystemFactsSql = """
        SELECT code AS Code, kind AS Kind, connected_to_public_network AS ConnectedToPublicNetwork
        FROM information_systems WHERE code IN @Codes
        """;

    public const string ActivityFactsSql = """
        SELECT x.system_code AS SystemCode, a.id AS Id, a.code AS Code, a.status AS Status,
               a.estimated_subjects AS EstimatedSubjects, a.includes_minors_under16 AS IncludesMinorsUnder16
        FROM activity_information_systems x JOIN activities a ON a.id = x.activity_id
        WHERE x.system_code IN @Codes
        """;

    public const string ActivityDataCategoriesSql = """
        SELECT d.activity_id AS ActivityId, c.code AS Code, c.npdpc_category AS NpdpcCategory
        FROM activity_data_categories d JOIN data_categories c ON c.code = d.data_category_code
        WHERE d.activity_id IN (SELECT x.activity_id FROM activity_information_systems x WHERE x.system_code IN @Codes)
        """;

    // Only recipients with a transfer: the assessment reads nothing else about recipients.
    public const string ActivityTransfersSql = """
        SELECT r.activity_id AS ActivityId, r.recipient_code AS RecipientCode, p.kind AS RecipientKind,
               r.transfer_country_code AS CountryCode, c.adequate_protection AS CountryAdequate,
               r.transfer_legal_basis_code AS LegalBasisCode
        FROM activity_recipients r
        JOIN countries c ON c.code = r.transfer_country_code
        JOIN recipients p ON p.code = r.recipient_code
        WHERE r.activity_id IN (SELECT x.activity_id FROM activity_information_systems x WHERE x.system_code IN @Codes)
        """;

    /// <summary>The assessment of each system whose code is given; codes of systems that do not exist are left out.</summary>
    internal static async Task<IReadOnlyDictionary<string, SystemAssessment>> ForAsync(DbSession session, IReadOnlyCollection<string> systemCodes)
    {
        var assessments = new Dictionary<string, SystemAssessment>(StringComparer.Ordinal);
        foreach (var batch in systemCodes.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var parameters = new { Codes = batch };
            var systems = await session.QueryAsync<SystemFactRow>(SystemFactsSql, parameters);
            var uses = (await session.QueryAsync<ActivityFactRow>(ActivityFactsSql, parameters)).ToList();
            var categories = (await session.QueryAsync<DataCategoryRow>(ActivityDataCategoriesSql, parameters)).ToLookup(r => r.ActivityId);
            var transfers = (await session.QueryAsync<TransferRow>(ActivityTransfersSql, parameters)).ToLookup(r => r.ActivityId);

            var snapshots = uses.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => Snapshot(g.First(), g.Select(u => u.SystemCode), categories[g.Key], transfers[g.Key]));
            var usersOf = uses.ToLookup(u => u.SystemCode, u => snapshots[u.Id], StringComparer.Ordinal);
            foreach (var system in systems)
            {
                assessments[system.Code] = InformationSystemAssessment.Assess(system.ToFacts(), usersOf[system.Code]);
            }
        }
        return assessments;
    }

    // InformationSystemCodes holds only the systems of this batch that the entry uses: all the assessment needs.
    private static ActivitySnapshot Snapshot(
        ActivityFactRow activity, IEnumerable<string> systemCodes, IEnumerable<DataCategoryRow> categories, IEnumerable<TransferRow> transfers) => new()
    {
        Code = activity.Code,
        Status = KebabEnum.Parse<ActivityStatus>(activity.Status),
        DataCategories = categories.Select(c => new ActivityDataCategory(c.Code, KebabEnum.Parse<NpdpcCategory>(c.NpdpcCategory))).ToList(),
        Recipients = transfers.Select(t => new ActivityRecipient(t.RecipientCode, KebabEnum.Parse<RecipientKind>(t.RecipientKind),
            Transfer: new Transfer(t.CountryCode, t.CountryAdequate, t.LegalBasisCode))).ToList(),
        EstimatedSubjects = activity.EstimatedSubjects,
        IncludesMinorsUnder16 = activity.IncludesMinorsUnder16,
        InformationSystemCodes = systemCodes.Distinct(StringComparer.Ordinal).ToList(),
    };

    private sealed class SystemFactRow
    {
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public bool ConnectedToPublicNetwork { get; init; }

        public SystemFacts ToFacts() => new(Code, KebabEnum.Parse<InformationSystemKind>(Kind), ConnectedToPublicNetwork);
    }

    private sealed class ActivityFactRow
    {
        public string SystemCode { get; init; } = "";
        public int Id { get; init; }
        public string Code { get; init; } = "";
        public string Status { get; init; } = "";
        public int? EstimatedSubjects { get; init; }
        public bool IncludesMinorsUnder16 { get; init; }
    }

    private sealed class DataCategoryRow
    {
        public int ActivityId { get; init; }
        public string Code { get; init; } = "";
        public string NpdpcCategory { get; init; } = "";
    }

    private sealed class TransferRow
    {
        public int ActivityId { get; init; }
        public string RecipientCode { get; init; } = "";
        public string RecipientKind { get; init; } = "";
        public string CountryCode { get; init; } = "";
        public bool CountryAdequate { get; init; }
        public string? LegalBasisCode { get; init; }
    }
}
