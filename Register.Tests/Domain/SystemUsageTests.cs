using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Systems;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

/// <summary>
/// A system's usage is kept current by adding and removing the contributions of the entries that change; it must
/// always equal the usage built afresh from the entries using the system then, and assess as they do.
/// </summary>
public class SystemUsageTests
{
    private static readonly SystemFacts Online = new("website", InformationSystemKind.Electronic, ConnectedToPublicNetwork: true);

    private static ActivitySnapshot With(params ActivityDataCategory[] data) => Complete() with { DataCategories = data };

    private static SystemContribution Of(ActivitySnapshot activity) => SystemContribution.Of(activity);

    [Test]
    public void Any_sequence_of_additions_removals_and_replacements_equals_the_usage_built_afresh()
    {
        var random = new Random(20261121);
        var entries = new Dictionary<int, ActivitySnapshot>();
        var usage = SystemUsage.Empty;

        for (var step = 0; step < 5_000; step++)
        {
            var id = random.Next(60);
            var next = random.Next(4) == 0 ? null : RandomEntry(random);
            var before = entries.TryGetValue(id, out var current) ? Of(current) : (SystemContribution?)null;
            usage = (before, next) switch
            {
                (null, null) => usage,
                (null, { } added) => usage.Add(Of(added)),
                ({ } removed, null) => usage.Remove(removed),
                ({ } replaced, { } by) => usage.Replace(replaced, Of(by)),
            };
            if (next is null) entries.Remove(id);
            else entries[id] = next;

            Assert.That(usage, Is.EqualTo(SystemUsage.Of(entries.Values)), $"step {step}");
            AssertAssessedAsTheEntries(usage, entries.Values.ToList(), $"step {step}");
        }
    }

    [Test]
    public void Removing_the_last_biometric_entry_lowers_the_category_to_what_the_others_hold()
    {
        var fingerprints = Of(With(OtherData(), BiometricData()));
        var usage = SystemUsage.Of([Of(With(SpecialData())), fingerprints, Of(With(OtherData()))]);
        Assert.That(usage.HighestCategory, Is.EqualTo(NpdpcCategory.BiometricGenetic));

        var without = usage.Remove(fingerprints);

        Assert.That(without.HighestCategory, Is.EqualTo(NpdpcCategory.Special));
        Assert.That(InformationSystemAssessment.Assess(Online, without).OperatorRegistryReasons, Is.Empty);
    }

    [Test]
    public void A_category_stays_while_another_entry_still_holds_it()
    {
        var first = Of(With(BiometricData()));
        var second = Of(With(BiometricData("face")) with { Code = "cctv" });

        var usage = SystemUsage.Of([first, second]).Remove(first);

        Assert.That(usage.HighestCategory, Is.EqualTo(NpdpcCategory.BiometricGenetic));
        Assert.That(usage.EntriesWithHighest(NpdpcCategory.BiometricGenetic), Is.EqualTo(1));
    }

    [Test]
    public void A_retired_entry_contributes_nothing()
    {
        var retired = With(BiometricData()) with
        {
            Status = ActivityStatus.Retired, EstimatedSubjects = 500_000, IncludesMinorsUnder16 = true,
            Recipients = [TransferTo("US", adequate: false, exception: null)],
        };

        Assert.That(Of(retired), Is.EqualTo(SystemContribution.None));
        Assert.That(SystemUsage.Empty.Add(Of(retired)), Is.EqualTo(SystemUsage.Empty));
    }

    [Test]
    public void Retiring_an_entry_drops_its_subjects_and_its_data()
    {
        var active = With(SpecialData()) with { EstimatedSubjects = 70_000 };
        var other = Of(Complete() with { EstimatedSubjects = 40_000 });
        var usage = SystemUsage.Of([Of(active), other]);
        Assert.That(InformationSystemAssessment.Assess(Online, usage).OperatorRegistryReasons,
            Is.EqualTo(new[] { OperatorRegistryReason.MoreThan100000Subjects }));

        var retired = usage.Replace(Of(active), Of(active with { Status = ActivityStatus.Retired }));

        var assessment = InformationSystemAssessment.Assess(Online, retired);
        Assert.That(assessment.EstimatedSubjects, Is.EqualTo(40_000));
        Assert.That(assessment.NpdpcCategory, Is.EqualTo(NpdpcCategory.Other));
        Assert.That(assessment.OperatorRegistryRequired, Is.False);
    }

    [Test]
    public void Sums_are_capped_when_assessed_and_come_back_exactly_when_entries_go()
    {
        var huge = Of(Complete() with { EstimatedSubjects = int.MaxValue, IncludesMinorsUnder16 = true });
        var small = Of(Complete() with { EstimatedSubjects = 5, IncludesMinorsUnder16 = true });

        var usage = SystemUsage.Of([huge, huge, small]);
        Assert.That(InformationSystemAssessment.Assess(Online, usage).EstimatedSubjects, Is.EqualTo(int.MaxValue));
        Assert.That(usage.Subjects, Is.EqualTo(2L * int.MaxValue + 5));

        var back = usage.Remove(huge).Remove(huge);
        Assert.That(InformationSystemAssessment.Assess(Online, back).EstimatedSubjects, Is.EqualTo(5));
        Assert.That(back.MinorsUnder16Subjects, Is.EqualTo(5));
    }

