using Register.Domain.Journals;
using static Register.Tests.Domain.Journals.Law99zCalendar;

namespace Register.Tests.Domain.Journals;

public class CalendarYearValidationTests
{
    private static CalendarYear Year2027 => CalendarYear.Standard(2027);

    [Test]
    public void The_confirmed_years_of_the_law_have_no_problems()
    {
        Assert.That(Years.SelectMany(y => y.Validate()), Is.Empty);
    }

    [Test]
    public void A_date_outside_the_year_is_a_problem_at_its_field()
    {
        var year = Year2027 with
        {
            Holidays = [.. Year2027.Holidays, new Holiday(D(2026, 12, 31), new HolidayNames("Канун", null))],
            TransferredDaysOff = [D(2028, 1, 3)],
            TransferredWorkingDays = [D(2026, 12, 26)],
        };

        Assert.That(year.Validate().Select(p => p.Path), Is.EqualTo(new[] { "holidays[10].date", "transferredDaysOff[0]", "transferredWorkingDays[0]" }));
    }

    [Test]
    public void A_transferred_working_day_that_is_not_a_weekend_day_is_a_problem()
    {
        var year = Year2027 with { TransferredWorkingDays = [D(2027, 1, 16), D(2027, 1, 15)] };

        var problems = year.Validate();

        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { "transferredWorkingDays[1]" }));
        Assert.That(problems[0].En, Does.Contain("2027-01-15").And.Contain("Friday"));
    }

    [Test]
    public void A_transferred_day_off_on_a_weekend_is_a_problem()
    {
        var year = Year2027 with { TransferredDaysOff = [D(2027, 1, 9)] };

        Assert.That(year.Validate().Select(p => p.Path), Is.EqualTo(new[] { "transferredDaysOff[0]" }));
    }

    [Test]
    public void A_date_listed_twice_in_one_list_is_a_problem_at_the_second_place()
    {
        var year = Year2027 with { TransferredDaysOff = [D(2027, 1, 4), D(2027, 1, 4)] };

        var problems = year.Validate();

        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { "transferredDaysOff[1]" }));
        Assert.That(problems[0].En, Does.Contain("twice").And.Contain("transferredDaysOff[0]"));
    }

    [Test]
    public void A_date_both_a_holiday_and_a_transferred_day_is_listed_twice()
    {
        // 1 January 2027, a Friday holiday, cannot also be a transferred day off, nor 9 May, a Sunday holiday, a working day.
        var year = Year2027 with { TransferredDaysOff = [D(2027, 1, 1)], TransferredWorkingDays = [D(2027, 5, 9)] };

        Assert.That(year.Validate().Select(p => p.Path), Is.EqualTo(new[] { "transferredDaysOff[0]", "transferredWorkingDays[0]" }));
    }

    [Test]
    public void A_holiday_without_a_Russian_name_is_a_problem()
    {
        var year = Year2027 with { Holidays = [new Holiday(D(2027, 1, 1), new HolidayNames(" ", "New Year's Day"))] };

        Assert.That(year.Validate().Select(p => p.Path), Is.EqualTo(new[] { "holidays[0].names.ru" }));
    }

    [Test]
    public void A_confirmed_year_without_a_source_is_a_problem()
    {
        var year = Year2027 with { Confirmed = true, Source = "" };

        Assert.That(year.Validate().Select(p => p.Path), Is.EqualTo(new[] { "source" }));
    }

    [TestCase(1899)]
    [TestCase(20027)]
    public void A_year_outside_1900_to_2099_is_a_problem(int number)
    {
        var year = new CalendarYear(number, [], [], [], Confirmed: false, Source: null);

        Assert.That(year.Validate().Select(p => p.Path), Is.EqualTo(new[] { "year" }));
    }

    [Test]
    public void Lists_given_as_null_are_read_as_empty()
    {
        var year = new CalendarYear(2027, null, null, null, Confirmed: false, Source: null);

        Assert.That(year.Holidays, Is.Empty);
        Assert.That(year.TransferredDaysOff, Is.Empty);
        Assert.That(year.TransferredWorkingDays, Is.Empty);
        Assert.That(year.Validate(), Is.Empty);
    }
}
