using NUnit.Framework;
using Register.Domain.Catalogs;
using Register.Domain.Rules;

namespace Register.Tests.Domain;

public class ActivityRulesTests
{
    [Test]
    public void Complete_snapshot_has_no_findings()
    {
        var findings = ActivityRules.Evaluate(Snapshots.Complete(), Snapshots.Context);

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void An_empty_draft_has_errors()
    {
        var findings = ActivityRules.Evaluate(new() { Code = "draft" }, Snapshots.Context);

        Assert.That(ActivityRules.HasErrors(findings), Is.True);
    }

    [Test]
    public void Warnings_alone_are_not_errors()
    {
        var vague = Snapshots.Complete() with { Purposes = [Snapshots.PurposeOf("Иные цели", Snapshots.Bases.Contract)] };

        var findings = ActivityRules.Evaluate(vague, Snapshots.Context);

        Assert.That(findings, Is.Not.Empty);
        Assert.That(ActivityRules.HasErrors(findings), Is.False);
    }

    [Test]
    public void Findings_come_in_rule_order()
    {
        var bad = Snapshots.Complete() with
        {
            DepartmentCode = null,
            DataCategories = [Snapshots.SpecialData()],
            Purposes = [Snapshots.PurposeOf("Other purposes", Snapshots.Bases.Employment)],
        };

        var rules = ActivityRules.Evaluate(bad, Snapshots.Context).Select(f => f.Rule);

        Assert.That(rules, Is.EqualTo(new[] { Rule01Completeness.Code, Rule02SpecialDataBasis.Code, Rule07VaguePurpose.Code }));
    }

    [Test]
    public void Rule_codes_are_stable()
    {
        string[] codes =
        [
            Rule01Completeness.Code, Rule02SpecialDataBasis.Code, Rule03SpecialDataProtection.Code,
            Rule04CrossBorder.Code, Rule04CrossBorder.ConsentCode, Rule05ProcessorContract.Code, Rule06Retention.Code,
            Rule07VaguePurpose.Code, Rule08ConsentWithOtherBasis.Code, Rule09ConsentRetentionWithoutConsent.Code,
            Rule10ReviewOverdue.Code, Rule11OperatorRegistry.Code, Rule12LegislativeActNamed.Code,
        ];

        Assert.That(codes, Is.EqualTo(new[]
        {
            "completeness", "special-data-basis", "special-data-protection", "cross-border-exception",
            "cross-border-consent", "processor-contract", "retention", "vague-purpose", "consent-with-other-basis",
            "consent-retention-without-consent", "review-overdue", "operator-registry", "legislative-act-reference",
        }));
    }

    [Test]
    public void A_public_only_entry_on_an_art6_basis_has_no_findings()
    {
        var publicOnly = Snapshots.Complete() with { DataCategories = [Snapshots.PublicData()] };

        Assert.That(publicOnly.NpdpcCategory, Is.EqualTo(NpdpcCategory.Public));
        Assert.That(ActivityRules.Evaluate(publicOnly, Snapshots.Context), Is.Empty);
    }
}