    [Test]
    public void A_missing_estimate_counts_as_zero_subjects()
    {
        var contribution = Of(Complete() with { EstimatedSubjects = null, IncludesMinorsUnder16 = true });

        Assert.That(contribution.Subjects, Is.Zero);
        Assert.That(contribution.MinorsUnder16Subjects, Is.Zero);
    }

    [Test]
    public void Special_data_abroad_counts_until_its_last_sender_goes()
    {
        var sender = Of(With(SpecialData()) with { Recipients = [TransferTo("US", adequate: false, exception: null)] });
        var usage = SystemUsage.Of([sender, sender with { Subjects = 1 }]);

        Assert.That(InformationSystemAssessment.Assess(Online, usage.Remove(sender)).OperatorRegistryReasons,
            Is.EqualTo(new[] { OperatorRegistryReason.CrossBorderSpecialDataToNonAdequateCountry }));
        Assert.That(InformationSystemAssessment.Assess(Online, SystemUsage.Empty.Add(sender).Remove(sender)).OperatorRegistryRequired, Is.False);
    }

    // What the assessment meant before it was an aggregate, spelled out over the entries themselves: the oracle.
    private static void AssertAssessedAsTheEntries(SystemUsage usage, IReadOnlyList<ActivitySnapshot> entries, string step)
    {
        var active = entries.Where(a => a.Status != ActivityStatus.Retired).ToList();
        var subjects = (int)Math.Min(active.Sum(a => (long)(a.EstimatedSubjects ?? 0)), int.MaxValue);
        var minors = (int)Math.Min(active.Where(a => a.IncludesMinorsUnder16).Sum(a => (long)(a.EstimatedSubjects ?? 0)), int.MaxValue);
        var abroad = active.Any(a => a.HasSpecialOrBiometricData && a.Recipients.Any(r => r.Transfer is { CountryAdequate: false } t
            && (t.ExceptionCode is null || !InformationSystemAssessment.RegistryExemptTransferExceptions.Contains(t.ExceptionCode))));

        var assessed = InformationSystemAssessment.Assess(Online, usage);
        var fromEntries = InformationSystemAssessment.Assess(Online, entries);

        Assert.That(assessed.NpdpcCategory, Is.EqualTo(NpdpcCategories.Highest(active.SelectMany(a => a.DataCategories).Select(d => d.EffectiveCategory))), step);
        if (assessed.NpdpcCategory is not null && active.SelectMany(a => a.DataCategories).All(d => d.Depersonalised || d.EffectiveCategory == NpdpcCategory.Public))
            Assert.That(assessed.OacClass, Is.Null, step);
        Assert.That(assessed.EstimatedSubjects, Is.EqualTo(subjects), step);
        Assert.That(assessed.OperatorRegistryReasons.Contains(OperatorRegistryReason.MoreThan10000MinorsUnder16),
            Is.EqualTo(minors > InformationSystemAssessment.MinorsUnder16Threshold), step);
        Assert.That(assessed.OperatorRegistryReasons.Contains(OperatorRegistryReason.CrossBorderSpecialDataToNonAdequateCountry), Is.EqualTo(abroad), step);
        Assert.That(assessed.OperatorRegistryReasons, Is.EqualTo(fromEntries.OperatorRegistryReasons), step);
        Assert.That((assessed.OacClass, assessed.OacClassReason), Is.EqualTo((fromEntries.OacClass, fromEntries.OacClassReason)), step);
    }

    private static ActivitySnapshot RandomEntry(Random random)
    {
        NpdpcCategory[] categories = [NpdpcCategory.Public, NpdpcCategory.Other, NpdpcCategory.Special, NpdpcCategory.BiometricGenetic];
        string?[] exceptions = [null, "by-99z-art9-contract", "by-99z-art9-treaty", "by-99z-art9-vital-interests"];
        bool?[] identification = [null, true, false];
        var data = Enumerable.Range(0, random.Next(4))
            .Select(i => new ActivityDataCategory($"data-{i}", categories[random.Next(categories.Length)])
            {
                UsedForUniqueIdentification = identification[random.Next(identification.Length)],
                Depersonalised = random.Next(4) == 0,
            })
            .ToList();
        var recipients = Enumerable.Range(0, random.Next(3))
            .Select(i => TransferTo(random.Next(2) == 0 ? "US" : "LT", adequate: random.Next(2) == 0, exceptions[random.Next(exceptions.Length)], $"partner-{i}"))
            .ToList();
        int?[] estimates = [null, 0, random.Next(1, 30_000), random.Next(1, 200_000), int.MaxValue - random.Next(10)];
        return Complete() with
        {
            Status = (ActivityStatus)random.Next(4),
            DataCategories = data,
            Recipients = recipients,
            EstimatedSubjects = estimates[random.Next(estimates.Length)],
            IncludesMinorsUnder16 = random.Next(3) == 0,
        };
    }
}
