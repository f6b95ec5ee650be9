using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Systems;

/// <summary>
/// What the entries using one system add up to, as far as its assessment reads them: the sum of their
/// <see cref="SystemContribution"/>s. Immutable; adding and removing one contribution costs O(1), so a system used by
/// half of the register is kept current by the entries that change rather than re-read whole. Removing a contribution
/// undoes adding it exactly: the same entries give the same usage in whatever order they came and went.
/// </summary>
public readonly record struct SystemUsage
{
    // Entries per highest NPDPC category rather than the highest alone: removing the last biometric entry must lower
    // the system's category to whatever the others hold.
    private int PublicEntries { get; init; }
    private int OtherEntries { get; init; }
    private int SpecialEntries { get; init; }
    private int BiometricGeneticEntries { get; init; }

    public static SystemUsage Empty => default;

    /// <summary>Summed as long so that no order of additions and removals overflows; the assessment caps the total.</summary>
    public long Subjects { get; private init; }

    public long MinorsUnder16Subjects { get; private init; }

    public int EntriesSendingSpecialDataAbroadWithoutExemption { get; private init; }

    /// <summary>Entries holding data that is neither publicly available nor depersonalised: while there is none, the system
    /// needs no OAC class (<see cref="SystemContribution.HoldsDataRequiringOacClass"/>).</summary>
    public int EntriesHoldingDataRequiringOacClass { get; private init; }

    public NpdpcCategory? HighestCategory =>
        BiometricGeneticEntries > 0 ? NpdpcCategory.BiometricGenetic
        : SpecialEntries > 0 ? NpdpcCategory.Special
        : OtherEntries > 0 ? NpdpcCategory.Other
        : PublicEntries > 0 ? NpdpcCategory.Public
        : null;

    /// <summary>How many of the entries have this as their highest category.</summary>
    public int EntriesWithHighest(NpdpcCategory category) => category switch
    {
        NpdpcCategory.Public => PublicEntries,
        NpdpcCategory.Other => OtherEntries,
        NpdpcCategory.Special => SpecialEntries,
        NpdpcCategory.BiometricGenetic => BiometricGeneticEntries,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static SystemUsage Of(IEnumerable<SystemContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var usage = Empty;
        foreach (var contribution in contributions) usage = usage.Add(contribution);
        return usage;
    }

    public static SystemUsage Of(IEnumerable<ActivitySnapshot> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return Of(activities.Select(SystemContribution.Of));
    }

    public SystemUsage Add(SystemContribution contribution) => Plus(contribution, 1);

    /// <summary>Undoes <see cref="Add"/> of the same contribution; the caller knows it was added.</summary>
    public SystemUsage Remove(SystemContribution contribution) => Plus(contribution, -1);

    /// <summary>An entry's contribution changed (its data, subjects, status or transfers).</summary>
    public SystemUsage Replace(SystemContribution before, SystemContribution after) => Remove(before).Add(after);

    private SystemUsage Plus(SystemContribution contribution, int sign)
    {
        if (contribution.IsNone) return this;
        var category = contribution.HighestCategory;
        return this with
        {
            PublicEntries = PublicEntries + Count(category, NpdpcCategory.Public, sign),
            OtherEntries = OtherEntries + Count(category, NpdpcCategory.Other, sign),
            SpecialEntries = SpecialEntries + Count(category, NpdpcCategory.Special, sign),
            BiometricGeneticEntries = BiometricGeneticEntries + Count(category, NpdpcCategory.BiometricGenetic, sign),
            Subjects = Subjects + sign * (long)contribution.Subjects,
            MinorsUnder16Subjects = MinorsUnder16Subjects + sign * (long)contribution.MinorsUnder16Subjects,
            EntriesSendingSpecialDataAbroadWithoutExemption =
                EntriesSendingSpecialDataAbroadWithoutExemption + (contribution.SendsSpecialDataAbroadWithoutExemption ? sign : 0),
            EntriesHoldingDataRequiringOacClass =
                EntriesHoldingDataRequiringOacClass + (contribution.HoldsDataRequiringOacClass ? sign : 0),
        };
    }

    private static int Count(NpdpcCategory? held, NpdpcCategory category, int sign) => held == category ? sign : 0;
}
