using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 2 (error): special and biometric-genetic data may be processed only with the subject's consent
/// or in a case of Art. 8 p.2; the general cases of Art. 6 do not extend to them (Art. 8 p.1).
/// </summary>
public static class Rule02SpecialDataBasis
{
    public const string Code = "special-data-basis";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        if (a.HasSpecialOrBiometricData && !a.HasConsentOrSpecialBasis())
            yield return new Finding(
                Code,
                Severity.Error,
                new FindingMessage(
                    ru: "Для обработки специальных персональных данных нужно согласие субъекта персональных данных или основание из ст. 8 п. 2; одних оснований ст. 6 для них недостаточно (ст. 8 п. 1).",
                    en: "Special personal data needs the subject's consent or an Art. 8 p.2 basis; Art. 6 bases alone do not allow it (Art. 8 p.1)."),
                "purposes");
    }
}
