using System.Runtime.CompilerServices;
using System.Text.Json;
using Register.Api.Features.Activities;
using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Systems;

namespace Register.Api.Features.Reports;

/// <summary>
/// The register a report reads, a batch at a time: the current entries (the stored rows plus the NPDPC category and
/// cross-border flag the register computes; findings are in no report and are left empty), or with <c>asOf</c> the
/// entries as they stood at the end of that day (the documents saved in activity_versions, exactly as the API
/// returned them then). Either way an entry arrives as the contract's <see cref="ActivityResponse"/>, so the reports
/// cannot tell the two apart. Retired entries are left out: they no longer process data. Entries come in the order
/// they were registered (their id), read by keyset a batch at a time, so memory holds one batch, never the register.
/// <para>
/// Each batch is read in its own short read transaction, and none is open while rows are written to the client.
/// A report of a large register takes seconds and its download as long as the client likes; a transaction held
/// that long would hold SQLite's shared lock (no writer could commit) or SQL Server's repeatable-read locks on
/// every row read. The price: today's register is consistent within a batch, not across batches (an entry saved
/// while the report is written appears as its batch found it). History does not change, so an <c>asOf</c> report
/// of a past day is exact.
/// </para>
/// </summary>
internal sealed class ReportSource(Db db, ReportRequest request, ReportCatalogs catalogs)
{
    /// <summary>
    /// Entries per batch. Each id of <c>IN @Ids</c> is one parameter, and SQLite finds a parameter by name with a
    /// linear scan of the statement's parameters, so binding n ids costs n² name comparisons: with 500 per batch that
    /// was a fifth of a report's CPU (measured on the supervisory XLSX of 10,000 entries), with 100 it is negligible.
    /// (It also keeps well below SQL Server's 2,100 parameters.)
    /// </summary>
    public const int BatchSize = 100;

    /// <summary>
    /// The next page of entry ids, in the order the entries were registered. Keyset on the primary key, so every
    /// page costs the same however large the register (no OFFSET, no sort of the whole table).
    /// </summary>
    public const string CurrentPageSql = """
        SELECT a.id
        FROM activities a
        WHERE a.id > @AfterId
          AND a.status <> 'retired'
          AND (@Scoped = 0 OR a.department_code IN @ScopeDepartments)
          AND (@Department IS NULL OR a.department_code = @Department)
        ORDER BY a.id {{paging}}
        """;

    /// <summary>
    /// The same for a past day: each entry's latest version saved before the cut-off, unless that version is a
    /// delete (tombstone) or a retirement; the department filter applies to that version's department. The cut-off
    /// is tested only inside the sub-query (the latest version before it was saved before it), so that the outer
    /// query walks the primary key in order instead of the saved_at index.
    /// </summary>
    public const string AsOfPageSql = """
        SELECT v.activity_id
        FROM activity_versions v
        WHERE v.activity_id > @AfterId
          AND v.version = (SELECT MAX(x.version) FROM activity_versions x WHERE x.activity_id = v.activity_id AND x.saved_at < @Cutoff)
          AND v.deleted = 0 AND v.status <> 'retired'
          AND (@Scoped = 0 OR v.department_code IN @ScopeDepartments)
          AND (@Department IS NULL OR v.department_code = @Department)
        ORDER BY v.activity_id {{paging}}
        """;

    /// <summary>The documents of a page: the same latest version before the cut-off, found by the primary key.</summary>
    public const string AsOfDocumentsSql = """
        SELECT v.activity_id AS Id, v.document AS Document
        FROM activity_versions v
        WHERE v.activity_id IN @Ids
          AND v.version = (SELECT MAX(x.version) FROM activity_versions x WHERE x.activity_id = v.activity_id AND x.saved_at < @Cutoff)
        """;

    private static readonly TimeSpan MinskOffset = TimeSpan.FromHours(3);

    public ReportRequest Request => request;

