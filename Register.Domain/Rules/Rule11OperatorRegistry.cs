using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 11 (warning): some of the entry's information systems are computed to need entry in the state
/// register of personal-data operators (Decree 422 sp. 3.6; OAC Order No. 94), which the context carries
/// (see <see cref="Systems.InformationSystemAssessment"/>). One warning naming all of them.
/// </summary>
public static class Rule11OperatorRegistry
{
    public const string Code = "operator-registry";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        var systems = a.InformationSystemCodes
            .Where(ctx.SystemsRequiringOperatorRegistry.Contains)
            .Distinct()
            .ToList();
        if (systems.Count == 0) yield break;

        // The English hedges with "system(s)"; Russian cannot, so the noun and its case follow the count.
        yield return new Finding(
            Code,
            Severity.Warning,
            new FindingMessage(
                ru: $"{(systems.Count == 1 ? "Информационную систему" : "Информационные системы")} {string.Join(", ", systems)} необходимо включить в реестр операторов персональных данных (Указ № 422, подп. 3.6); новую систему — в течение 10 рабочих дней после ввода в эксплуатацию.",
                en: $"Information system(s) {string.Join(", ", systems)} must be entered in the state register of personal-data operators (Decree 422 sp. 3.6); a new system within 10 working days of its launch."),
            "informationSystemCodes");
    }
}
