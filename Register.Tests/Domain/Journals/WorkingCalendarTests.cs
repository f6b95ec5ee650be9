using Register.Domain.Journals;
using static Register.Tests.Domain.Journals.Law99zCalendar;

namespace Register.Tests.Domain.Journals;

public class WorkingCalendarTests
{
    [TestCase(2026, 3, 8)]
    [TestCase(2026, 5, 9)]
    [TestCase(2026, 11, 7)]
    public void A_holiday_on_a_weekend_is_a_day_off_and_the_Monday_after_it_is_a_working_day(int year, int month, int day)
    {
        var holiday = D(year, month, day);
        var nextMonday = holiday.AddDays(holiday.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);

        Assert.That(Calendar.IsWorkingDay(holiday), Is.False);
        Assert.That(nextMonday.DayOfWeek, Is.EqualTo(DayOfWeek.Monday));
        Assert.That(Calendar.IsWorkingDay(nextMonday), Is.True);
    }

    [TestCase(2024, 5, 18)]
    [TestCase(2024, 11, 16)]
    [TestCase(2025, 1, 11)]
    [TestCase(2025, 4, 26)]
    [TestCase(2025, 7, 12)]
    [TestCase(2025, 12, 20)]
    [TestCase(2026, 4, 25)]
    public void A_transferred_Saturday_is_a_working_day(int year, int month, int day)
    {
        var saturday = D(year, month, day);

        Assert.That(saturday.DayOfWeek, Is.EqualTo(DayOfWeek.Saturday));
        Assert.That(Calendar.IsWorkingDay(saturday), Is.True);
    }

    [TestCase(2024, 5, 13)]
    [TestCase(2024, 11, 8)]
    [TestCase(2025, 1, 6)]
    [TestCase(2025, 4, 28)]
    [TestCase(2025, 7, 4)]
    [TestCase(2025, 12, 26)]
    [TestCase(2026, 4, 20)]
    public void The_weekday_a_transfer_replaces_is_a_day_off(int year, int month, int day)
    {
        Assert.That(Calendar.IsWorkingDay(D(year, month, day)), Is.False);
    }

    [Test]
    public void An_ordinary_week_works_Monday_to_Friday()
    {
        var monday = D(2026, 3, 16);
        var week = Enumerable.Range(0, 7).Select(i => Calendar.IsWorkingDay(monday.AddDays(i)));

        Assert.That(week, Is.EqualTo(new[] { true, true, true, true, true, false, false }));
    }

    [Test]
    public void A_year_without_stored_data_has_the_standard_holidays_no_transfers_and_is_not_confirmed()
    {
        var year = Calendar.Year(2027);

        Assert.That(year.Confirmed, Is.False);
        Assert.That(Calendar.IsConfirmed(2027), Is.False);
        Assert.That(year.Holidays, Is.EqualTo(PublicHolidays.Of(2027)));
        Assert.That(year.TransferredDaysOff, Is.Empty);
        Assert.That(year.TransferredWorkingDays, Is.Empty);
        // Radunitsa 2027 is Tuesday 11 May; with no resolution known, Monday 10 May stays a working day.
        Assert.That(Calendar.IsWorkingDay(D(2027, 5, 11)), Is.False);
        Assert.That(Calendar.IsWorkingDay(D(2027, 5, 10)), Is.True);
    }

    [Test]
    public void The_confirmed_years_are_those_stored_as_confirmed()
    {
        var calendar = new WorkingCalendar([Year2026, CalendarYear.Standard(2027)]);

        Assert.That(calendar.IsConfirmed(2026), Is.True);
        Assert.That(calendar.IsConfirmed(2027), Is.False, "stored, but not confirmed");
        Assert.That(calendar.IsConfirmed(2028), Is.False, "not stored");
    }

    [Test]
    public void An_officers_correction_of_a_year_replaces_the_computed_one()
    {
        // An organisation may transfer days for itself: here Monday 4 January 2027 off, made up on Saturday 16 January.
        var corrected = CalendarYear.Standard(2027) with { TransferredDaysOff = [D(2027, 1, 4)], TransferredWorkingDays = [D(2027, 1, 16)] };
        var calendar = new WorkingCalendar([corrected]);

        Assert.That(calendar.IsWorkingDay(D(2027, 1, 4)), Is.False);
        Assert.That(calendar.IsWorkingDay(D(2027, 1, 16)), Is.True);
        Assert.That(WorkingCalendar.Standard.IsWorkingDay(D(2027, 1, 4)), Is.True);
    }

    [Test]
    public void A_holiday_outweighs_a_transferred_working_day_on_the_same_date()
    {
        var contradictory = Year2026 with { TransferredWorkingDays = [D(2026, 3, 8)] };

        Assert.That(new WorkingCalendar([contradictory]).IsWorkingDay(D(2026, 3, 8)), Is.False);
    }

    [Test]
    public void A_year_stored_twice_is_refused()
    {
        Assert.That(() => new WorkingCalendar([Year2026, Year2026 with { Source = "another" }]), Throws.ArgumentException);
    }

    [TestCase(1899, 12, 31)]
    [TestCase(2100, 1, 1)]
    public void A_date_outside_the_calendars_years_is_refused(int year, int month, int day)
    {
        Assert.That(() => Calendar.IsWorkingDay(D(year, month, day)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
