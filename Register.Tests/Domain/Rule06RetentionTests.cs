using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule06RetentionTests
{
    [TestCase("P30D")]
    [TestCase("P1M")]
    [TestCase("P1Y6M")]
    [TestCase("P100Y")]
    public void A_fixed_period_that_is_positive_and_at_most_100_years_is_allowed(string period)
    {
        var entry = Complete() with { Retention = new Retention(RetentionKind.Fixed, Period: period) };

        Assert.That(entry.FindingsOf(Rule06Retention.Code), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("30 days")]
    [TestCase("P0D")]
    [TestCase("P101Y")]
    [TestCase("P36600D")]
    public void A_fixed_period_that_is_missing_invalid_zero_or_over_100_years_is_an_error(string? period)
    {
        var entry = Complete() with { Retention = new Retention(RetentionKind.Fixed, Period: period) };

        var findings = entry.FindingsOf(Rule06Retention.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Error, (string?)"retention.period") }));
    }

    [Test]
    public void After_an_event_without_naming_the_event_is_an_error()
    {
        var entry = Complete() with { Retention = new Retention(RetentionKind.AfterEvent, Event: " ") };

        Assert.That(entry.FindingsOf(Rule06Retention.Code).Select(f => f.Path), Is.EqualTo(new[] { "retention.event" }));
    }

    [Test]
    public void After_a_named_event_is_allowed()
    {
        var entry = Complete() with { Retention = new Retention(RetentionKind.AfterEvent, Event: "end of the employment contract") };

        Assert.That(entry.FindingsOf(Rule06Retention.Code), Is.Empty);
    }

    [Test]
    public void Per_legislation_without_naming_the_act_is_an_error()
    {
        var entry = Complete() with { Retention = new Retention(RetentionKind.PerLegislation) };

        Assert.That(entry.FindingsOf(Rule06Retention.Code).Select(f => f.Path), Is.EqualTo(new[] { "retention.reference" }));
    }

    [Test]
    public void A_data_category_override_is_checked_at_its_own_path()
    {
        var entry = Complete() with
        {
            DataCategories =
            [
                OtherData("full-name"),
                OtherData("cctv-video") with { Retention = new Retention(RetentionKind.Fixed, Period: "P1M") },
                OtherData("call-audio") with { Retention = new Retention(RetentionKind.AfterEvent) },
            ],
        };

        Assert.That(entry.FindingsOf(Rule06Retention.Code).Select(f => f.Path), Is.EqualTo(new[] { "dataCategories[2].retention.event" }));
    }

    [Test]
    public void A_missing_retention_is_left_to_the_completeness_rule()
    {
        var entry = Complete() with { Retention = null };

        Assert.That(entry.FindingsOf(Rule06Retention.Code), Is.Empty);
    }

    [TestCase(RetentionKind.UntilPurposeAchieved)]
    [TestCase(RetentionKind.UntilConsentWithdrawn)]
    public void Kinds_without_a_detail_need_none(RetentionKind kind)
    {
        var entry = Complete() with { Retention = new Retention(kind) };

        Assert.That(entry.FindingsOf(Rule06Retention.Code), Is.Empty);
    }
}
