using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Catalogs;
using Register.Domain.Systems;

namespace Register.Api.Features.InformationSystems;

/// <summary>
/// Assesses information systems (<see cref="InformationSystemAssessment"/>) from the register entries that use
/// them. Used by the systems' endpoints, the reports and the activities' rule 11, so on every read of an entry.
/// <para>
/// A shared system (document management, mail) is used by a large share of the register, and reading all its
/// users on every request made each read cost O(register). So each system's users are kept in memory, each as
/// its few-byte <see cref="SystemContribution"/> by activity id, with their sum (<see cref="SystemUsage"/>), from
/// which a system is assessed in O(1). They are valid for one value of the register's change number
/// (<see cref="Db.NumbersSql"/>), which every write transaction advances: a read finds the number unchanged
/// and reuses them, in this process or after any other process's write alike.
/// </para>
/// <para>
/// A write of activities (the only writes that change who uses a system, and they change nothing else) patches
/// the contributions of the entries it changed, inside its transaction, and hands the next number's users on when
/// it commits. The contributions are persistent maps, so a patch of k entries costs O(k log n) and shares the rest
/// with the previous number: neither reads nor writes rescan a shared system. Other writes (catalogs: a data
/// category's NPDPC category, a country's adequacy) simply leave the next number without users, and they are read
/// again when asked for.
/// </para>
/// </summary>
internal static partial class SystemAssessments
{
    // SQL Server accepts at most 2,100 parameters per statement; each code of IN @Codes is one.
    private const int BatchSize = 500;

    public const string SystemFactsSql = """
        SELECT code AS Code, kind AS Kind, connected_to_public_network AS ConnectedToPublicNetwork
        FROM information_systems
        """;

    // What the assessment reads of the systems themselves, whole: a catalog, kept while the catalogs' number holds.
    private static readonly CatalogCache<Dictionary<string, SystemFacts>> Facts = new(async session =>
        (await session.QueryAsync<SystemFactRow>(SystemFactsSql)).ToDictionary(r => r.Code, r => r.ToFacts(), StringComparer.Ordinal));

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

        var number = (await session.NumbersAsync()).Change;
        var users = session.IsWrite ? await StateOf(session).UsersAsync(session, number, codes) : await UsersAsync(session, CacheOf(session), number, codes);
        var facts = await Facts.GetAsync(session);
        foreach (var code in codes)
        {
            if (facts.TryGetValue(code, out var system)) assessments[code] = InformationSystemAssessment.Assess(system, users[code].Usage);
        }
        return assessments;
    }

    /// <summary>How many systems' users this process has read from the database (for tests: each is read once per change number).</summary>
    internal static int SystemReadsOf(string databaseKey) => Caches.TryGetValue(databaseKey, out var cache) ? Volatile.Read(ref cache.SystemReads) : 0;

    /// <summary>Records that this write inserts, changes or deletes the entry: its systems' users are patched at commit.</summary>
    internal static void Changed(DbSession session, int activityId) => StateOf(session).ChangedIds.Add(activityId);

    private static async Task<Dictionary<string, SystemUsers>> UsersAsync(DbSession session, DatabaseCache cache, long number, IReadOnlyList<string> codes)
    {
        var generation = cache.GenerationAt(number, create: true);
        var result = new Dictionary<string, SystemUsers>(StringComparer.Ordinal);
        if (generation is null)
        {
            // An older number than the process has moved on to: nothing to share with, read them for this session.
            foreach (var (code, loaded) in await LoadAsync(session, codes)) result[code] = loaded;
            return result;
        }

        var mine = new List<(string Code, TaskCompletionSource<SystemUsers> Load)>();
        var theirs = new List<(string Code, Task<SystemUsers> Load)>();
        foreach (var code in codes)
        {
            if (generation.Systems.TryGetValue(code, out var cached))
            {
                result[code] = cached;
                continue;
            }
            var load = new TaskCompletionSource<SystemUsers>(TaskCreationOptions.RunContinuationsAsynchronously);
            var loading = generation.Loading.GetOrAdd(code, load.Task);
            if (loading == load.Task) mine.Add((code, load));
            else theirs.Add((code, loading));
        }

        if (mine.Count > 0)
        {
            Interlocked.Add(ref cache.SystemReads, mine.Count);
            await LoadSharedAsync(session, generation, mine, result);
        }
        foreach (var (code, load) in theirs)
        {
            try
            {
                result[code] = await load.WaitAsync(session.CancellationToken);
            }
            catch (Exception) when (!session.CancellationToken.IsCancellationRequested)
            {
                // The session reading it failed or was cancelled (its client went away): read it here instead.
                result[code] = (await LoadAsync(session, [code]))[code];
            }
        }
        return result;
    }

    private static async Task LoadSharedAsync(DbSession session, Generation generation,
        List<(string Code, TaskCompletionSource<SystemUsers> Load)> mine, Dictionary<string, SystemUsers> result)
    {
        try
        {
            var loaded = await LoadAsync(session, mine.Select(m => m.Code).ToList());
            foreach (var (code, load) in mine)
            {
                result[code] = generation.Systems.GetOrAdd(code, loaded[code]);
                load.SetResult(result[code]);
            }
        }
        catch (Exception exception)
        {
            foreach (var (_, load) in mine) load.TrySetException(exception);
            throw;
        }
        finally
        {
            foreach (var (code, load) in mine) generation.Loading.TryRemove(new KeyValuePair<string, Task<SystemUsers>>(code, load.Task));
        }
    }

    private static WriteState StateOf(DbSession session) => Writes.GetValue(session, s =>
    {
        var state = new WriteState(CacheOf(s));
        s.BeforeCommit(() => state.PrepareAsync(s));
        s.AfterCommit(state.Publish);
        return state;
    });

    private sealed class SystemFactRow
    {
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public bool ConnectedToPublicNetwork { get; init; }

        public SystemFacts ToFacts() => new(Code, KebabEnum.Parse<InformationSystemKind>(Kind), ConnectedToPublicNetwork);
    }
}
