using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Systems;

/// <summary>
/// Derives a system's NPDPC category, its OAC class (OAC Order No. 66, App. 1) and whether it must be
/// entered in the state register of personal-data operators (Decree 422 sp. 3.6; OAC Order No. 94),
/// from the register entries that use it. Retired entries are ignored: they no longer process.
/// </summary>
public static class InformationSystemAssessment
{
    public const int SubjectsThreshold = 100_000;
    public const int MinorsUnder16Threshold = 10_000;

    /// <summary>
    /// The Art. 9 p.1 cases (abz. 5-7: vital interests, international treaties, financial monitoring) under
    /// which a transfer of special data to a non-adequate country does not by itself require registration.
    /// </summary>
    public static readonly IReadOnlySet<string> RegistryExemptTransferExceptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "by-99z-art9-vital-interests",
        "by-99z-art9-treaty",
        "by-99z-art9-financial-monitoring",
    };

    public static SystemAssessment Assess(SystemFacts system, IEnumerable<ActivitySnapshot> activitiesUsingIt)
    {
        ArgumentNullException.ThrowIfNull(system);
        var active = activitiesUsingIt.Where(a => a.Status != ActivityStatus.Retired).ToList();

        var category = NpdpcCategories.Highest(active.SelectMany(a => a.DataCategories).Select(d => d.NpdpcCategory));
        var (oacClass, oacReason) = OacClass(system, category);

        // Sums are upper bounds: one person may appear in several entries, and the register cannot tell.
        var subjects = Sum(active.Select(a => a.EstimatedSubjects));
        var minors = Sum(active.Where(a => a.IncludesMinorsUnder16).Select(a => a.EstimatedSubjects));

        var reasons = new List<OperatorRegistryReason>();
        if (category == NpdpcCategory.BiometricGenetic) reasons.Add(OperatorRegistryReason.BiometricOrGeneticData);
        if (subjects > SubjectsThreshold) reasons.Add(OperatorRegistryReason.MoreThan100000Subjects);
        if (minors > MinorsUnder16Threshold) reasons.Add(OperatorRegistryReason.MoreThan10000MinorsUnder16);
        if (active.Any(SendsSpecialDataAbroadWithoutExemption)) reasons.Add(OperatorRegistryReason.CrossBorderSpecialDataToNonAdequateCountry);

        return new SystemAssessment(category, oacClass, subjects, reasons) { OacClassReason = oacReason };
    }

    /// <summary>
    /// The codes of the systems that must be entered in the operators' register, each assessed from the
    /// entries that list it in <see cref="ActivitySnapshot.InformationSystemCodes"/>; the set rule 11 reads.
    /// </summary>
    public static IReadOnlySet<string> SystemsRequiringOperatorRegistry(IEnumerable<SystemFacts> systems, IEnumerable<ActivitySnapshot> activities)
    {
        var all = activities.ToList();
        return systems
            .Where(s => Assess(s, all.Where(a => a.InformationSystemCodes.Contains(s.Code))).OperatorRegistryRequired)
            .Select(s => s.Code)
            .ToHashSet(StringComparer.Ordinal);
    }

    // OAC Order No. 66, App. 1: "3" for systems connected to public networks, "4" otherwise, with the
    // highest type of data. The classification is for information systems, so paper resources get none,
    // and publicly available data needs no class.
    private static (string? Class, string Reason) OacClass(SystemFacts system, NpdpcCategory? category)
    {
        if (system.Kind == InformationSystemKind.Paper)
            return (null, "paper resource: the OAC classification applies to information systems only");

        if (category is null) return (null, "no personal data recorded in the entries using it");
        if (category == NpdpcCategory.Public) return (null, "only publicly available data: no class required");

        var suffix = category.Value switch
        {
            NpdpcCategory.BiometricGenetic => "бг",
            NpdpcCategory.Special => "спец",
            _ => "ин",
        };
        var network = system.ConnectedToPublicNetwork ? "3" : "4";
        var connection = system.ConnectedToPublicNetwork ? "connected to public networks" : "not connected to public networks";
        return ($"{network}-{suffix}", $"{connection}; highest data: {Describe(category.Value)}");
    }

    private static string Describe(NpdpcCategory category) => category switch
    {
        NpdpcCategory.BiometricGenetic => "biometric or genetic",
        NpdpcCategory.Special => "special",
        _ => "other",
    };

    // Art. 9 p.1 abz. 5-7 transfers are exempt; a transfer with no exception at all is not (and is rule 4's error).
    private static bool SendsSpecialDataAbroadWithoutExemption(ActivitySnapshot activity) =>
        activity.HasSpecialOrBiometricData
        && activity.Recipients.Any(r => r.Transfer is { CountryAdequate: false } t
            && (t.ExceptionCode is null || !RegistryExemptTransferExceptions.Contains(t.ExceptionCode)));

    // Missing estimates count as zero; the total is capped rather than overflowing.
    private static int Sum(IEnumerable<int?> estimates) =>
        (int)Math.Min(estimates.Sum(e => (long)(e ?? 0)), int.MaxValue);
}
