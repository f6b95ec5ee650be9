using NUnit.Framework;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule11OperatorRegistryTests
{
    [Test]
    public void A_system_that_needs_the_operator_registry_is_one_warning_naming_it()
    {
        var entry = Complete() with { InformationSystemCodes = ["hr-system", "cctv", "access-control"] };
        var context = new RuleContext(Today, new HashSet<string> { "cctv", "access-control", "unrelated" });

        var findings = entry.FindingsOf(Rule11OperatorRegistry.Code, context);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Warning, (string?)"informationSystemCodes") }));
        Assert.That(findings[0].Message.En, Does.Contain("cctv, access-control").And.Contain("Decree 422"));
    }

    [Test]
    public void Systems_not_needing_the_registry_are_not_flagged()
    {
        var context = new RuleContext(Today, new HashSet<string> { "cctv" });

        Assert.That(Complete().FindingsOf(Rule11OperatorRegistry.Code, context), Is.Empty);
    }

    [Test]
    public void A_context_built_for_a_day_knows_no_registry_systems()
    {
        var context = RuleContext.On(Today);

        Assert.That(context.SystemsRequiringOperatorRegistry, Is.Empty);
        Assert.That(context.Today, Is.EqualTo(Today));
    }
}
