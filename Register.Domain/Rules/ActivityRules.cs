using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// The rules of law-99z.md ("Rules" 1-12) applied to one register entry. Errors (rules 1-6, 8 and 12) block moving
/// the entry to review or approval; warnings (rules 7, 9, 10 and 11) are reported only. A draft gets the same
/// findings, as information.
/// </summary>
public static class ActivityRules
{
    private static readonly Func<ActivitySnapshot, RuleContext, IEnumerable<Finding>>[] Rules =
    [
        Rule01Completeness.Check,
        Rule02SpecialDataBasis.Check,
        Rule03SpecialDataProtection.Check,
        Rule04CrossBorder.Check,
        Rule05ProcessorContract.Check,
        Rule06Retention.Check,
        Rule07VaguePurpose.Check,
        Rule08ConsentWithOtherBasis.Check,
        Rule09ConsentRetentionWithoutConsent.Check,
        Rule10ReviewOverdue.Check,
        Rule11OperatorRegistry.Check,
        Rule12LegislativeActNamed.Check,
    ];

    /// <summary>All findings for the entry, in rule order (rule 1 first).</summary>
    public static IReadOnlyList<Finding> Evaluate(ActivitySnapshot activity, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(context);
        return Rules.SelectMany(rule => rule(activity, context)).ToList();
    }

    public static bool HasErrors(IEnumerable<Finding> findings) => findings.Any(f => f.Severity == Severity.Error);
}
