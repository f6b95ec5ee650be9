using NUnit.Framework;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule03SpecialDataProtectionTests
{
    [Test]
    public void Special_data_without_a_protection_measure_is_an_error()
    {
        var entry = Complete() with { DataCategories = [SpecialData()], ProtectionMeasureCodes = [] };

        var findings = entry.FindingsOf(Rule03SpecialDataProtection.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Error, (string?)"protectionMeasureCodes") }));
    }

    [Test]
    public void Biometric_data_without_a_protection_measure_is_an_error()
    {
        var entry = Complete() with { DataCategories = [BiometricData()], ProtectionMeasureCodes = [] };

        Assert.That(entry.FindingsOf(Rule03SpecialDataProtection.Code), Has.Count.EqualTo(1));
    }

    [Test]
    public void Special_data_with_a_protection_measure_is_not_flagged()
    {
        var entry = Complete() with { DataCategories = [SpecialData()], ProtectionMeasureCodes = ["encryption"] };

        Assert.That(entry.FindingsOf(Rule03SpecialDataProtection.Code), Is.Empty);
    }

    [Test]
    public void Other_data_without_a_protection_measure_is_not_this_rules_concern()
    {
        var entry = Complete() with { ProtectionMeasureCodes = [] };

        Assert.That(entry.FindingsOf(Rule03SpecialDataProtection.Code), Is.Empty);
    }
}
