using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 9 (warning): "until consent is withdrawn" (Art. 10) only makes sense when the processing rests on
/// consent; otherwise the data has no real end of retention. Checked on the entry's retention and on each
/// data category's override, one warning per occurrence.
/// </summary>
public static class Rule09ConsentRetentionWithoutConsent
{
    public const string Code = "consent-retention-without-consent";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        if (a.HasConsentBasis()) yield break;

        if (a.Retention?.Kind == RetentionKind.UntilConsentWithdrawn)
            yield return Warning("Срок хранения в записи", "The entry's retention", "retention.kind");

        for (var i = 0; i < a.DataCategories.Count; i++)
        {
            var category = a.DataCategories[i];
            if (category.Retention?.Kind == RetentionKind.UntilConsentWithdrawn)
                yield return Warning($"Срок хранения категории данных {category.Code}", $"The retention of data category {category.Code}", $"dataCategories[{i}].retention.kind");
        }
    }

    private static Finding Warning(string subjectRu, string subjectEn, string path) => new(
        Code,
        Severity.Warning,
        new FindingMessage(
            ru: $"{subjectRu} — «до отзыва согласия», но ни одна цель обработки в записи не опирается на согласие субъекта персональных данных (ст. 5, ст. 10); укажите действительный срок хранения.",
            en: $"{subjectEn} is \"until consent is withdrawn\", but no purpose of the entry rests on consent (Art. 5, Art. 10); state the real retention term."),
        path);
}
