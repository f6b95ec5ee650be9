using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 12 (error): a purpose resting on "duties (powers) provided by legislative acts" (ст. 6 абз. 20, ст. 8 п. 2 абз. 17) or on
/// "other cases expressly provided by legislative acts" (ст. 6 абз. 21, ст. 8 п. 2 абз. 18) names the act in its legal reference.
/// </summary>
/// <remarks>
/// <para>For duties: NPDPC clarifications of 03.12.2021 (as revised 24.04.2025), п. 15: «Если обработка персональных данных
/// необходима для выполнения обязанностей (полномочий), предусмотренных законодательными актами, наряду со ссылкой
/// на соответствующий абзац статьи 6 или пункта 2 статьи 8 Закона в качестве правового основания также указывается
/// законодательство, которое содержит соответствующую обязанность (полномочие).» A policy may name a field of legislation
/// only, but then «информация о конкретном нормативном правовом акте и (или) его структурном элементе подлежит уточнению
/// при учете и систематизации обработок» — which is this register; hence the message asks for the act and its article.</para>
/// <para>For "other cases": these bases have no content but the act that provides the case (ст. 6 абз. 21: «в случаях,
/// когда настоящим Законом и иными законодательными актами прямо предусматривается обработка персональных данных без
/// согласия субъекта персональных данных»), and ст. 4 п. 3 says «В случае обработки персональных данных без согласия
/// субъекта персональных данных цели обработки персональных данных устанавливаются настоящим Законом и иными
/// законодательными актами». Without the act the basis says nothing; п. 15 names only the duties case, so extending the
/// rule to abz. 21 / abz. 18 is the register's reading of ст. 4 п. 3, not the NPDPC's words.</para>
/// <para>The bases are recognised by their catalog codes, which are stable (law-99z.md): an officer's own basis for the same
/// case under another code is not recognised.</para>
/// </remarks>
public static class Rule12LegislativeActNamed
{
    public const string Code = "legislative-act-reference";

    /// <summary>The codes of the four bases whose case is defined by another legislative act.</summary>
    public static readonly IReadOnlySet<string> BasesNamingAnAct = new HashSet<string>(StringComparer.Ordinal)
    {
        "by-99z-art6-legal-duty",
        "by-99z-art6-other-law",
        "by-99z-art8-legal-duty",
        "by-99z-art8-other-law",
    };

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        for (var i = 0; i < a.Purposes.Count; i++)
        {
            var purpose = a.Purposes[i];
            if (!string.IsNullOrWhiteSpace(purpose.LegalReference)) continue;
            var basis = purpose.LegalBases.FirstOrDefault(b => BasesNamingAnAct.Contains(b.Code));
            if (basis is null) continue;

            yield return new Finding(
                Code,
                Severity.Error,
                new FindingMessage(
                    ru: $"Цель обработки № {i + 1} опирается на основание {basis.Code} (обязанности или случаи, предусмотренные законодательными актами), но акт не назван; укажите законодательный акт, который устанавливает обязанность или предусматривает случай, с его статьёй или пунктом (разъяснения НЦЗПД от 03.12.2021 в редакции от 24.04.2025, п. 15).",
                    en: $"Purpose {i + 1} rests on {basis.Code} (duties or cases provided by legislative acts) but names no act; give the legislative act that sets the duty or provides the case, with its article or point (NPDPC clarifications of 03.12.2021 as revised, p. 15)."),
                $"purposes[{i}].legalReference");
        }
    }
}
