using System.Globalization;

namespace Register.Domain.Journals;

/// <summary>
/// One year of the working-day calendar as reference data: its non-working public holidays, and the
/// government's transfers of working days (a weekday made a day off, made up by a weekend day made a
/// working day). The officer corrects and extends years, so any data is accepted here and
/// <see cref="Validate"/> says what is wrong with it; lists given as null are read as empty.
/// </summary>
/// <param name="Confirmed">
/// True when the year's transfers are known to be complete (the resolution for the year has been entered).
/// A deadline computed over a year that is not confirmed says so.
/// </param>
/// <param name="Source">Where the data comes from, e.g. the Council of Ministers' resolution.</param>
public sealed record CalendarYear(
    int Year,
    IReadOnlyList<Holiday>? Holidays,
    IReadOnlyList<DateOnly>? TransferredDaysOff,
    IReadOnlyList<DateOnly>? TransferredWorkingDays,
    bool Confirmed,
    string? Source)
{
    // The register judges deadlines of today's requests; a year far outside this range is a typo.
    public const int FirstYear = 1900;
    public const int LastYear = 2099;

    public const string StandardSource =
        "Рассчитано: государственные праздники без переносов рабочих дней (постановление о переносе на этот год не внесено)";

    public IReadOnlyList<Holiday> Holidays { get; init; } = Holidays ?? [];
    public IReadOnlyList<DateOnly> TransferredDaysOff { get; init; } = TransferredDaysOff ?? [];
    public IReadOnlyList<DateOnly> TransferredWorkingDays { get; init; } = TransferredWorkingDays ?? [];

    /// <summary>
    /// A year with no stored data: the standard public holidays, no transfers, and not confirmed, since the
    /// government may still transfer days in it.
    /// </summary>
    public static CalendarYear Standard(int year) => new(year, PublicHolidays.Of(year), [], [], Confirmed: false, StandardSource);

    /// <summary>
    /// The problems in this year's data, none when it is usable: the year within
    /// <see cref="FirstYear"/>–<see cref="LastYear"/>; every date within the year; every holiday with a
    /// Russian name; a transferred day off on a weekday (Monday to Friday) and a transferred working day on
    /// a Saturday or Sunday; no date listed twice, within one list or across the three (a date cannot be both
    /// a day off and a working day); a confirmed year names its source.
    /// </summary>
    public IReadOnlyList<CalendarProblem> Validate()
    {
        var problems = new List<CalendarProblem>();
        if (Year is < FirstYear or > LastYear)
        {
            problems.Add(new("year", $"Год {Year} вне диапазона {FirstYear}–{LastYear}.", $"The year {Year} is outside {FirstYear}–{LastYear}."));
            return problems;
        }

        var seen = new Dictionary<DateOnly, string>();

        for (var i = 0; i < Holidays.Count; i++)
        {
            var holiday = Holidays[i];
            if (holiday is null)
            {
                problems.Add(new($"holidays[{i}]", "Праздник не заполнен.", "The holiday is empty."));
                continue;
            }

            var path = $"holidays[{i}].date";
            CheckInYear(holiday.Date, path);
            CheckListedOnce(holiday.Date, path);
            if (string.IsNullOrWhiteSpace(holiday.Names?.Ru))
                problems.Add(new($"holidays[{i}].names.ru", $"У праздника {CalendarProblem.Date(holiday.Date)} нет названия на русском языке.",
                    $"The holiday on {Text(holiday.Date)} has no Russian name."));
        }

        for (var i = 0; i < TransferredDaysOff.Count; i++)
        {
            var date = TransferredDaysOff[i];
            var path = $"transferredDaysOff[{i}]";
            CheckInYear(date, path);
            CheckListedOnce(date, path);
            if (IsWeekend(date))
                problems.Add(new(path, $"{CalendarProblem.Date(date)} — {CalendarProblem.Weekday(date)}, и так выходной; перенесённый выходной день — это будний день (понедельник–пятница).",
                    $"{Text(date)} is a {date.DayOfWeek}, already a day off; a transferred day off is a weekday."));
        }

        for (var i = 0; i < TransferredWorkingDays.Count; i++)
        {
            var date = TransferredWorkingDays[i];
            var path = $"transferredWorkingDays[{i}]";
            CheckInYear(date, path);
            CheckListedOnce(date, path);
            if (!IsWeekend(date))
                problems.Add(new(path, $"{CalendarProblem.Date(date)} — {CalendarProblem.Weekday(date)}, и так рабочий день; перенесённый рабочий день — это суббота или воскресенье.",
                    $"{Text(date)} is a {date.DayOfWeek}, already a working day; a transferred working day is a Saturday or Sunday."));
        }

        if (Confirmed && string.IsNullOrWhiteSpace(Source))
            problems.Add(new("source", "У подтверждённого года укажите источник (постановление о переносе рабочих дней на этот год).",
                "A confirmed year names its source (the resolution that sets the year's transfers)."));

        return problems;

        void CheckInYear(DateOnly date, string path)
        {
            if (date.Year != Year)
                problems.Add(new(path, $"Дата {CalendarProblem.Date(date)} не относится к {Year} году.", $"{Text(date)} is not in {Year}."));
        }

        void CheckListedOnce(DateOnly date, string path)
        {
            if (!seen.TryAdd(date, path))
                problems.Add(new(path, $"Дата {CalendarProblem.Date(date)} указана дважды (она уже есть в списке {CalendarProblem.Place(seen[date])}).", $"{Text(date)} is listed twice (also at {seen[date]})."));
        }
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
