using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule12LegislativeActNamedTests
{
    private static IEnumerable<TestCaseData> BasesNamingAnAct() =>
    [
        new TestCaseData(Bases.LegalDuty).SetArgDisplayNames("art6 abz20"),
        new TestCaseData(Bases.OtherLaw).SetArgDisplayNames("art6 abz21"),
        new TestCaseData(Bases.SpecialLegalDuty).SetArgDisplayNames("art8 p2 abz17"),
        new TestCaseData(Bases.SpecialOtherLaw).SetArgDisplayNames("art8 p2 abz18"),
    ];

    [TestCaseSource(nameof(BasesNamingAnAct))]
    public void A_purpose_on_a_duty_or_another_case_of_legislative_acts_without_the_act_is_an_error(LegalBasisRef basis)
    {
        var entry = Complete() with
        {
            Purposes = [Complete().Purposes[0], new Purpose("Military registration of employees", [basis], LegalReference: null)],
        };

        var findings = entry.FindingsOf(Rule12LegislativeActNamed.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Error, (string?)"purposes[1].legalReference") }));
        Assert.That(findings[0].Message.En, Does.Contain(basis.Code).And.Contain("p. 15"));
        Assert.That(ActivityRules.HasErrors(ActivityRules.Evaluate(entry, Context)), Is.True, "an error blocks review and approval");
    }

    [TestCaseSource(nameof(BasesNamingAnAct))]
    public void A_purpose_on_such_a_basis_that_names_the_act_is_not_flagged(LegalBasisRef basis)
    {
        var entry = Complete() with
        {
            Purposes = [new Purpose("Military registration of employees", [basis], "Закон Республики Беларусь «О воинской обязанности и воинской службе», ст. 12")],
        };

        Assert.That(entry.FindingsOf(Rule12LegislativeActNamed.Code), Is.Empty);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_reference_names_no_act(string reference)
    {
        var entry = Complete() with { Purposes = [new Purpose("Military registration", [Bases.LegalDuty], reference)] };

        Assert.That(entry.FindingsOf(Rule12LegislativeActNamed.Code), Has.Count.EqualTo(1));
    }

    [Test]
    public void Other_bases_need_no_reference()
    {
        var entry = Complete() with
        {
            Purposes =
            [
                new Purpose("Concluding contracts with students", [Bases.Contract], LegalReference: null),
                new Purpose("Alumni newsletter", [Bases.Consent], LegalReference: null),
                new Purpose("Personnel records", [Bases.Employment, Bases.SpecialEmployment], LegalReference: null),
            ],
        };

        Assert.That(entry.FindingsOf(Rule12LegislativeActNamed.Code), Is.Empty);
    }

    [Test]
    public void One_error_per_purpose_whatever_the_number_of_such_bases()
    {
        var entry = Complete() with { Purposes = [new Purpose("Admission", [Bases.LegalDuty, Bases.SpecialLegalDuty], null)] };

        Assert.That(entry.FindingsOf(Rule12LegislativeActNamed.Code), Has.Count.EqualTo(1));
    }
}
