using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 10 (warning): the register is what the officer shows the NPDPC, so it must describe the processing
/// as it is now. Warns when the review due date has passed, and when an approved entry was last approved
/// (approval counts as a review) 12 months ago or earlier.
/// </summary>
public static class Rule10ReviewOverdue
{
    public const string Code = "review-overdue";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        if (a.ReviewDueDate is { } due && due < ctx.Today)
            yield return new Finding(
                Code,
                Severity.Warning,
                $"The review of this entry was due on {due:yyyy-MM-dd}; review it and set the next review date.",
                "reviewDueDate");

        if (a.Status == ActivityStatus.Approved && a.LastApprovedOn is { } approved && approved <= ctx.Today.AddMonths(-12))
            yield return new Finding(
                Code,
                Severity.Warning,
                $"The entry was approved on {approved:yyyy-MM-dd}, 12 or more months ago, and has not been reviewed since; review it.");
    }
}
