using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule09ConsentRetentionWithoutConsentTests
{
    private static readonly Retention UntilWithdrawn = new(RetentionKind.UntilConsentWithdrawn);

    [Test]
    public void Until_consent_is_withdrawn_without_a_consent_basis_is_a_warning()
    {
        var entry = Complete() with { Retention = UntilWithdrawn };

        var findings = entry.FindingsOf(Rule09ConsentRetentionWithoutConsent.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Warning, (string?)"retention.kind") }));
    }

    [Test]
    public void A_data_category_override_until_consent_is_withdrawn_is_a_warning_at_its_path()
    {
        var entry = Complete() with { DataCategories = [OtherData(), OtherData("photo") with { Retention = UntilWithdrawn }] };

        var paths = entry.FindingsOf(Rule09ConsentRetentionWithoutConsent.Code).Select(f => f.Path);

        Assert.That(paths, Is.EqualTo(new[] { "dataCategories[1].retention.kind" }));
    }

    [Test]
    public void Until_consent_is_withdrawn_with_a_consent_basis_is_not_flagged()
    {
        var entry = Complete() with
        {
            Retention = UntilWithdrawn,
            Purposes = [PurposeOf("Newsletter for alumni", Bases.Consent)],
        };

        Assert.That(entry.FindingsOf(Rule09ConsentRetentionWithoutConsent.Code), Is.Empty);
    }
}
