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

    /// <summary>How long an approval stands as the entry's last review.</summary>
    public const int ReviewIntervalMonths = 12;

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        if (a.ReviewDueDate is { } due && due < ctx.Today)
            yield return new Finding(
                Code,
                Severity.Warning,
                new FindingMessage(
                    ru: $"Пересмотр записи был назначен на {RussianDate(due)}; проверьте запись и назначьте новую дату пересмотра.",
                    en: $"The review of this entry was due on {due:yyyy-MM-dd}; review it and set the next review date."),
                "reviewDueDate");

        if (a.Status == ActivityStatus.Approved && a.LastApprovedOn is { } approved && approved <= ctx.Today.AddMonths(-ReviewIntervalMonths))
            yield return new Finding(
                Code,
                Severity.Warning,
                new FindingMessage(
                    ru: $"Запись утверждена {RussianDate(approved)} — {RussianNumbers.Count(ReviewIntervalMonths, "месяц", "месяца", "месяцев")} назад или раньше — и с тех пор не пересматривалась; проверьте её.",
                    en: $"The entry was approved on {approved:yyyy-MM-dd}, {ReviewIntervalMonths} or more months ago, and has not been reviewed since; review it."));
    }

    // The dates as a Russian reader writes them (the interface shows dates so too); the English keeps ISO 8601.
    private static string RussianDate(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
