using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 4 (error): a transfer to a country without adequate protection is allowed only in a case of
/// Art. 9 p.1, so it must name one. The case "consent, the subject informed of the risks" (Art. 9 p.1
/// abz. 2) presupposes consent, so the entry must rest on a consent basis too. Transfers to adequate
/// countries need nothing here.
/// </summary>
public static class Rule04CrossBorder
{
    public const string Code = "cross-border-exception";
    public const string ConsentCode = "cross-border-consent";

    public const string InformedConsentException = "by-99z-art9-consent-informed";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        for (var i = 0; i < a.Recipients.Count; i++)
        {
            var recipient = a.Recipients[i];
            if (recipient.Transfer is not { CountryAdequate: false } transfer) continue;

            var path = $"recipients[{i}].transfer.legalBasisCode";
            if (string.IsNullOrWhiteSpace(transfer.ExceptionCode))
            {
                yield return new Finding(
                    Code,
                    Severity.Error,
                    new FindingMessage(
                        ru: $"Трансграничная передача получателю {recipient.Code} идёт в страну {transfer.CountryCode}, на территории которой не обеспечивается надлежащий уровень защиты прав субъектов персональных данных; укажите случай из ст. 9 п. 1, который её допускает.",
                        en: $"The transfer to {recipient.Code} goes to {transfer.CountryCode}, a country without adequate protection; name the Art. 9 p.1 case that allows it."),
                    path);
            }
            else if (transfer.ExceptionCode == InformedConsentException && !a.HasConsentBasis())
            {
                yield return new Finding(
                    ConsentCode,
                    Severity.Error,
                    new FindingMessage(
                        ru: $"Трансграничная передача получателю {recipient.Code} опирается на согласие субъекта персональных данных, проинформированного о рисках (ст. 9 п. 1), но ни у одной цели обработки в записи нет правового основания «согласие» (ст. 5).",
                        en: $"The transfer to {recipient.Code} relies on the subject's informed consent (Art. 9 p.1), but no purpose of the entry has a consent basis (Art. 5)."),
                    path);
            }
        }
    }
}
