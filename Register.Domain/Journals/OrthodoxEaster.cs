namespace Register.Domain.Journals;

/// <summary>
/// Orthodox Easter and Radunitsa, the one public holiday of Belarus whose date moves. The Orthodox Church
/// keeps the Julian computus, so Easter is found in the Julian calendar and then shifted to the Gregorian
/// date the calendar of working days uses.
/// </summary>
public static class OrthodoxEaster
{
    // 1583 is the first Gregorian year; 9998 keeps Radunitsa inside DateOnly's range.
    public const int FirstYear = 1583;
    public const int LastYear = 9998;

    /// <summary>The Gregorian date of Orthodox Easter Sunday in <paramref name="year"/>.</summary>
    public static DateOnly Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        // Meeus's Julian algorithm: Easter falls d + e days after the Julian 22 March.
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = (19 * c + 15) % 30;
        var e = (2 * a + 4 * b - d + 34) % 7;

        // The Gregorian calendar runs ahead of the Julian by year/100 - year/400 - 2 days from the Julian
        // 29 February of a century year on (13 days in 1900-2099). Easter (March to May) is always past that
        // point, and March and April have the same lengths in both calendars, so the Julian day count can be
        // laid on the Gregorian 22 March directly.
        var julianLag = year / 100 - year / 400 - 2;
        return new DateOnly(year, 3, 22).AddDays(d + e + julianLag);
    }

    /// <summary>Radunitsa, the day of remembrance: the Tuesday nine days after Orthodox Easter.</summary>
    public static DateOnly RadunitsaOf(int year) => Of(year).AddDays(9);
}
