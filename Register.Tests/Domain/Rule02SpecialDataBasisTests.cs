using NUnit.Framework;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule02SpecialDataBasisTests
{
    [Test]
    public void Special_data_on_art6_bases_only_is_an_error()
    {
        var entry = Complete() with { DataCategories = [OtherData(), SpecialData()] };

        var findings = entry.FindingsOf(Rule02SpecialDataBasis.Code);

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Severity, Is.EqualTo(Severity.Error));
        Assert.That(findings[0].Message.En, Does.Contain("Art. 8 p.1"));
    }

    [Test]
    public void Biometric_data_on_art6_bases_only_is_an_error()
    {
        var entry = Complete() with { DataCategories = [BiometricData()] };

        Assert.That(entry.FindingsOf(Rule02SpecialDataBasis.Code), Has.Count.EqualTo(1));
    }

    [Test]
    public void Special_data_with_an_art8_basis_is_allowed()
    {
        var entry = Complete() with
        {
            DataCategories = [SpecialData()],
            Purposes = [PurposeOf("Sick-leave records", Bases.SpecialEmployment)],
        };

        Assert.That(entry.FindingsOf(Rule02SpecialDataBasis.Code), Is.Empty);
    }

    [Test]
    public void Special_data_with_consent_in_some_purpose_is_allowed()
    {
        var entry = Complete() with
        {
            DataCategories = [SpecialData()],
            Purposes = [PurposeOf("Payroll", Bases.Employment), PurposeOf("Voluntary health insurance", Bases.Consent)],
        };

        Assert.That(entry.FindingsOf(Rule02SpecialDataBasis.Code), Is.Empty);
    }

    [Test]
    public void Other_data_on_art6_bases_is_not_flagged()
    {
        Assert.That(Complete().FindingsOf(Rule02SpecialDataBasis.Code), Is.Empty);
    }
}
