using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Systems;

/// <summary>
/// What one register entry adds to the assessment of each system it lists (<see cref="InformationSystemAssessment"/>),
/// and nothing more: a few bytes where the entry itself holds lists, so a process can keep one per entry and system.
/// A retired entry adds nothing (<see cref="None"/>): it no longer processes.
/// </summary>
/// <param name="HighestCategory">The highest NPDPC category of the entry's data (null: none recorded). A system's
/// category is the highest over its entries, so the highest of each entry is all it needs.</param>
/// <param name="Subjects">The entry's estimate of its subjects; a missing estimate counts as zero.</param>
/// <param name="MinorsUnder16Subjects">The same estimate when the entry includes minors under 16, else zero.</param>
/// <param name="SendsSpecialDataAbroadWithoutExemption">Special or biometric data sent to a non-adequate country other
/// than under Art. 9 p.1 abz. 5-7 (<see cref="InformationSystemAssessment.RegistryExemptTransferExceptions"/>).</param>
/// <param name="HoldsDataRequiringOacClass">Some of the entry's data is neither publicly available nor depersonalised, so a
/// system holding it is not one the OAC regulation may leave aside (Order No. 66 regulation п. 1; see
/// <see cref="DataCategoryReading"/>). <see cref="Of"/> sets it false for an entry without data, which then stays <see cref="None"/>
/// as before; it defaults to true so that a contribution built without it keeps the earlier reading (a class for any data but public).</param>
public readonly record struct SystemContribution(
    NpdpcCategory? HighestCategory,
    int Subjects,
    int MinorsUnder16Subjects,
    bool SendsSpecialDataAbroadWithoutExemption,
    bool HoldsDataRequiringOacClass = true)
{
    public static SystemContribution None => default;

    public bool IsNone => this == None;

    public static SystemContribution Of(ActivitySnapshot activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Status == ActivityStatus.Retired) return None;

        var subjects = activity.EstimatedSubjects ?? 0;
        return new SystemContribution(
            activity.NpdpcCategory,
            subjects,
            activity.IncludesMinorsUnder16 ? subjects : 0,
            SendsSpecialDataAbroadWithoutExemptionOf(activity),
            !activity.HoldsOnlyPublicOrDepersonalisedData);
    }

    // Art. 9 p.1 abz. 5-7 transfers are exempt; a transfer with no exception at all is not (and is rule 4's error).
    private static bool SendsSpecialDataAbroadWithoutExemptionOf(ActivitySnapshot activity) =>
        activity.HasSpecialOrBiometricData
        && activity.Recipients.Any(r => r.Transfer is { CountryAdequate: false } t
            && (t.ExceptionCode is null || !InformationSystemAssessment.RegistryExemptTransferExceptions.Contains(t.ExceptionCode)));
}
