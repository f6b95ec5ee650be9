using Register.Api.Features.Activities;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Reports;

/// <summary>
/// What the report's entries (scope and filter applied) say about one information resource. Every part is bounded
/// by a catalog or by <see cref="MaxRetentionRules"/>, never by the number of entries: a system used by every entry
/// of a 100,000-entry register costs the same as one used by three.
/// </summary>
internal sealed class SystemUse
{
    /// <summary>Distinct retention rules kept per system; beyond this the rest are counted, not listed.</summary>
    public const int MaxRetentionRules = 100;

    public int Entries { get; set; }
    public SortedSet<NpdpcCategory> Categories { get; } = [];
    public SortedSet<string> AuthorizedPersons { get; } = new(StringComparer.Ordinal);

    /// <summary>Each distinct retention rule in words (with the data category when a category keeps its own), and how many entries keep data by it.</summary>
    public Dictionary<string, int> Retention { get; } = new(StringComparer.Ordinal);

    /// <summary>Entries whose rule did not fit in <see cref="MaxRetentionRules"/>.</summary>
    public int OtherRetentionEntries { get; set; }

    public void AddRetention(string rule)
    {
        if (Retention.TryGetValue(rule, out var count)) Retention[rule] = count + 1;
        else if (Retention.Count < MaxRetentionRules) Retention[rule] = 1;
        else OtherRetentionEntries++;
    }
}

/// <summary>The information resources a systems report lists, and what the report's entries say about each.</summary>
internal static class ReportSystems
{
    /// <summary>
    /// One pass over the report's entries, folded per system: how many entries use it, the NPDPC categories of their
    /// data, their authorized persons (Art. 7 processors) and their retention rules.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, SystemUse>> UsageAsync(ReportSource source, CancellationToken cancellationToken)
    {
        var catalogs = source.Catalogs;
        var lang = source.Request.Lang;
        var usage = new Dictionary<string, SystemUse>(StringComparer.Ordinal);
        await foreach (var batch in source.EntriesAsync(cancellationToken))
        {
            foreach (var entry in batch)
            {
                var categories = entry.DataCategories
                    .Select(d => catalogs.DataCategories.TryGetValue(d.Code, out var c) ? c.Category : null)
                    .OfType<NpdpcCategory>().ToList();
                var processors = entry.Recipients
                    .Where(r => catalogs.Recipients.TryGetValue(r.Code, out var recipient) && recipient.RecipientKind == RecipientKind.AuthorizedPerson)
                    .Select(r => r.Code).ToList();
                var retention = RetentionOf(entry, catalogs, lang).Distinct(StringComparer.Ordinal).ToList();

                foreach (var code in entry.InformationSystemCodes.Distinct(StringComparer.Ordinal))
                {
                    if (!usage.TryGetValue(code, out var use)) usage[code] = use = new SystemUse();
                    use.Entries++;
                    use.Categories.UnionWith(categories);
                    use.AuthorizedPersons.UnionWith(processors);
                    foreach (var rule in retention) use.AddRetention(rule);
                }
            }
        }
        return usage;
    }

    // The entry's own rule, then each data category that keeps its own ("Видеоизображение: установленный срок: 30 дней").
    private static IEnumerable<string> RetentionOf(ActivityResponse entry, ReportCatalogs catalogs, string lang)
    {
        yield return ReportText.Retention(entry.Retention, lang);
        foreach (var category in entry.DataCategories.Where(d => d.Retention is not null))
        {
            yield return $"{catalogs.Ref(catalogs.DataCategories, category.Code).Name}: {ReportText.Retention(category.Retention, lang)}";
        }
    }

    /// <summary>
    /// The systems a report about systems lists: all of them for an unscoped, unfiltered report; otherwise those
    /// owned by one of the report's departments or used by one of its entries. Ordered by code.
    /// </summary>
    public static IEnumerable<ReportCatalogs.SystemRow> InScope(ReportSource source, IReadOnlyDictionary<string, SystemUse>? usage)
    {
        var request = source.Request;
        var all = request.Scope is null && request.Department is null;
        return source.Catalogs.Systems.Values
            .Where(s => all || request.Includes(s.OwnerDepartmentCode) || usage?.ContainsKey(s.Code) == true)
            .OrderBy(s => s.Code, StringComparer.Ordinal);
    }

    /// <summary>Whether <see cref="InScope"/> needs the entries at all (it does once a scope or a department applies).</summary>
    public static bool NeedsUsage(ReportRequest request) => request.Scope is not null || request.Department is not null;
}
