using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Systems;

namespace Register.Api.Features.InformationSystems;

/// <summary>Reading systems' users from the database, as contributions (whole systems, or the entries a write changed).</summary>
internal static partial class SystemAssessments
{
    public const string ActivityFactsSql = """
        SELECT x.system_code AS SystemCode, a.id AS Id, a.code AS Code, a.status AS Status,
               a.estimated_subjects AS EstimatedSubjects, a.includes_minors_under16 AS IncludesMinorsUnder16
        FROM activity_information_systems x JOIN activities a ON a.id = x.activity_id
        WHERE x.system_code IN @Codes
        """;

    // The assessment reads an entry's data only through the NPDPC categories it holds (as the law reads them: with
    // whether the data is used for unique identification) and whether any of it needs an OAC class: one row per kind.
    public const string ActivityCategoriesSql = """
        SELECT DISTINCT d.activity_id AS ActivityId, c.npdpc_category AS NpdpcCategory,
               c.used_for_unique_identification AS UsedForUniqueIdentification, c.depersonalised AS Depersonalised
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

    public const string ChangedActivityFactsSql = """
        SELECT x.system_code AS SystemCode, a.id AS Id, a.code AS Code, a.status AS Status,
               a.estimated_subjects AS EstimatedSubjects, a.includes_minors_under16 AS IncludesMinorsUnder16
        FROM activity_information_systems x JOIN activities a ON a.id = x.activity_id
        WHERE a.id IN @Ids
        """;

    public const string ChangedActivityCategoriesSql = """
        SELECT DISTINCT d.activity_id AS ActivityId, c.npdpc_category AS NpdpcCategory,
               c.used_for_unique_identification AS UsedForUniqueIdentification, c.depersonalised AS Depersonalised
        FROM activity_data_categories d JOIN data_categories c ON c.code = d.data_category_code
        WHERE d.activity_id IN @Ids
        """;

    public const string ChangedActivityTransfersSql = """
        SELECT r.activity_id AS ActivityId, r.recipient_code AS RecipientCode, p.kind AS RecipientKind,
               r.transfer_country_code AS CountryCode, c.adequate_protection AS CountryAdequate,
               r.transfer_legal_basis_code AS LegalBasisCode
        FROM activity_recipients r
        JOIN countries c ON c.code = r.transfer_country_code
        JOIN recipients p ON p.code = r.recipient_code
        WHERE r.activity_id IN @Ids
        """;

    /// <summary>The users of each system, read from the database (as this session sees it): one batch of queries per 500 systems.</summary>
    private static async Task<Dictionary<string, SystemUsers>> LoadAsync(DbSession session, IReadOnlyList<string> codes)
    {
        var result = new Dictionary<string, SystemUsers>(StringComparer.Ordinal);
        foreach (var batch in codes.Chunk(BatchSize))
        {
            var uses = await UsesAsync(session, ActivityFactsSql, ActivityCategoriesSql, ActivityTransfersSql, new { Codes = batch });
            foreach (var code in batch) result[code] = SystemUsers.Of(uses.TryGetValue(code, out var users) ? users : []);
        }
        return result;
    }

    /// <summary>The current state of the entries this write changed, as the contribution of each to each system it lists now.</summary>
    private static async Task<Changes> ChangesAsync(DbSession session, IReadOnlySet<int> ids)
    {
        var bySystem = new Dictionary<string, Dictionary<int, SystemContribution>>(StringComparer.Ordinal);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var uses = await UsesAsync(session, ChangedActivityFactsSql, ChangedActivityCategoriesSql, ChangedActivityTransfersSql, new { Ids = batch });
            foreach (var (code, users) in uses)
            {
                if (!bySystem.TryGetValue(code, out var system)) bySystem[code] = system = [];
                foreach (var (id, contribution) in users) system[id] = contribution;
            }
        }
        return new Changes(ids, bySystem);
    }

    /// <summary>Each system's users among the rows read, with their contributions (one computed per entry, shared by its systems).</summary>
    private static async Task<Dictionary<string, List<KeyValuePair<int, SystemContribution>>>> UsesAsync(
        DbSession session, string factsSql, string categoriesSql, string transfersSql, object parameters)
    {
        // A cold load reads a large share of the register (a shared system's entries): the big results are streamed,
        // each entry's data folded as it comes to the highest category it holds (NpdpcCategory ascends in sensitivity) and
        // whether any of it needs an OAC class, rather than held whole with their strings: measured at 100,000 entries, a
        // cold load peaked ~95 MB lower.
        var highest = new Dictionary<int, (NpdpcCategory Category, bool NeedsClass)>();
        await foreach (var row in session.QueryUnbufferedAsync<CategoryRow>(categoriesSql, parameters))
        {
            var category = DataCategoryReading.EffectiveCategory(KebabEnum.Parse<NpdpcCategory>(row.NpdpcCategory), row.UsedForUniqueIdentification);
            var needsClass = !DataCategoryReading.IsOutsideOacRegulation(category, row.Depersonalised);
            highest[row.ActivityId] = highest.TryGetValue(row.ActivityId, out var held)
                ? (held.Category > category ? held.Category : category, held.NeedsClass || needsClass)
                : (category, needsClass);
        }
        var transfers = (await session.QueryAsync<TransferRow>(transfersSql, parameters)).ToLookup(r => r.ActivityId);

        var contributions = new Dictionary<int, SystemContribution>();
        var bySystem = new Dictionary<string, List<KeyValuePair<int, SystemContribution>>>(StringComparer.Ordinal);
        await foreach (var use in session.QueryUnbufferedAsync<ActivityFactRow>(factsSql, parameters))
        {
            if (!contributions.TryGetValue(use.Id, out var contribution))
            {
                var data = highest.TryGetValue(use.Id, out var held) ? held : ((NpdpcCategory, bool)?)null;
                contributions[use.Id] = contribution = SystemContribution.Of(Snapshot(use, data, transfers[use.Id]));
            }
            if (!bySystem.TryGetValue(use.SystemCode, out var users)) bySystem[use.SystemCode] = users = [];
            users.Add(new(use.Id, contribution));
        }
        return bySystem;
    }

    // Minimal and short-lived: what a contribution is computed from. The entry's data stands as one category: the highest
    // NPDPC category it holds (named after it), depersonalised when none of its data needs an OAC class. The assessment
    // reads an entry's data only through those two facts. (An entry whose highest category is public needs no class.)
    private static ActivitySnapshot Snapshot(ActivityFactRow activity, (NpdpcCategory Category, bool NeedsClass)? data, IEnumerable<TransferRow> transfers) => new()
    {
        Code = activity.Code,
        Status = KebabEnum.Parse<ActivityStatus>(activity.Status),
        DataCategories = data is { } held ? [DataOf[(held.Category, !held.NeedsClass)]] : [],
        Recipients = transfers.Select(t => new ActivityRecipient(t.RecipientCode, KebabEnum.Parse<RecipientKind>(t.RecipientKind),
            Transfer: new Transfer(t.CountryCode, t.CountryAdequate, t.LegalBasisCode))).ToList(),
        EstimatedSubjects = activity.EstimatedSubjects,
        IncludesMinorsUnder16 = activity.IncludesMinorsUnder16,
    };

    private static readonly Dictionary<(NpdpcCategory, bool), ActivityDataCategory> DataOf = Enum.GetValues<NpdpcCategory>()
        .SelectMany(c => new[] { false, true }.Select(depersonalised => (Category: c, Depersonalised: depersonalised)))
        .ToDictionary(k => (k.Category, k.Depersonalised), k => new ActivityDataCategory(KebabEnum.ToKebab(k.Category), k.Category) { Depersonalised = k.Depersonalised });

    private sealed class ActivityFactRow
    {
        public string SystemCode { get; init; } = "";
        public int Id { get; init; }
        public string Code { get; init; } = "";
        public string Status { get; init; } = "";
        public int? EstimatedSubjects { get; init; }
        public bool IncludesMinorsUnder16 { get; init; }
    }

    private sealed class CategoryRow
    {
        public int ActivityId { get; init; }
        public string NpdpcCategory { get; init; } = "";
        public bool? UsedForUniqueIdentification { get; init; }
        public bool Depersonalised { get; init; }
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
