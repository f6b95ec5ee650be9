using NUnit.Framework;
using Register.Domain.Catalogs;
using Register.Domain.Rules;
using Register.Domain.Systems;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

/// <summary>
/// Biometric data is data used for unique identification (ст. 1): a photograph, video or voice category stated not to be so used
/// is not biometric-genetic, and the NPDPC category, the rules for special data, the OAC class and the operator-registry check
/// follow. Not stated (null) keeps the category as recorded.
/// </summary>
public class DataCategoryReadingTests
{
    private static readonly SystemFacts Recorders = new("cctv", InformationSystemKind.Electronic, ConnectedToPublicNetwork: false);

    [TestCase(NpdpcCategory.BiometricGenetic, false, NpdpcCategory.Other)]
    [TestCase(NpdpcCategory.BiometricGenetic, true, NpdpcCategory.BiometricGenetic)]
    [TestCase(NpdpcCategory.BiometricGenetic, null, NpdpcCategory.BiometricGenetic)]
    [TestCase(NpdpcCategory.Special, false, NpdpcCategory.Special)]
    [TestCase(NpdpcCategory.Other, true, NpdpcCategory.Other)]
    [TestCase(NpdpcCategory.Public, false, NpdpcCategory.Public)]
    public void Only_biometric_data_stated_not_to_identify_anyone_changes_category(NpdpcCategory recorded, bool? used, NpdpcCategory expected)
    {
        Assert.That(DataCategoryReading.EffectiveCategory(recorded, used), Is.EqualTo(expected));
        Assert.That(new Register.Domain.Activities.ActivityDataCategory("x", recorded) { UsedForUniqueIdentification = used }.EffectiveCategory, Is.EqualTo(expected));
    }

    [Test]
    public void Cctv_footage_not_used_to_identify_anyone_is_other_data_and_needs_no_art8_basis_or_special_measures()
    {
        var entry = Complete() with { DataCategories = [OtherData(), ImageData(usedForUniqueIdentification: false)], ProtectionMeasureCodes = [] };

        Assert.Multiple(() =>
        {
            Assert.That(entry.NpdpcCategory, Is.EqualTo(NpdpcCategory.Other));
            Assert.That(entry.HasSpecialOrBiometricData, Is.False);
            Assert.That(entry.FindingsOf(Rule02SpecialDataBasis.Code), Is.Empty);
            Assert.That(entry.FindingsOf(Rule03SpecialDataProtection.Code), Is.Empty);
        });
    }

    [TestCase(true)]
    [TestCase(null)]
    public void Footage_used_to_identify_people_or_not_said_to_be_unused_stays_biometric(bool? used)
    {
        var entry = Complete() with { DataCategories = [OtherData(), ImageData(used)], ProtectionMeasureCodes = [] };

        Assert.Multiple(() =>
        {
            Assert.That(entry.NpdpcCategory, Is.EqualTo(NpdpcCategory.BiometricGenetic));
            Assert.That(entry.FindingsOf(Rule02SpecialDataBasis.Code), Has.Count.EqualTo(1));
            Assert.That(entry.FindingsOf(Rule03SpecialDataProtection.Code), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void A_system_holding_footage_not_used_to_identify_anyone_is_class_ин_and_stays_out_of_the_operator_registry()
    {
        var entry = Complete() with { DataCategories = [ImageData(usedForUniqueIdentification: false)], InformationSystemCodes = ["cctv"] };

        var assessment = InformationSystemAssessment.Assess(Recorders, [entry]);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.NpdpcCategory, Is.EqualTo(NpdpcCategory.Other));
            Assert.That(assessment.OacClass, Is.EqualTo("4-ин"));
            Assert.That(assessment.OperatorRegistryReasons, Is.Empty);
            Assert.That(InformationSystemAssessment.SystemsRequiringOperatorRegistry([Recorders], [entry]), Is.Empty);
        });
    }

    [TestCase(true)]
    [TestCase(null)]
    public void A_system_holding_footage_used_to_identify_people_is_class_бг_and_goes_to_the_operator_registry(bool? used)
    {
        var entry = Complete() with { DataCategories = [ImageData(used)], InformationSystemCodes = ["cctv"] };

        var assessment = InformationSystemAssessment.Assess(Recorders, [entry]);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.OacClass, Is.EqualTo("4-бг"));
            Assert.That(assessment.OperatorRegistryReasons, Is.EqualTo(new[] { OperatorRegistryReason.BiometricOrGeneticData }));
            Assert.That(entry.FindingsOf(Rule11OperatorRegistry.Code,
                new RuleContext(Today, InformationSystemAssessment.SystemsRequiringOperatorRegistry([Recorders], [entry]))), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void A_system_with_only_depersonalised_data_needs_no_oac_class_but_keeps_its_category()
    {
        var entry = Complete() with { DataCategories = [Depersonalised(SpecialData("diagnoses")), Depersonalised(OtherData("age-band"))] };

        var assessment = InformationSystemAssessment.Assess(Recorders, [entry]);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.OacClass, Is.Null);
            Assert.That(assessment.OacClassReason, Does.Contain("depersonalised").And.Contain("Order No. 66"));
            Assert.That(assessment.OacClassGround, Is.EqualTo(OacClassGround.PublicOrDepersonalisedDataOnly));
            Assert.That(assessment.NpdpcCategory, Is.EqualTo(NpdpcCategory.Special));
        });
    }

    [Test]
    public void A_system_with_public_and_depersonalised_data_only_needs_no_oac_class()
    {
        var published = Complete() with { DataCategories = [PublicData()] };
        var research = Complete() with { DataCategories = [Depersonalised(OtherData("survey-answers"))] };

        var assessment = InformationSystemAssessment.Assess(Recorders, [published, research]);

        Assert.That((assessment.OacClass, assessment.OacClassGround), Is.EqualTo(((string?)null, OacClassGround.PublicOrDepersonalisedDataOnly)));
        Assert.That(InformationSystemAssessment.Assess(Recorders, [published]).OacClassGround, Is.EqualTo(OacClassGround.PublicDataOnly));
    }

    [Test]
    public void Identified_data_beside_depersonalised_data_brings_the_class_back_for_all_the_data()
    {
        var research = Complete() with { DataCategories = [Depersonalised(SpecialData("diagnoses"))] };
        var staff = Complete() with { DataCategories = [OtherData()] };

        var assessment = InformationSystemAssessment.Assess(Recorders, [research, staff]);

        Assert.That(assessment.OacClassGround, Is.EqualTo(OacClassGround.Classified));
        Assert.That(assessment.OacClass, Is.EqualTo("4-спец"), "the exemption is for the system as a whole; App. 1's classes make no exception for depersonalised data");
    }

    [Test]
    public void The_class_comes_and_goes_with_the_last_entry_holding_identified_data()
    {
        var research = SystemContribution.Of(Complete() with { DataCategories = [Depersonalised(OtherData("survey-answers"))] });
        var staff = SystemContribution.Of(Complete());

        var both = SystemUsage.Of([research, staff]);
        Assert.That(InformationSystemAssessment.Assess(Recorders, both).OacClass, Is.EqualTo("4-ин"));
        Assert.That(InformationSystemAssessment.Assess(Recorders, both.Remove(staff)).OacClass, Is.Null);
    }

    [Test]
    public void An_entry_without_data_still_contributes_nothing()
    {
        var empty = Complete() with { DataCategories = [], EstimatedSubjects = null, IncludesMinorsUnder16 = false, Recipients = [] };

        Assert.That(SystemContribution.Of(empty), Is.EqualTo(SystemContribution.None));
    }
}
