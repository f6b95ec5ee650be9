using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Systems;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class InformationSystemAssessmentTests
{
    private static readonly SystemFacts Online = new("website", InformationSystemKind.Electronic, ConnectedToPublicNetwork: true);
    private static readonly SystemFacts Offline = new("hr-system", InformationSystemKind.Electronic, ConnectedToPublicNetwork: false);
    private static readonly SystemFacts PaperFiles = new("personal-files", InformationSystemKind.Paper, ConnectedToPublicNetwork: false);

    private static ActivitySnapshot With(params ActivityDataCategory[] data) => Complete() with { DataCategories = data };

    private static ActivitySnapshot Subjects(int count, bool minors = false) =>
        Complete() with { EstimatedSubjects = count, IncludesMinorsUnder16 = minors };

    [TestCase(true, NpdpcCategory.BiometricGenetic, "3-бг")]
    [TestCase(true, NpdpcCategory.Special, "3-спец")]
    [TestCase(true, NpdpcCategory.Other, "3-ин")]
    [TestCase(false, NpdpcCategory.BiometricGenetic, "4-бг")]
    [TestCase(false, NpdpcCategory.Special, "4-спец")]
    [TestCase(false, NpdpcCategory.Other, "4-ин")]
    public void Oac_class_follows_network_connection_and_highest_data(bool connected, NpdpcCategory highest, string expected)
    {
        var system = new SystemFacts("sys", InformationSystemKind.Electronic, connected);
        var activities = new[] { With(PublicData()), With(OtherData(), new ActivityDataCategory("x", highest)) };

        var assessment = InformationSystemAssessment.Assess(system, activities);

        Assert.That(assessment.OacClass, Is.EqualTo(expected));
        Assert.That(assessment.NpdpcCategory, Is.EqualTo(highest));
    }

    [Test]
    public void Oac_class_reason_explains_the_class()
    {
        var assessment = InformationSystemAssessment.Assess(Online, [With(SpecialData())]);

        Assert.That(assessment.OacClassReason, Is.EqualTo("connected to public networks; highest data: special"));
    }

    [Test]
    public void Public_only_data_needs_no_oac_class()
    {
        var assessment = InformationSystemAssessment.Assess(Online, [With(PublicData())]);

        Assert.That(assessment.OacClass, Is.Null);
        Assert.That(assessment.NpdpcCategory, Is.EqualTo(NpdpcCategory.Public));
    }

    [Test]
    public void A_system_without_data_has_no_category_or_class()
    {
        var assessment = InformationSystemAssessment.Assess(Offline, []);

        Assert.That(assessment.NpdpcCategory, Is.Null);
        Assert.That(assessment.OacClass, Is.Null);
        Assert.That(assessment.OperatorRegistryRequired, Is.False);
    }

    [Test]
    public void A_paper_resource_has_a_category_but_no_oac_class()
    {
        var assessment = InformationSystemAssessment.Assess(PaperFiles, [With(SpecialData())]);

        Assert.That(assessment.NpdpcCategory, Is.EqualTo(NpdpcCategory.Special));
        Assert.That(assessment.OacClass, Is.Null);
        Assert.That(assessment.OacClassReason, Does.Contain("paper"));
    }

    [Test]
    public void Retired_activities_are_ignored()
    {
        var retired = With(BiometricData()) with { Status = ActivityStatus.Retired, EstimatedSubjects = 500_000 };

        var assessment = InformationSystemAssessment.Assess(Offline, [With(OtherData()), retired]);

        Assert.That(assessment.NpdpcCategory, Is.EqualTo(NpdpcCategory.Other));
        Assert.That(assessment.EstimatedSubjects, Is.EqualTo(800));
        Assert.That(assessment.OperatorRegistryReasons, Is.Empty);
    }

    [Test]
    public void Biometric_data_requires_the_operator_registry()
    {
        var assessment = InformationSystemAssessment.Assess(Offline, [With(BiometricData())]);

        Assert.That(assessment.OperatorRegistryReasons, Is.EqualTo(new[] { OperatorRegistryReason.BiometricOrGeneticData }));
        Assert.That(assessment.OperatorRegistryRequired, Is.True);
    }

    [Test]
    public void Special_data_alone_does_not_require_the_operator_registry()
    {
        var assessment = InformationSystemAssessment.Assess(Offline, [With(SpecialData())]);

        Assert.That(assessment.OperatorRegistryRequired, Is.False);
    }

    [Test]
    public void More_than_100000_subjects_summed_over_activities_requires_the_operator_registry()
    {
        var assessment = InformationSystemAssessment.Assess(Offline, [Subjects(60_000), Subjects(40_001)]);

        Assert.That(assessment.EstimatedSubjects, Is.EqualTo(100_001));
        Assert.That(assessment.OperatorRegistryReasons, Is.EqualTo(new[] { OperatorRegistryReason.MoreThan100000Subjects }));
    }

    [Test]
    public void Exactly_100000_subjects_does_not_require_the_operator_registry()
    {
        var assessment = InformationSystemAssessment.Assess(Offline, [Subjects(60_000), Subjects(40_000), Complete() with { EstimatedSubjects = null }]);

        Assert.That(assessment.EstimatedSubjects, Is.EqualTo(100_000));
        Assert.That(assessment.OperatorRegistryRequired, Is.False);
    }

    [Test]
    public void More_than_10000_minors_under_16_requires_the_operator_registry()
    {
        var assessment = InformationSystemAssessment.Assess(Offline, [Subjects(6_000, minors: true), Subjects(4_001, minors: true)]);

        Assert.That(assessment.OperatorRegistryReasons, Is.EqualTo(new[] { OperatorRegistryReason.MoreThan10000MinorsUnder16 }));
    }

    [Test]
    public void Subjects_of_activities_without_minors_do_not_count_as_minors()
    {
        var assessment = InformationSystemAssessment.Assess(Offline, [Subjects(10_000, minors: true), Subjects(50_000)]);

        Assert.That(assessment.OperatorRegistryRequired, Is.False);
    }

    [TestCase(null)]
    [TestCase("by-99z-art9-contract")]
    [TestCase("by-99z-art9-consent-informed")]
    [TestCase("by-99z-art9-npdpc-permit")]
    public void Special_data_to_a_non_adequate_country_outside_art9_abz5_7_requires_the_operator_registry(string? exception)
    {
        var activity = With(SpecialData()) with { Recipients = [TransferTo("US", adequate: false, exception)] };

        var assessment = InformationSystemAssessment.Assess(Online, [activity]);

        Assert.That(assessment.OperatorRegistryReasons, Is.EqualTo(new[] { OperatorRegistryReason.CrossBorderSpecialDataToNonAdequateCountry }));
    }

    [TestCase("by-99z-art9-vital-interests")]
    [TestCase("by-99z-art9-treaty")]
    [TestCase("by-99z-art9-financial-monitoring")]
    public void Special_data_abroad_under_art9_abz5_7_does_not_require_the_operator_registry(string exception)
    {
        var activity = With(SpecialData()) with { Recipients = [TransferTo("US", adequate: false, exception)] };

        Assert.That(InformationSystemAssessment.Assess(Online, [activity]).OperatorRegistryRequired, Is.False);
    }

    [Test]
    public void Special_data_to_an_adequate_country_or_other_data_abroad_does_not_require_the_operator_registry()
    {
        var toAdequate = With(SpecialData()) with { Recipients = [TransferTo("LT", adequate: true, exception: null)] };
        var otherData = With(OtherData()) with { Recipients = [TransferTo("US", adequate: false, exception: null)] };

        Assert.That(InformationSystemAssessment.Assess(Online, [toAdequate, otherData]).OperatorRegistryRequired, Is.False);
    }

    [Test]
    public void Systems_requiring_the_registry_are_found_from_the_entries_that_list_them()
    {
        var cctv = new SystemFacts("cctv", InformationSystemKind.Electronic, false);
        var activities = new[]
        {
            Complete() with { InformationSystemCodes = ["hr-system"] },
            With(BiometricData()) with { InformationSystemCodes = ["cctv"] },
        };

        var codes = InformationSystemAssessment.SystemsRequiringOperatorRegistry([Offline, cctv], activities);

        Assert.That(codes, Is.EquivalentTo(new[] { "cctv" }));
    }
}
