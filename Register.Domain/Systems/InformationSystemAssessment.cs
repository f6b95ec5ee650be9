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

    public static SystemAssessment Assess(SystemFacts system, IEnumerable<ActivitySnapshot> activitiesUsingIt) =>
        Assess(system, SystemUsage.Of(activitiesUsingIt));

    /// <summary>The same assessment from what the entries add up to (<see cref="SystemUsage"/>): O(1), whatever their number.</summary>
    public static SystemAssessment Assess(SystemFacts system, SystemUsage usage)
    {
        ArgumentNullException.ThrowIfNull(system);

        var category = usage.HighestCategory;
        var (oacClass, ground, oacReason) = OacClass(system, category, usage.EntriesHoldingDataRequiringOacClass > 0);

        // Sums are upper bounds: one person may appear in several entries, and the register cannot tell.
        var subjects = Capped(usage.Subjects);
        var minors = Capped(usage.MinorsUnder16Subjects);

        var reasons = new List<OperatorRegistryReason>();
        if (category == NpdpcCategory.BiometricGenetic) reasons.Add(OperatorRegistryReason.BiometricOrGeneticData);
        if (subjects > SubjectsThreshold) reasons.Add(OperatorRegistryReason.MoreThan100000Subjects);
        if (minors > MinorsUnder16Threshold) reasons.Add(OperatorRegistryReason.MoreThan10000MinorsUnder16);
        if (usage.EntriesSendingSpecialDataAbroadWithoutExemption > 0) reasons.Add(OperatorRegistryReason.CrossBorderSpecialDataToNonAdequateCountry);

        return new SystemAssessment(category, oacClass, subjects, reasons) { OacClassReason = oacReason, OacClassGround = ground };
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

    // OAC Order No. 66, App. 1 to the regulation on technical and cryptographic protection: "3" for systems connected to public
    // networks («подключены к открытым каналам передачи данных»), "4" otherwise, with the highest type of data. The
    // classification is for information systems, so paper resources get none. The regulation «может не применяться»
    // to systems «в которых обрабатываются только общедоступные персональные данные и (или) персональные данные,
    // полученные после применения методов обезличивания» (п. 1, as worded by Order No. 259 of 10.12.2024), so those need
    // no class either. The exemption is for the system as a whole: once it holds other data, the class follows from all the
    // data it holds, depersonalised included, since App. 1's classes make no exception for them.
    private static (string? Class, OacClassGround Ground, string Reason) OacClass(SystemFacts system, NpdpcCategory? category, bool holdsDataRequiringClass)
    {
        if (system.Kind == InformationSystemKind.Paper)
            return (null, OacClassGround.PaperResource, "paper resource: the OAC classification applies to information systems only");

        if (category is null) return (null, OacClassGround.NoPersonalData, "no personal data recorded in the entries using it");
        if (category == NpdpcCategory.Public) return (null, OacClassGround.PublicDataOnly, "only publicly available data: no class required");
        if (!holdsDataRequiringClass)
            return (null, OacClassGround.PublicOrDepersonalisedDataOnly,
                "only publicly available and/or depersonalised data: the OAC regulation may not apply (Order No. 66, p. 1)");

        var suffix = category.Value switch
        {
            NpdpcCategory.BiometricGenetic => "бг",
            NpdpcCategory.Special => "спец",
            _ => "ин",
        };
        var network = system.ConnectedToPublicNetwork ? "3" : "4";
        var connection = system.ConnectedToPublicNetwork ? "connected to public networks" : "not connected to public networks";
        return ($"{network}-{suffix}", OacClassGround.Classified, $"{connection}; highest data: {Describe(category.Value)}");
    }

    private static string Describe(NpdpcCategory category) => category switch
    {
        NpdpcCategory.BiometricGenetic => "biometric or genetic",
        NpdpcCategory.Special => "special",
        _ => "other",
    };

    // Missing estimates count as zero (see SystemContribution); the total is capped rather than overflowing.
    private static int Capped(long total) => (int)Math.Min(total, int.MaxValue);
}
