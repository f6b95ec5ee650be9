using Register.Api.Features.Activities;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Reports;

/// <summary>What the report's entries (scope and filter applied) say about one information resource.</summary>
internal sealed class SystemUse
{
    public List<ReportRef> Entries { get; } = [];
    public SortedSet<NpdpcCategory> Categories { get; } = [];
    public SortedSet<string> AuthorizedPersons { get; } = new(StringComparer.Ordinal);

    /// <summary>Each distinct retention rule (in words), with the entries (and data categories) that keep data by it.</summary>
    public Dictionary<string, List<string>> Retention { get; } = new(StringComparer.Ordinal);
}

/// <summary>The information resources a systems report lists, and what the report's entries say about each.</summary>
internal static class ReportSystems
{
    /// <summary>
    /// One pass over the report's entries, folded per system: the entries using it, the NPDPC categories of their
    /// data, their authorized persons (Art. 7 processors) and their retention rules. Memory grows with the
    /// systems and with the entry codes listed against them (which are the report's content), not with the entries' bodies.
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
                var retention = RetentionOf(entry, catalogs, lang);

                foreach (var code in entry.InformationSystemCodes.Distinct(StringComparer.Ordinal))
                {
                    if (!usage.TryGetValue(code, out var use)) usage[code] = use = new SystemUse();
                    use.Entries.Add(new ReportRef(entry.Code, entry.Title));
                    use.Categories.UnionWith(categories);
                    use.AuthorizedPersons.UnionWith(processors);
                    foreach (var (rule, who) in retention)
                    {
                        if (!use.Retention.TryGetValue(rule, out var list)) use.Retention[rule] = list = [];
                        list.Add(who);
                    }
                }
            }
        }
        return usage;
    }

    private static IEnumerable<(string Rule, string Who)> RetentionOf(ActivityResponse entry, ReportCatalogs catalogs, string lang)
    {
        yield return (ReportText.Retention(entry.Retention, lang), entry.Code);
        foreach (var category in entry.DataCategories.Where(d => d.Retention is not null))
        {
            yield return (ReportText.Retention(category.Retention, lang), $"{entry.Code} / {catalogs.Ref(catalogs.DataCategories, category.Code).Name}");
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
