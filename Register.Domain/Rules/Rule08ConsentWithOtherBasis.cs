using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 8 (warning): when a purpose already rests on a case without consent (Art. 6 or Art. 8 p.2), also
/// asking for consent is excessive and misleads the subject, who cannot in fact stop the processing by
/// withdrawing it (NPDPC clarification No. 5-5/1565 of 17.09.2025). One warning per such purpose.
/// </summary>
public static class Rule08ConsentWithOtherBasis
{
    public const string Code = "consent-with-other-basis";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        for (var i = 0; i < a.Purposes.Count; i++)
        {
            var bases = a.Purposes[i].LegalBases;
            var hasConsent = bases.Any(b => b.Kind == LegalBasisKind.Consent);
            var hasOther = bases.Any(b => b.Kind is LegalBasisKind.General or LegalBasisKind.Special);
            if (!hasConsent || !hasOther) continue;

            yield return new Finding(
                Code,
                Severity.Warning,
                $"Purpose {i + 1} relies on consent as well as on a basis that needs no consent; consent is then excessive (NPDPC clarification No. 5-5/1565 of 17.09.2025). Keep one basis.",
                $"purposes[{i}].legalBasisCodes");
        }
    }
}
