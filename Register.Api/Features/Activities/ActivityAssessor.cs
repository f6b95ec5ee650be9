using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Database;
using Register.Domain.Activities;
using Register.Domain.Rules;

namespace Register.Api.Features.Activities;

/// <summary>An activity as the register computes it: the domain snapshot and the law's findings.</summary>
public sealed record AssessedActivity(ActivityState State, ActivitySnapshot Snapshot, IReadOnlyList<Finding> Findings)
{
    public ActivityResponse ToResponse() => ActivityResponse.From(State, Snapshot, Findings);
}

/// <summary>
/// Resolves the catalog facts the rules need (<see cref="CatalogFacts"/>: NPDPC categories, basis kinds, processors'
/// contracts, countries' adequacy; and the systems needing the operator registry) for a batch of activities, and runs
/// the law's rules (Register.Domain) on each.
/// </summary>
internal static class ActivityAssessor
{
    public static async Task<AssessedActivity> AssessAsync(DbSession session, ActivityState state, DateOnly today) =>
        (await AssessAsync(session, [state], today))[0];

    public static async Task<IReadOnlyList<AssessedActivity>> AssessAsync(DbSession session, IReadOnlyList<ActivityState> states, DateOnly today)
    {
        if (states.Count == 0) return [];
        var facts = await CatalogFacts.ForAsync(session);
        var snapshots = states.Select(facts.Snapshot).ToList();

        var systemCodes = states.SelectMany(s => s.Content.InformationSystemCodes).Distinct(StringComparer.Ordinal).ToList();
        var assessments = await SystemAssessments.ForAsync(session, systemCodes);
        var context = new RuleContext(today, assessments.Where(a => a.Value.OperatorRegistryRequired).Select(a => a.Key).ToHashSet(StringComparer.Ordinal));

        return states.Select((state, i) => new AssessedActivity(state, snapshots[i], ActivityRules.Evaluate(snapshots[i], context))).ToList();
    }
}
