using Register.Domain.Journals;

namespace Register.Tests.Domain.Journals;

/// <summary>
/// The years whose transfers law-99z.md confirms ("The working-day calendar"), written here from that table
/// and not read from the seed file, so that the seed test compares two independent sources.
/// </summary>
internal static class Law99zCalendar
{
    public static readonly CalendarYear Year2024 = Confirmed(2024, "№ 814",
        daysOff: [D(2024, 5, 13), D(2024, 11, 8)],
        workingDays: [D(2024, 5, 18), D(2024, 11, 16)]);

    public static readonly CalendarYear Year2025 = Confirmed(2025, "№ 839",
        daysOff: [D(2025, 1, 6), D(2025, 4, 28), D(2025, 7, 4), D(2025, 12, 26)],
        workingDays: [D(2025, 1, 11), D(2025, 4, 26), D(2025, 7, 12), D(2025, 12, 20)]);

    public static readonly CalendarYear Year2026 = Confirmed(2026, "№ 397",
        daysOff: [D(2026, 4, 20)],
        workingDays: [D(2026, 4, 25)]);

    public static IReadOnlyList<CalendarYear> Years => [Year2024, Year2025, Year2026];

    /// <summary>The calendar the register starts with: 2024-2026 confirmed, every other year computed.</summary>
    public static readonly WorkingCalendar Calendar = new(Years);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static CalendarYear Confirmed(int year, string resolution, DateOnly[] daysOff, DateOnly[] workingDays) =>
        new(year, PublicHolidays.Of(year), daysOff, workingDays, Confirmed: true, $"Постановление Совета Министров {resolution}");
}
