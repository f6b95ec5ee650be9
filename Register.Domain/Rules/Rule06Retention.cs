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
        var entryFinding = CheckOne(a.Retention, "retention", new Subject("Срок хранения в записи", "The entry's retention"));
        if (entryFinding is not null) yield return entryFinding;

        for (var i = 0; i < a.DataCategories.Count; i++)
        {
            var category = a.DataCategories[i];
            var subject = new Subject($"Срок хранения категории данных {category.Code}", $"The retention of data category {category.Code}");
            var finding = CheckOne(category.Retention, $"dataCategories[{i}].retention", subject);
            if (finding is not null) yield return finding;
        }
    }

    /// <summary>Whose retention a message is about; the Russian is a masculine noun phrase («срок»), which the predicates agree with.</summary>
    private sealed record Subject(string Ru, string En);

    private static Finding? CheckOne(Retention? retention, string path, Subject subject) => retention switch
    {
        { Kind: RetentionKind.Fixed } fixedTerm => CheckPeriod(fixedTerm.Period, path + ".period", subject),
        { Kind: RetentionKind.AfterEvent, Event: var e } when string.IsNullOrWhiteSpace(e) => Error(
            ru: $"{subject.Ru} длится до наступления события, но событие не названо (например, «прекращение договора»).",
            en: $"{subject.En} runs until an event but does not name the event (e.g. \"end of the contract\").",
            path + ".event"),
        { Kind: RetentionKind.PerLegislation, Reference: var r } when string.IsNullOrWhiteSpace(r) => Error(
            ru: $"{subject.Ru} установлен законодательством, но акт не назван (например, постановление Министерства юстиции от 24.05.2012 № 140).",
            en: $"{subject.En} is set by legislation but does not name the act (e.g. Minjust list No. 140 of 24.05.2012).",
            path + ".reference"),
        _ => null,
    };

    private static Finding? CheckPeriod(string? text, string path, Subject subject)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Error(
                ru: $"{subject.Ru} — определённый срок, но период не указан; запишите его как длительность ISO 8601, например P30D, P1Y или P1Y6M.",
                en: $"{subject.En} is a fixed period but no period is given; write it as an ISO-8601 duration such as P30D, P1Y or P1Y6M.",
                path);
        if (!IsoPeriod.TryParse(text, out var period))
            return Error(
                ru: $"{subject.Ru} «{text}» не является длительностью ISO 8601; запишите его, например, как P30D, P1M, P1Y или P1Y6M (целыми числами).",
                en: $"{subject.En} \"{text}\" is not an ISO-8601 duration; write it like P30D, P1M, P1Y or P1Y6M (whole numbers).",
                path);
        if (period.IsZero)
            return Error(
                ru: $"{subject.Ru} {text} равен нулю; определённый срок должен быть положительным.",
                en: $"{subject.En} {text} is zero; a fixed period must be positive.",
                path);
        if (period.IsLongerThanYears(MaxYears))
            return Error(
                ru: $"{subject.Ru} {text} превышает {RussianNumbers.Count(MaxYears, "год", "года", "лет")}; персональные данные хранятся не дольше, чем этого требуют заявленные цели их обработки (ст. 4).",
                en: $"{subject.En} {text} is longer than {MaxYears} years; data may be kept no longer than its purposes require (Art. 4).",
                path);
        return null;
    }

    private static Finding Error(string ru, string en, string path) => new(Code, Severity.Error, new FindingMessage(ru, en), path);
}
