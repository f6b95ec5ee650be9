using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 6 (error): data is kept no longer than its purposes require unless legislation sets the term
/// (Art. 4), so a retention rule must be checkable: a fixed period is a positive ISO-8601 duration of at
/// most 100 years, "after an event" names the event, "per legislation" names the act. Applies to the
/// entry's retention and to each data category's override. A missing entry retention is rule 1's finding.
/// </summary>
public static class Rule06Retention
{
    public const string Code = "retention";

    /// <summary>Anything longer is a typo or an attempt at "forever", not a retention period.</summary>
    public const int MaxYears = 100;

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        var entryFinding = CheckOne(a.Retention, "retention", "The entry's retention");
        if (entryFinding is not null) yield return entryFinding;

        for (var i = 0; i < a.DataCategories.Count; i++)
        {
            var category = a.DataCategories[i];
            var finding = CheckOne(category.Retention, $"dataCategories[{i}].retention", $"The retention of data category {category.Code}");
            if (finding is not null) yield return finding;
        }
    }

    private static Finding? CheckOne(Retention? retention, string path, string subject) => retention switch
    {
        { Kind: RetentionKind.Fixed } fixedTerm => CheckPeriod(fixedTerm.Period, path + ".period", subject),
        { Kind: RetentionKind.AfterEvent, Event: var e } when string.IsNullOrWhiteSpace(e) =>
            Error($"{subject} runs until an event but does not name the event (e.g. \"end of the contract\").", path + ".event"),
        { Kind: RetentionKind.PerLegislation, Reference: var r } when string.IsNullOrWhiteSpace(r) =>
            Error($"{subject} is set by legislation but does not name the act (e.g. Minjust list No. 140 of 24.05.2012).", path + ".reference"),
        _ => null,
    };

    private static Finding? CheckPeriod(string? text, string path, string subject)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Error($"{subject} is a fixed period but no period is given; write it as an ISO-8601 duration such as P30D, P1Y or P1Y6M.", path);
        if (!IsoPeriod.TryParse(text, out var period))
            return Error($"{subject} \"{text}\" is not an ISO-8601 duration; write it like P30D, P1M, P1Y or P1Y6M (whole numbers).", path);
        if (period.IsZero)
            return Error($"{subject} {text} is zero; a fixed period must be positive.", path);
        if (period.IsLongerThanYears(MaxYears))
            return Error($"{subject} {text} is longer than {MaxYears} years; data may be kept no longer than its purposes require (Art. 4).", path);
        return null;
    }

    private static Finding Error(string message, string path) => new(Code, Severity.Error, message, path);
}
