using NUnit.Framework;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule08ConsentWithOtherBasisTests
{
    [Test]
    public void Consent_beside_an_art6_basis_for_one_purpose_is_an_error()
    {
        var entry = Complete() with
        {
            Purposes = [PurposeOf("Payroll", Bases.Employment), PurposeOf("Concluding a contract", Bases.Contract, Bases.Consent)],
        };

        var findings = entry.FindingsOf(Rule08ConsentWithOtherBasis.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)),
            Is.EqualTo(new[] { (Severity.Error, (string?)"purposes[1].legalBasisCodes") }));
        Assert.That(findings[0].Message.En, Does.Contain("5-5/1565").And.Contain("§5").And.Contain("violation"));
        Assert.That(ActivityRules.HasErrors(ActivityRules.Evaluate(entry, Context)), Is.True, "an error blocks review and approval");
    }

    [Test]
    public void Consent_beside_an_art8_basis_for_one_purpose_is_an_error()
    {
        var entry = Complete() with { Purposes = [PurposeOf("Sick-leave records", Bases.SpecialEmployment, Bases.Consent)] };

        Assert.That(entry.FindingsOf(Rule08ConsentWithOtherBasis.Code).Select(f => f.Severity), Is.EqualTo(new[] { Severity.Error }));
    }

    [Test]
    public void Consent_alone_is_not_flagged()
    {
        var entry = Complete() with { Purposes = [PurposeOf("Newsletter for alumni", Bases.Consent)] };

        Assert.That(entry.FindingsOf(Rule08ConsentWithOtherBasis.Code), Is.Empty);
    }

    [Test]
    public void Consent_and_another_basis_in_different_purposes_are_not_flagged()
    {
        var entry = Complete() with
        {
            Purposes = [PurposeOf("Payroll", Bases.Employment), PurposeOf("Newsletter for alumni", Bases.Consent)],
        };

        Assert.That(entry.FindingsOf(Rule08ConsentWithOtherBasis.Code), Is.Empty);
    }
}
