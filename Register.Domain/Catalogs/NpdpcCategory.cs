namespace Register.Domain.Catalogs;

/// <summary>
/// The four categories of NPDPC Order No. 12 of 15.11.2021, declared in ascending order of sensitivity
/// so that "the highest category" of an entry or a system is plain <see cref="Enumerable.Max{T}(IEnumerable{T})"/>.
/// </summary>
public enum NpdpcCategory
{
    Public = 0,
    Other = 1,
    Special = 2,
    BiometricGenetic = 3,
}

public static class NpdpcCategories
{
    public static bool IsSpecialOrBiometric(this NpdpcCategory category) =>
        category is NpdpcCategory.Special or NpdpcCategory.BiometricGenetic;

    /// <summary>The highest category of a set, or null for an empty set (nothing recorded yet).</summary>
    public static NpdpcCategory? Highest(IEnumerable<NpdpcCategory> categories)
    {
        NpdpcCategory? highest = null;
        foreach (var category in categories)
        {
            if (highest is null || category > highest) highest = category;
        }
        return highest;
    }
}
