using System.Globalization;
using Register.Domain.Journals;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Calendar;

/// <summary>The years the calendar screen offers, and how it names a day.</summary>
public static class CalendarYears
{
    /// <summary>The current year, the next (whose transfers the officer enters when published) and every stored year.</summary>
    public static IReadOnlyList<int> Offered(int current, IEnumerable<int> stored) =>
        stored.Append(current).Append(current + 1).Distinct().Order().ToList();

    public static string Label(int year, int current) => year == current ? T($"{year} (текущий)", $"{year} (current)")
        : year == current + 1 ? T($"{year} (следующий)", $"{year} (next)")
        : year.ToString(CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => English
        ? date.DayOfWeek.ToString()
        : CultureInfo.GetCultureInfo("ru-RU").DateTimeFormat.GetDayName(date.DayOfWeek);

    public static string Name(Holiday holiday) => English && !string.IsNullOrWhiteSpace(holiday.Names.En) ? holiday.Names.En : holiday.Names.Ru;
}
