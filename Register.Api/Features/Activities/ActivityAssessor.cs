using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Database;
using Register.Domain.Activities;
using Register.Domain.Rules;
using Register.Domain.Systems;

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

    public static async Task<IReadOnlyList<AssessedActivity>> AssessAsync(DbSession session, IReadOnlyList<ActivityState> states, DateOnly today) =>
        states.Count == 0 ? [] : await (await BatchesAsync(session, today)).AssessAsync(session, states);

    /// <summary>
    /// An assessor for many batches read in one session (the findings across a register): the catalog facts are read
    /// once, and each system is assessed once, however many batches name it. Assessing a system reads every entry that
    /// uses it, so doing that per batch made a 10,000-entry register's findings cost seconds.
    /// </summary>
    public static async Task<Batches> BatchesAsync(DbSession session, DateOnly today) => new(await CatalogFacts.ForAsync(session), today);

    public sealed class Batches(CatalogFacts facts, DateOnly today)
    {
        private readonly Dictionary<string, SystemAssessment> _systems = new(StringComparer.Ordinal);

        public async Task<IReadOnlyList<AssessedActivity>> AssessAsync(DbSession session, IReadOnlyList<ActivityState> states)
        {
            var snapshots = states.Select(facts.Snapshot).ToList();
            var systemCodes = states.SelectMany(s => s.Content.InformationSystemCodes).Distinct(StringComparer.Ordinal).ToList();
            var missing = systemCodes.Where(code => !_systems.ContainsKey(code)).ToList();
            foreach (var (code, assessment) in await SystemAssessments.ForAsync(session, missing)) _systems[code] = assessment;
            var context = new RuleContext(today, systemCodes.Where(code => _systems.TryGetValue(code, out var a) && a.OperatorRegistryRequired)
                .ToHashSet(StringComparer.Ordinal));

            return states.Select((state, i) => new AssessedActivity(state, snapshots[i], ActivityRules.Evaluate(snapshots[i], context))).ToList();
        }
    }
}
