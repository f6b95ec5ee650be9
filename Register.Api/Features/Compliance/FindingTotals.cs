using System.Collections.Concurrent;
using Register.Api.Infrastructure.Database;
using Register.Domain.Rules;

namespace Register.Api.Features.Compliance;

/// <summary>How many findings the current (not retired) entries in a scope have, by severity and by rule.</summary>
public sealed record FindingTotals(int Errors, int Warnings, IReadOnlyDictionary<string, int> ByRule)
{
    // Per database, change number, day and scope. Assessing a 10,000-entry register takes over a second, and the overview
    // asks for these totals on every visit; they hold while the register's change number (advanced by every write, in any
    // process) and the Minsk date (rule 10 reads today) are the same.
    private static readonly ConcurrentDictionary<(string Database, long Change, DateOnly Today, string Scope), FindingTotals> Cache = new();
    private const int MaxCached = 64;

    /// <summary>The totals for <paramref name="scope"/> (null: the whole register) as the session sees the register.</summary>
    internal static async Task<FindingTotals> OfAsync(DbSession session, IReadOnlyCollection<string>? scope, DateOnly today)
    {
        var key = (session.DatabaseKey, (await session.NumbersAsync()).Change, today,
            scope is null ? "*" : string.Join('\n', scope.Order(StringComparer.Ordinal)));
        if (Cache.TryGetValue(key, out var cached)) return cached;

        int errors = 0, warnings = 0;
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        await Compliance.ForEachCurrentAsync(session, scope, department: null, today, assessed =>
        {
            foreach (var finding in assessed.Findings)
            {
                if (finding.Severity == Severity.Error) errors++;
                else warnings++;
                byRule[finding.Rule] = byRule.GetValueOrDefault(finding.Rule) + 1;
            }
        });
        var totals = new FindingTotals(errors, warnings, byRule);
        // Older numbers are never asked for again once a write has moved the register on.
        if (Cache.Count >= MaxCached) Cache.Clear();
        Cache[key] = totals;
        return totals;
    }
}