    /// <summary>
    /// A read in its own transaction, for a journal: read whole, since a journal holds hundreds of records a year, not the
    /// register's thousands of entries.
    /// </summary>
    public Task<T> ReadAsync<T>(Func<DbSession, Task<T>> read, CancellationToken cancellationToken) => db.ReadAsync(read, cancellationToken);
    public ReportCatalogs Catalogs => catalogs;

    /// <summary>The end of the <c>asOf</c> day in Minsk (UTC+3 all year), in UTC as versions are stamped.</summary>
    public static DateTime CutoffOf(DateOnly asOf) =>
        new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), MinskOffset).UtcDateTime;

    /// <summary>The report's entries: the caller's scope and the department filter applied.</summary>
    public IAsyncEnumerable<IReadOnlyList<ActivityResponse>> EntriesAsync(CancellationToken cancellationToken) =>
        BatchesAsync(scoped: true, cancellationToken);

    /// <summary>
    /// Every entry whatever the caller's scope, for what is a property of a whole system (its OAC class, its
    /// registry reasons): computing it from a department's share of the entries would understate it.
    /// </summary>
    private IAsyncEnumerable<IReadOnlyList<ActivityResponse>> AllEntriesAsync(CancellationToken cancellationToken) =>
        BatchesAsync(scoped: false, cancellationToken);

    private async IAsyncEnumerable<IReadOnlyList<ActivityResponse>> BatchesAsync(bool scoped, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var afterId = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parameters = new BatchParameters(
                Scoped: scoped && request.Scope is not null ? 1 : 0,
                ScopeDepartments: (scoped ? request.Scope : null) ?? [],
                Department: scoped ? request.Department : null,
                AfterId: afterId,
                Cutoff: request.AsOf is { } asOf ? CutoffOf(asOf) : default,
                Skip: 0,
                Take: BatchSize);

            var (ids, batch) = await db.ReadAsync(session => ReadBatchAsync(session, parameters), cancellationToken);
            if (ids.Count == 0) yield break;
            afterId = ids[^1];

            if (batch.Count > 0) yield return batch;
            if (ids.Count < BatchSize) yield break;
        }
    }

    private async Task<(IReadOnlyList<int> Ids, IReadOnlyList<ActivityResponse> Batch)> ReadBatchAsync(DbSession session, BatchParameters parameters)
    {
        var ids = (await session.QueryAsync<int>(request.AsOf is null ? CurrentPageSql : AsOfPageSql, parameters)).ToList();
        if (ids.Count == 0) return ([], []);

        if (request.AsOf is null)
        {
            var states = await ActivityStore.LoadAsync(session, ids);
            return (ids, states.Select(state => ActivityResponse.From(state, Computed(state), [])).ToList());
        }

        var documents = (await session.QueryAsync<DocumentRow>(AsOfDocumentsSql, new { Ids = ids, parameters.Cutoff }))
            .ToDictionary(d => d.Id, d => d.Document);
        return (ids, ids.Select(id => JsonSerializer.Deserialize<ActivityResponse>(documents[id], RegisterJson.Options)
            ?? throw new InvalidOperationException($"The saved document of activity {id} is empty.")).ToList());
    }

    private sealed record BatchParameters(int Scoped, IReadOnlyCollection<string> ScopeDepartments, string? Department, int AfterId, DateTime Cutoff, int Skip, int Take);

    /// <summary>
    /// Each system's assessment (NPDPC category, OAC class, registry reasons) for the report's day, from all the
    /// entries using it. For the current register this is <see cref="SystemAssessments"/>, as the systems'
    /// endpoints compute it. For an earlier day the saved entries are read once more and summed per system (each
    /// entry's <see cref="SystemContribution"/> added to the <see cref="SystemUsage"/> of each system it lists), then
    /// assessed by the same domain rules; nothing per entry is kept.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SystemAssessment>> SystemAssessmentsAsync(CancellationToken cancellationToken)
    {
        if (request.AsOf is null)
        {
            return await db.ReadAsync(session => SystemAssessments.ForAsync(session, catalogs.Systems.Keys.ToList()), cancellationToken);
        }

        var usages = new Dictionary<string, SystemUsage>(StringComparer.Ordinal);
        await foreach (var batch in AllEntriesAsync(cancellationToken))
        {
            foreach (var entry in batch)
            {
                if (entry.InformationSystemCodes.Count == 0) continue;
                var contribution = SystemContribution.Of(SnapshotFor(entry));
                foreach (var code in entry.InformationSystemCodes.Distinct(StringComparer.Ordinal))
                {
                    usages[code] = usages.GetValueOrDefault(code).Add(contribution);
                }
            }
        }

        return catalogs.Systems.Values.ToDictionary(
            s => s.Code,
            s => InformationSystemAssessment.Assess(new SystemFacts(s.Code, s.SystemKind, s.ConnectedToPublicNetwork), usages.GetValueOrDefault(s.Code)),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// What the register computes on read that a report shows: the entry's NPDPC category and whether it transfers
    /// abroad, by the domain's own definitions (<see cref="ActivitySnapshot.NpdpcCategory"/>, <see cref="ActivitySnapshot.CrossBorder"/>)
    /// over the catalogs already loaded. Not <see cref="ActivityAssessor"/>: its findings appear in no report, and
    /// they cost catalog queries and every rule for every entry (measured before the systems' users were cached,
    /// when it also re-read the users of each batch's systems: 36 s instead of 11 s for the supervisory XLSX of a
    /// 10,000-entry register). An unknown data category counts as "other", as the assessor counts it.
    /// </summary>
    private ActivitySnapshot Computed(ActivityState state) => new()
    {
        Code = state.Code,
        // The category already read as the law reads it (ReportCatalogs.DataCategoryRow.Category).
        DataCategories = state.Content.DataCategories.Select(d => new Register.Domain.Activities.ActivityDataCategory(d.Code,
            catalogs.DataCategories.TryGetValue(d.Code, out var category) && category.Category is { } c ? c : NpdpcCategory.Other)).ToList(),
        Recipients = state.Content.Recipients.Select(r => new Register.Domain.Activities.ActivityRecipient(r.Code, RecipientKind.ThirdParty,
            Transfer: r.Transfer is null ? null : new Transfer(r.Transfer.CountryCode, false, r.Transfer.LegalBasisCode))).ToList(),
    };

    // What the assessment reads of an entry. The saved document carries the entry's NPDPC category as computed
    // that day (the highest of its data), which is all the system's category needs; countries' adequacy is the
    // catalog's current one (the catalogs are not versioned).
    private ActivitySnapshot SnapshotFor(ActivityResponse entry) => new()
    {
        Code = entry.Code,
        Status = entry.Status,
        DataCategories = entry.NpdpcCategory is { } category ? [new Register.Domain.Activities.ActivityDataCategory(entry.Code, category)] : [],
        Recipients = entry.Recipients.Where(r => r.Transfer is not null).Select(r => new Register.Domain.Activities.ActivityRecipient(
            r.Code,
            catalogs.Recipients.TryGetValue(r.Code, out var recipient) && recipient.RecipientKind is { } kind ? kind : RecipientKind.ThirdParty,
            Transfer: new Transfer(r.Transfer!.CountryCode,
                catalogs.Countries.TryGetValue(r.Transfer.CountryCode, out var country) && country.AdequateProtection,
                r.Transfer.LegalBasisCode))).ToList(),
        EstimatedSubjects = entry.EstimatedSubjects,
        IncludesMinorsUnder16 = entry.IncludesMinorsUnder16,
    };

    private sealed class DocumentRow
    {
        public int Id { get; init; }
        public string Document { get; init; } = "";
    }
}
