using Register.Domain.Journals;
using static Register.Tests.Domain.Journals.Law99zCalendar;

namespace Register.Tests.Domain.Journals;

public class PublicHolidaysTests
{
    [Test]
    public void The_standard_holidays_are_the_ten_days_of_the_law_in_date_order()
    {
        var dates = PublicHolidays.Of(2026).Select(h => h.Date);

        Assert.That(dates, Is.EqualTo(new[]
        {
            D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 7), D(2026, 3, 8), D(2026, 4, 21),
            D(2026, 5, 1), D(2026, 5, 9), D(2026, 7, 3), D(2026, 11, 7), D(2026, 12, 25),
        }));
    }

    [Test]
    public void Holidays_on_a_weekend_keep_their_date()
    {
        // 2026: 8 March is a Sunday, 9 May and 7 November are Saturdays; no weekday is added for them.
        var holidays = PublicHolidays.Of(2026).Select(h => h.Date).ToList();

        Assert.That(holidays, Does.Contain(D(2026, 3, 8)).And.Contain(D(2026, 5, 9)).And.Contain(D(2026, 11, 7)));
        Assert.That(holidays, Does.Not.Contain(D(2026, 3, 9)).And.Not.Contain(D(2026, 5, 11)).And.Not.Contain(D(2026, 11, 9)));
    }

    [Test]
    public void Every_standard_holiday_has_a_Russian_and_an_English_name()
    {
        var holidays = PublicHolidays.Of(2026);

        Assert.That(holidays.Select(h => h.Names.Ru), Has.None.Empty.And.None.Null);
        Assert.That(holidays.Select(h => h.Names.En), Has.None.Empty.And.None.Null);
        Assert.That(holidays.Single(h => h.Date == D(2026, 4, 21)).Names, Is.EqualTo(new HolidayNames("Радуница", "Radunitsa")));
    }

    [Test]
    public void Radunitsa_on_Victory_Day_is_listed_once_with_both_names()
    {
        // Easter 2000 was 30 April, so Radunitsa was 9 May.
        var holidays = PublicHolidays.Of(2000);

        Assert.That(holidays, Has.Count.EqualTo(9));
        Assert.That(holidays.Single(h => h.Date == D(2000, 5, 9)).Names.Ru, Is.EqualTo("Радуница; День Победы"));
    }

    [Test]
    public void A_computed_year_has_no_validation_problems_in_any_year_from_1900_to_2099()
    {
        for (var year = CalendarYear.FirstYear; year <= CalendarYear.LastYear; year++)
            Assert.That(CalendarYear.Standard(year).Validate(), Is.Empty, $"{year}");
    }
}
