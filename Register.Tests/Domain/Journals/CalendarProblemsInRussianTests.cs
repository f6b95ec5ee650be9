using Register.Domain.Journals;

namespace Register.Tests.Domain.Journals;

/// <summary>
/// Every calendar problem speaks Russian as well as English: the officer reads it beside the field in the interface, the
/// API keeps its English. The Russian text names dates as the officer types them (ДД.ММ.ГГГГ) and weekdays in Russian.
/// </summary>
public class CalendarProblemsInRussianTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly CalendarYear Year2027 = CalendarYear.Standard(2027);

    private static readonly Dictionary<string, (CalendarYear Year, string Path, string Russian, string English)> Cases = new()
    {
        ["year out of range"] = (new CalendarYear(1899, [], [], [], false, null), "year", "Год 1899 вне диапазона 1900–2099.", "The year 1899 is outside 1900–2099."),
        ["empty holiday"] = (Year2027 with { Holidays = [null!] }, "holidays[0]", "Праздник не заполнен.", "The holiday is empty."),
        ["holiday without Russian name"] = (Year2027 with { Holidays = [new Holiday(D(2027, 1, 1), new HolidayNames(" ", "New Year's Day"))] },
            "holidays[0].names.ru", "У праздника 01.01.2027 нет названия на русском языке.", "The holiday on 2027-01-01 has no Russian name."),
        ["date in another year"] = (Year2027 with { TransferredDaysOff = [D(2028, 1, 3)] },
            "transferredDaysOff[0]", "Дата 03.01.2028 не относится к 2027 году.", "2028-01-03 is not in 2027."),
        ["day off on a Saturday"] = (Year2027 with { TransferredDaysOff = [D(2027, 1, 9)] }, "transferredDaysOff[0]",
            "09.01.2027 — суббота, и так выходной; перенесённый выходной день — это будний день (понедельник–пятница).",
            "2027-01-09 is a Saturday, already a day off; a transferred day off is a weekday."),
        ["working day on a Friday"] = (Year2027 with { TransferredWorkingDays = [D(2027, 1, 15)] }, "transferredWorkingDays[0]",
            "15.01.2027 — пятница, и так рабочий день; перенесённый рабочий день — это суббота или воскресенье.",
            "2027-01-15 is a Friday, already a working day; a transferred working day is a Saturday or Sunday."),
        ["listed twice"] = (Year2027 with { TransferredDaysOff = [D(2027, 1, 1)] }, "transferredDaysOff[0]",
            "Дата 01.01.2027 указана дважды (она уже есть в списке «праздничные дни»).", "2027-01-01 is listed twice (also at holidays[0].date)."),
        ["confirmed without source"] = (Year2027 with { Confirmed = true, Source = " " }, "source",
            "У подтверждённого года укажите источник (постановление о переносе рабочих дней на этот год).",
            "A confirmed year names its source (the resolution that sets the year's transfers)."),
    };

    public static IEnumerable<string> CaseNames => Cases.Keys;

    [TestCaseSource(nameof(CaseNames))]
    public void A_problem_reads_in_Russian_and_keeps_its_English(string name)
    {
        var (year, path, russian, english) = Cases[name];

        var problem = year.Validate().Single();

        Assert.That((problem.Path, problem.Ru, problem.En), Is.EqualTo((path, russian, english)));
    }

    [Test]
    public void A_problem_needs_both_languages()
    {
        Assert.Throws<ArgumentException>(() => _ = new CalendarProblem("source", " ", "A confirmed year names its source."));
        Assert.Throws<ArgumentException>(() => _ = new CalendarProblem("source", "Укажите источник.", ""));
    }
}
