namespace Register.Domain.Journals;

/// <summary>A holiday's names, shaped like the contract's localised names (<c>ru</c> required).</summary>
public sealed record HolidayNames(string Ru, string? En);

/// <summary>A non-working public holiday on a given date.</summary>
public sealed record Holiday(DateOnly Date, HolidayNames Names);

/// <summary>
/// The standard non-working public holidays of Belarus (law-99z.md, "The working-day calendar"). A holiday
/// on a Saturday or Sunday is not moved to a weekday: the transfer resolutions move nothing for them (2026:
/// 8 March a Sunday, 9 May and 7 November Saturdays).
/// </summary>
public static class PublicHolidays
{
    private static readonly HolidayNames NewYear = new("Новый год", "New Year's Day");
    private static readonly HolidayNames OrthodoxChristmas = new("Рождество Христово (православное Рождество)", "Orthodox Christmas");
    private static readonly HolidayNames WomensDay = new("День женщин", "Women's Day");
    private static readonly HolidayNames Radunitsa = new("Радуница", "Radunitsa");
    private static readonly HolidayNames LabourDay = new("Праздник труда", "Labour Day");
    private static readonly HolidayNames VictoryDay = new("День Победы", "Victory Day");
    private static readonly HolidayNames IndependenceDay = new("День Независимости Республики Беларусь (День Республики)", "Independence Day (Day of the Republic)");
    private static readonly HolidayNames OctoberRevolutionDay = new("День Октябрьской революции", "October Revolution Day");
    private static readonly HolidayNames CatholicChristmas = new("Рождество Христово (католическое Рождество)", "Catholic Christmas");

    /// <summary>
    /// The standard holidays of <paramref name="year"/>, in date order. When Radunitsa falls on a fixed
    /// holiday (9 May 2000, for one) the day is listed once with both names, so that a computed year never
    /// lists a date twice.
    /// </summary>
    public static IReadOnlyList<Holiday> Of(int year)
    {
        Holiday[] all =
        [
            new(new DateOnly(year, 1, 1), NewYear),
            new(new DateOnly(year, 1, 2), NewYear),
            new(new DateOnly(year, 1, 7), OrthodoxChristmas),
            new(new DateOnly(year, 3, 8), WomensDay),
            new(OrthodoxEaster.RadunitsaOf(year), Radunitsa),
            new(new DateOnly(year, 5, 1), LabourDay),
            new(new DateOnly(year, 5, 9), VictoryDay),
            new(new DateOnly(year, 7, 3), IndependenceDay),
            new(new DateOnly(year, 11, 7), OctoberRevolutionDay),
            new(new DateOnly(year, 12, 25), CatholicChristmas),
        ];

        return all
            .GroupBy(h => h.Date)
            .OrderBy(g => g.Key)
            .Select(g => g.Count() == 1 ? g.Single() : new Holiday(g.Key, Joined(g.Select(h => h.Names))))
            .ToList();
    }

    private static HolidayNames Joined(IEnumerable<HolidayNames> names)
    {
        var list = names.ToList();
        return new HolidayNames(string.Join("; ", list.Select(n => n.Ru)), string.Join("; ", list.Select(n => n.En)));
    }
}
