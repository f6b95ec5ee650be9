using NUnit.Framework;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule04CrossBorderTests
{
    [Test]
    public void Transfer_to_a_non_adequate_country_without_an_art9_exception_is_an_error()
    {
        var entry = Complete() with { Recipients = [StateBody(), TransferTo("US", adequate: false, exception: null)] };

        var findings = entry.FindingsOf(Rule04CrossBorder.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)),
            Is.EqualTo(new[] { (Severity.Error, (string?)"recipients[1].transfer.legalBasisCode") }));
        Assert.That(findings[0].Message.En, Does.Contain("US"));
    }

    [Test]
    public void Transfer_to_a_non_adequate_country_under_an_art9_exception_is_allowed()
    {
        var entry = Complete() with { Recipients = [TransferTo("CN", adequate: false, exception: "by-99z-art9-contract")] };

        Assert.That(entry.FindingsOf(Rule04CrossBorder.Code), Is.Empty);
    }

    [Test]
    public void Transfer_to_an_adequate_country_needs_no_exception()
    {
        var entry = Complete() with { Recipients = [TransferTo("LT", adequate: true, exception: null)] };

        Assert.That(ActivityRules.Evaluate(entry, Context), Is.Empty);
    }

    [Test]
    public void Art9_informed_consent_without_a_consent_basis_is_an_error()
    {
        var entry = Complete() with { Recipients = [TransferTo("US", adequate: false, exception: "by-99z-art9-consent-informed")] };

        var findings = ActivityRules.Evaluate(entry, Context);

        Assert.That(findings.Select(f => (f.Rule, f.Severity, f.Path)),
            Is.EqualTo(new[] { ("cross-border-consent", Severity.Error, (string?)"recipients[0].transfer.legalBasisCode") }));
    }

    [Test]
    public void Art9_informed_consent_with_a_consent_basis_is_allowed()
    {
        var entry = Complete() with
        {
            Purposes = [PurposeOf("Academic exchange with a partner university", Bases.Consent)],
            Recipients = [TransferTo("US", adequate: false, exception: "by-99z-art9-consent-informed")],
        };

        Assert.That(entry.FindingsOf(Rule04CrossBorder.ConsentCode), Is.Empty);
    }
}
