using System.Collections.Concurrent;

namespace Register.Domain.Journals;

/// <summary>
/// The working-day calendar built from the stored years; a year with no stored data is
/// <see cref="CalendarYear.Standard"/> (standard holidays, no transfers, not confirmed). Immutable and safe
/// to share between threads.
/// </summary>
/// <remarks>
/// Dates of a stored year that lie outside that year are never consulted: a date is judged by the data of
/// its own year. Invalid data should be refused when written (<see cref="CalendarYear.Validate"/>); if it
/// is stored anyway, a holiday or transferred day off outweighs a transferred working day on the same date,
/// since no resolution makes a public holiday a working day.
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>
    /// The longest period <see cref="DeadlineFrom"/> counts. The Law's periods are at most 15 days; the
    /// bound only keeps a typo (1500 for 15) from walking the calendar for years.
    /// </summary>
    public const int MaxDays = 366;

    private readonly Dictionary<int, CalendarYear> stored;
    private readonly ConcurrentDictionary<int, YearDays> days = new();

    /// <exception cref="ArgumentException">A year is stored twice.</exception>
    public WorkingCalendar(IEnumerable<CalendarYear> storedYears)
    {
        stored = [];
        foreach (var year in storedYears)
        {
            if (!stored.TryAdd(year.Year, year))
                throw new ArgumentException($"The year {year.Year} is stored twice.", nameof(storedYears));
        }
    }

    /// <summary>The calendar with no stored years: standard holidays everywhere, nothing confirmed.</summary>
    public static WorkingCalendar Standard { get; } = new([]);

    /// <summary>The year as stored, or <see cref="CalendarYear.Standard"/> when nothing is stored for it.</summary>
    public CalendarYear Year(int year) => stored.TryGetValue(year, out var data) ? data : CalendarYear.Standard(year);

    /// <summary>Whether the year's transfers are confirmed; a year with no stored data is not.</summary>
    public bool IsConfirmed(int year) => stored.TryGetValue(year, out var data) && data.Confirmed;

    /// <summary>
    /// Monday to Friday, unless a public holiday or a transferred day off; a transferred working day (a
    /// Saturday made working) is a working day. A holiday on a weekend stays a day off and moves nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="CalendarYear.FirstYear"/>–<see cref="CalendarYear.LastYear"/>.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        var year = DaysOf(date.Year);
        if (year.DaysOff.Contains(date)) return false;
        if (year.WorkingDays.Contains(date)) return true;
        return !CalendarYear.IsWeekend(date);
    }

    /// <summary>
    /// The deadline of a period of <paramref name="days"/> days of <paramref name="kind"/> that starts on
    /// the day after <paramref name="eventDate"/> (the receipt of a request; the day the operator learned of
    /// a breach). Working days: the due date is the <paramref name="days"/>-th working day after the event.
    /// Calendar days: the due date is <paramref name="eventDate"/> + <paramref name="days"/>, or, when that
    /// is a non-working day, the next working day (Civil Code of Belarus, Art. 194). The event's own day
    /// counts for nothing, working or not.
    /// </summary>
    /// <remarks>
    /// <see cref="Deadline.CalendarConfirmed"/> is true only when every year holding a day the count looked
    /// at (the day after the event to the due date) is confirmed. The event's own year is not looked at
    /// unless the count stays in it.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–<see cref="MaxDays"/>, or the count leaves the calendar's years.</exception>
    public Deadline DeadlineFrom(DateOnly eventDate, int days, DayKind kind, string? basis = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);

        var due = kind switch
        {
            DayKind.Working => NthWorkingDayAfter(eventDate, days),
            DayKind.Calendar => WorkingDayOnOrAfter(eventDate.AddDays(days)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of days."),
        };

        var firstCounted = eventDate.AddDays(1);
        var confirmed = Enumerable.Range(firstCounted.Year, due.Year - firstCounted.Year + 1).All(IsConfirmed);
        return new Deadline(eventDate, days, kind, basis, due, confirmed);
    }

    /// <summary>The number of days of <paramref name="kind"/> in (<paramref name="after"/>, <paramref name="upTo"/>]; 0 when the range is empty.</summary>
    public int CountDays(DateOnly after, DateOnly upTo, DayKind kind)
    {
        if (upTo <= after) return 0;
        if (kind == DayKind.Calendar) return upTo.DayNumber - after.DayNumber;

        var count = 0;
        for (var date = after.AddDays(1); date <= upTo; date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) count++;
        }
        return count;
    }

    private DateOnly NthWorkingDayAfter(DateOnly eventDate, int n)
    {
        var date = eventDate;
        while (n > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) n--;
        }
        return date;
    }

    private DateOnly WorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    private YearDays DaysOf(int year)
    {
        if (year is < CalendarYear.FirstYear or > CalendarYear.LastYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The calendar covers {CalendarYear.FirstYear}–{CalendarYear.LastYear}.");
        return days.GetOrAdd(year, y => YearDays.Of(Year(y)));
    }

    private sealed record YearDays(HashSet<DateOnly> DaysOff, HashSet<DateOnly> WorkingDays)
    {
        public static YearDays Of(CalendarYear year)
        {
            var daysOff = year.Holidays.Where(h => h is not null).Select(h => h.Date).Concat(year.TransferredDaysOff);
            return new([.. daysOff.Where(d => d.Year == year.Year)], [.. year.TransferredWorkingDays.Where(d => d.Year == year.Year)]);
        }
    }
}
