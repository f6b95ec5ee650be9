using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Systems;

namespace Register.Api.Features.InformationSystems;

/// <summary>
/// Assesses information systems (<see cref="InformationSystemAssessment"/>) from the register entries that use
/// them. Used by the systems' endpoints, the reports and the activities' rule 11, so on every read of an entry.
/// <para>
/// A shared system (document management, mail) is used by a large share of the register, and reading all its
/// users on every request made each read cost O(register). So each system's users are kept in memory as
/// minimal <see cref="ActivitySnapshot"/>s (only what the assessment reads), valid for one value of the
/// register's change number (<see cref="Db.ChangeNumberSql"/>), which every write transaction advances: a read
/// finds the number unchanged and reuses them, in this process or after any other process's write alike.
/// A write of activities (the only writes that change who uses a system, and they change nothing else) patches
/// the users it changed, inside its transaction, and hands the next number's users on when it commits, so
/// neither reads nor writes rescan a shared system. Other writes (catalogs: a data category's NPDPC category,
/// a country's adequacy) simply leave the next number without users, and they are read again when asked for.
/// </para>
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

    // The assessment reads an entry's data only through the NPDPC categories it holds: one row per category.
    public const string ActivityCategoriesSql = """
        SELECT DISTINCT d.activity_id AS ActivityId, c.npdpc_category AS NpdpcCategory
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
        SELECT DISTINCT d.activity_id AS ActivityId, c.npdpc_category AS NpdpcCategory
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

    // Per database: a process normally serves one, but test hosts (and any embedding) may serve several at once,
    // and change numbers of different databases say nothing about each other.
    private static readonly ConcurrentDictionary<string, DatabaseCache> Caches = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbSession, WriteState> Writes = new();

    private static DatabaseCache CacheOf(DbSession session) => Caches.GetOrAdd(session.DatabaseKey, _ => new DatabaseCache());

    /// <summary>The assessment of each system whose code is given; codes of systems that do not exist are left out.</summary>
    internal static async Task<IReadOnlyDictionary<string, SystemAssessment>> ForAsync(DbSession session, IReadOnlyCollection<string> systemCodes)
    {
        var assessments = new Dictionary<string, SystemAssessment>(StringComparer.Ordinal);
        var codes = systemCodes.Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0) return assessments;

        var number = await session.ExecuteScalarAsync<long>(Db.ChangeNumberSql);
        var users = session.IsWrite ? await StateOf(session).UsersAsync(session, number, codes) : await UsersAsync(session, CacheOf(session), number, codes);
        foreach (var batch in codes.Chunk(BatchSize))
        {
            foreach (var system in await session.QueryAsync<SystemFactRow>(SystemFactsSql, new { Codes = batch }))
            {
                assessments[system.Code] = users[system.Code].Assess(system.ToFacts());
            }
        }
        return assessments;
    }

    /// <summary>Records that this write inserts, changes or deletes the entry: its systems' users are patched at commit.</summary>
    internal static void Changed(DbSession session, int activityId) => StateOf(session).ChangedIds.Add(activityId);

    private static async Task<Dictionary<string, SystemUsers>> UsersAsync(DbSession session, DatabaseCache cache, long number, IReadOnlyList<string> codes)
    {
        var generation = cache.GenerationAt(number, create: true);
        var result = new Dictionary<string, SystemUsers>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var code in codes)
        {
            if (generation is not null && generation.Systems.TryGetValue(code, out var cached)) result[code] = cached;
            else missing.Add(code);
        }
        if (missing.Count == 0) return result;

        foreach (var (code, loaded) in await LoadAsync(session, missing))
        {
            result[code] = generation is null ? loaded : generation.Systems.GetOrAdd(code, loaded);
        }
        return result;
    }

    /// <summary>One database's last two generations of system users.</summary>
    private sealed class DatabaseCache
    {
        private readonly Lock _publishing = new();
        private Generation _current = new(-1);
        private Generation _previous = new(-1);

        /// <summary>The generation for this change number; a newer number starts a new one, an older one has none.</summary>
        public Generation? GenerationAt(long number, bool create)
        {
            lock (_publishing)
            {
                if (_current.Number == number) return _current;
                if (_previous.Number == number) return _previous;
                if (!create || number < _current.Number) return null;
                (_previous, _current) = (_current, new Generation(number));
                return _current;
            }
        }

        public void Publish(Generation next)
        {
            lock (_publishing)
            {
                if (next.Number > _current.Number)
                {
                    (_previous, _current) = (_current, next);
                }
                else if (next.Number == _current.Number)
                {
                    // A reader started this number meanwhile: both hold the same state; keep what it lacks.
                    foreach (var (code, users) in next.Systems) _current.Systems.TryAdd(code, users);
                }
            }
        }
    }

    private static WriteState StateOf(DbSession session) => Writes.GetValue(session, s =>
    {
        var state = new WriteState(CacheOf(s));
        s.BeforeCommit(() => state.PrepareAsync(s));
        s.AfterCommit(state.Publish);
        return state;
    });

    /// <summary>The users of each system, read from the database (as this session sees it): one batch of queries per 500 systems.</summary>
    private static async Task<Dictionary<string, SystemUsers>> LoadAsync(DbSession session, IReadOnlyList<string> codes)
    {
        var result = new Dictionary<string, SystemUsers>(StringComparer.Ordinal);
        foreach (var batch in codes.Chunk(BatchSize))
        {
            var parameters = new { Codes = batch };
            var users = await UsersOfAsync(session, ActivityFactsSql, ActivityCategoriesSql, ActivityTransfersSql, parameters);
            foreach (var code in batch) result[code] = new SystemUsers([.. users[code]]);
        }
        return result;
    }

    private static async Task<ILookup<string, User>> UsersOfAsync(DbSession session, string factsSql, string categoriesSql, string transfersSql, object parameters)
    {
        var uses = (await session.QueryAsync<ActivityFactRow>(factsSql, parameters)).ToList();
        var categories = (await session.QueryAsync<CategoryRow>(categoriesSql, parameters)).ToLookup(r => r.ActivityId);
        var transfers = (await session.QueryAsync<TransferRow>(transfersSql, parameters)).ToLookup(r => r.ActivityId);
        var snapshots = uses.GroupBy(u => u.Id).ToDictionary(g => g.Key,
            g => new User(g.Key, Snapshot(g.First(), g.Select(u => u.SystemCode), categories[g.Key], transfers[g.Key])));
        return uses.ToLookup(u => u.SystemCode, u => snapshots[u.Id], StringComparer.Ordinal);
    }

    // Minimal: what the assessment reads. A data category stands for the NPDPC category the entry holds (its code is
    // that category's name): the assessment reads an entry's data only through those categories.
    private static ActivitySnapshot Snapshot(
        ActivityFactRow activity, IEnumerable<string> systemCodes, IEnumerable<CategoryRow> categories, IEnumerable<TransferRow> transfers) => new()
    {
        Code = activity.Code,
        Status = KebabEnum.Parse<ActivityStatus>(activity.Status),
        DataCategories = categories.Select(c => new ActivityDataCategory(c.NpdpcCategory, KebabEnum.Parse<NpdpcCategory>(c.NpdpcCategory))).ToList(),
        Recipients = transfers.Select(t => new ActivityRecipient(t.RecipientCode, KebabEnum.Parse<RecipientKind>(t.RecipientKind),
            Transfer: new Transfer(t.CountryCode, t.CountryAdequate, t.LegalBasisCode))).ToList(),
        EstimatedSubjects = activity.EstimatedSubjects,
        IncludesMinorsUnder16 = activity.IncludesMinorsUnder16,
        InformationSystemCodes = systemCodes.Distinct(StringComparer.Ordinal).ToList(),
    };

    private sealed record User(int Id, ActivitySnapshot Snapshot);

    /// <summary>The entries using one system, and its assessment for the facts it was last asked with.</summary>
    private sealed class SystemUsers(IReadOnlyList<User> users)
    {
        private volatile Assessed? _assessed;

        public SystemAssessment Assess(SystemFacts facts)
        {
            if (_assessed is { } assessed && assessed.Facts == facts) return assessed.Assessment;
            var assessment = InformationSystemAssessment.Assess(facts, users.Select(u => u.Snapshot));
            _assessed = new Assessed(facts, assessment);
            return assessment;
        }

        /// <summary>These users with the changed entries replaced by their current state (itself when none of them is concerned).</summary>
        public SystemUsers Patched(string code, Changes changes)
        {
            var replacements = changes.BySystem[code].ToList();
            if (replacements.Count == 0 && !users.Any(u => changes.Ids.Contains(u.Id))) return this;
            return new SystemUsers([.. users.Where(u => !changes.Ids.Contains(u.Id)), .. replacements]);
        }

        private sealed record Assessed(SystemFacts Facts, SystemAssessment Assessment);
    }

    private sealed record Changes(IReadOnlySet<int> Ids, ILookup<string, User> BySystem)
    {
        public static readonly Changes None = new(new HashSet<int>(), Array.Empty<User>().ToLookup(u => "", StringComparer.Ordinal));
    }

    /// <summary>Every system's users as of one change number; filled as systems are asked for.</summary>
    private sealed class Generation(long number)
    {
        public long Number => number;
        public ConcurrentDictionary<string, SystemUsers> Systems { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>What one write transaction knows: the entries it changed and the users it read inside it.</summary>
    private sealed class WriteState(DatabaseCache cache)
    {
        private readonly Dictionary<string, SystemUsers> _read = new(StringComparer.Ordinal);
        private Generation? _next;

        public HashSet<int> ChangedIds { get; } = [];

        /// <summary>
        /// The users as this transaction sees them: those of the last committed number (this write advanced it by one)
        /// or read here, with the entries it changed replaced by their state now.
        /// </summary>
        public async Task<Dictionary<string, SystemUsers>> UsersAsync(DbSession session, long number, IReadOnlyList<string> codes)
        {
            var committed = cache.GenerationAt(number - 1, create: false);
            var changes = await ChangesAsync(session);
            var result = new Dictionary<string, SystemUsers>(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var code in codes)
            {
                if (_read.TryGetValue(code, out var read)) result[code] = read.Patched(code, changes);
                else if (committed is not null && committed.Systems.TryGetValue(code, out var cached)) result[code] = cached.Patched(code, changes);
                else missing.Add(code);
            }
            if (missing.Count > 0)
            {
                foreach (var (code, loaded) in await LoadAsync(session, missing)) result[code] = _read[code] = loaded;
            }
            return result;
        }

        /// <summary>Before the commit: the next number's users, from the committed ones and those read here, patched.</summary>
        public async Task PrepareAsync(DbSession session)
        {
            // A write that changed no entry may have changed a catalog the snapshots resolve: it hands nothing on.
            if (ChangedIds.Count == 0) return;
            var number = await session.ExecuteScalarAsync<long>(Db.ChangeNumberSql);
            var committed = cache.GenerationAt(number - 1, create: false);
            var changes = await ChangesAsync(session);
            var next = new Generation(number);
            if (committed is not null)
            {
                foreach (var (code, users) in committed.Systems) next.Systems[code] = users.Patched(code, changes);
            }
            foreach (var (code, users) in _read) next.Systems[code] = users.Patched(code, changes);
            _next = next;
        }

        public void Publish()
        {
            if (_next is not null) cache.Publish(_next);
        }

        private async Task<Changes> ChangesAsync(DbSession session)
        {
            if (ChangedIds.Count == 0) return Changes.None;
            var ids = ChangedIds.ToList();
            var bySystem = new List<(string System, User User)>();
            foreach (var batch in ids.Chunk(BatchSize))
            {
                var users = await UsersOfAsync(session, ChangedActivityFactsSql, ChangedActivityCategoriesSql, ChangedActivityTransfersSql, new { Ids = batch });
                bySystem.AddRange(users.SelectMany(g => g.Select(u => (g.Key, u))));
            }
            return new Changes(ChangedIds.ToHashSet(), bySystem.ToLookup(x => x.System, x => x.User, StringComparer.Ordinal));
        }
    }

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

    private sealed class CategoryRow
    {
        public int ActivityId { get; init; }
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
