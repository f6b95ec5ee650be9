using System.Collections.Frozen;

namespace Register.Domain.Rules;

/// <summary>
/// What the rules need besides the entry itself: the day to judge deadlines against, and the codes of
/// the information systems computed to need entry in the state register of operators (rule 11; see
/// <see cref="Systems.InformationSystemAssessment"/>). Codes are compared with the set's own comparer.
/// </summary>
public sealed record RuleContext(DateOnly Today, IReadOnlySet<string> SystemsRequiringOperatorRegistry)
{
    /// <summary>A context for <paramref name="today"/> with no system known to need the operator registry.</summary>
    public static RuleContext On(DateOnly today) => new(today, FrozenSet<string>.Empty);
}
