using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 8 (error): when a purpose already rests on a case without consent (ст. 6 or ст. 8 п. 2), asking for consent as well
/// is a violation, not a harmless extra. NPDPC clarification No. 5-5/1565 of 17.09.2025, §5: «если обработка персональных
/// данных осуществляется на одном из оснований, перечисленных в статье 6 и (или) пункте 2 статьи 8 Закона, получать согласие
/// субъекта персональных данных на обработку его персональных данных (независимо от цели обработки) не требуется. Такое
/// согласие является избыточной обработкой персональных данных и нарушением Закона, что влечет административную и иную
/// ответственность согласно статье 19 Закона и иным законодательным актам.» One error per such purpose.
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
                Severity.Error,
                new FindingMessage(
                    ru: $"Цель обработки № {i + 1} опирается и на основание, не требующее согласия (ст. 6 или ст. 8 п. 2), и на согласие субъекта персональных данных; НЦЗПД называет такое согласие «избыточной обработкой персональных данных и нарушением Закона» (разъяснение № 5-5/1565 от 17.09.2025, § 5). Уберите согласие у этой цели или выделите данные, для которых согласие действительно нужно, в отдельную цель.",
                    en: $"Purpose {i + 1} rests on a basis that needs no consent (Art. 6 or Art. 8 p.2) and on consent as well; the NPDPC calls such consent excessive processing and a violation of the Law (clarification No. 5-5/1565 of 17.09.2025, §5). Remove consent from this purpose, or split the data that truly needs consent into a purpose of its own."),
                $"purposes[{i}].legalBasisCodes");
        }
    }
}
