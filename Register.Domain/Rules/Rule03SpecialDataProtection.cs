using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 3 (error): processing special or biometric-genetic data requires protection measures
/// (Art. 8 p.3, with the measures of Art. 17), so at least one must be recorded on the entry.
/// </summary>
public static class Rule03SpecialDataProtection
{
    public const string Code = "special-data-protection";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        if (a.HasSpecialOrBiometricData && a.ProtectionMeasureCodes.Count == 0)
            yield return new Finding(
                Code,
                Severity.Error,
                new FindingMessage(
                    ru: "Обрабатываются специальные персональные данные, но не указана ни одна мера по обеспечению защиты персональных данных; укажите принятые меры по ст. 17 (ст. 8 п. 3).",
                    en: "Special personal data is processed but no protection measure is recorded; record the Art. 17 measures taken (Art. 8 p.3)."),
                "protectionMeasureCodes");
    }
}
