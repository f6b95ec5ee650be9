using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Rules;

/// <summary>Questions several rules ask about an entry's legal bases.</summary>
internal static class BasisFacts
{
    /// <summary>Some purpose of the entry rests on the subject's consent (Art. 5).</summary>
    public static bool HasConsentBasis(this ActivitySnapshot activity) =>
        activity.AllBases.Any(b => b.Kind == LegalBasisKind.Consent);

    /// <summary>Some purpose rests on consent or on a case for special data without consent (Art. 8 p.2).</summary>
    public static bool HasConsentOrSpecialBasis(this ActivitySnapshot activity) =>
        activity.AllBases.Any(b => b.Kind is LegalBasisKind.Consent or LegalBasisKind.Special);
}
