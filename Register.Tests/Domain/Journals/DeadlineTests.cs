using Register.Domain.Journals;
using static Register.Tests.Domain.Journals.Law99zCalendar;

namespace Register.Tests.Domain.Journals;

public class DeadlineTests
{
    // The three worked examples of law-99z.md ("Counting").

    [Test]
    public void An_information_request_received_Thursday_5_March_2026_is_due_Thursday_12_March()
    {
        // 8 March was a Sunday and moves nothing.
        var due = DeadlineRules.Information.From(D(2026, 3, 5), Calendar);

        Assert.That(due.On, Is.EqualTo(D(2026, 3, 12)));
        Assert.That(due.On.DayOfWeek, Is.EqualTo(DayOfWeek.Thursday));
        Assert.That((due.Kind, due.Basis, due.CalendarConfirmed), Is.EqualTo((DayKind.Working, "ст. 11 п. 2", true)));
    }

    [Test]
    public void A_stop_processing_request_received_Monday_2_March_2026_is_due_Tuesday_17_March()
    {
        var due = DeadlineRules.StopProcessing.From(D(2026, 3, 2), Calendar);

        Assert.That(due.On, Is.EqualTo(D(2026, 3, 17)));
        Assert.That(due.On.DayOfWeek, Is.EqualTo(DayOfWeek.Tuesday));
        Assert.That((due.Kind, due.Basis, due.CalendarConfirmed), Is.EqualTo((DayKind.Calendar, "ст. 13 п. 2", true)));
    }

    [Test]
    public void A_breach_learned_of_Thursday_5_March_2026_is_notified_by_Tuesday_10_March()
    {
        var due = DeadlineRules.BreachNotification.From(D(2026, 3, 5), Calendar);

        Assert.That(due.On, Is.EqualTo(D(2026, 3, 10)));
        Assert.That(due.On.DayOfWeek, Is.EqualTo(DayOfWeek.Tuesday));
        Assert.That((due.Kind, due.Basis, due.CalendarConfirmed), Is.EqualTo((DayKind.Working, "ст. 16 п. 1 абз. 8", true)));
    }

    [Test]
    public void A_request_received_on_a_holiday_counts_from_the_next_day()
    {
        // Thursday 1 January 2026: 2 January is a holiday, 3-4 a weekend, 7 January a holiday.
        var due = DeadlineRules.Information.From(D(2026, 1, 1), Calendar);

        Assert.That(due.On, Is.EqualTo(D(2026, 1, 12)));
    }

    [Test]
    public void A_request_received_on_a_Sunday_holiday_has_its_15_days_from_the_Monday()
    {
        var due = DeadlineRules.Correction.From(D(2026, 3, 8), Calendar);

        Assert.That(due.On, Is.EqualTo(D(2026, 3, 23)));
    }

    [TestCase(2026, 3, 21, 2026, 4, 6, TestName = "Ends on Sunday 5 April 2026: due Monday 6 April")]
    [TestCase(2026, 4, 16, 2026, 5, 4, TestName = "Ends on Friday 1 May 2026, a holiday before a weekend: due Monday 4 May")]
    [TestCase(2026, 4, 5, 2026, 4, 22, TestName = "Ends on Monday 20 April 2026, a transferred day off before Radunitsa: due Wednesday 22 April")]
    [TestCase(2026, 4, 6, 2026, 4, 22, TestName = "Ends on Radunitsa 2026: due Wednesday 22 April")]
    public void A_15_day_period_ending_on_a_non_working_day_ends_on_the_next_working_day(int y, int m, int d, int dueY, int dueM, int dueD)
    {
        var received = D(y, m, d);
        var due = DeadlineRules.StopProcessing.From(received, Calendar);

        Assert.That(Calendar.IsWorkingDay(received.AddDays(15)), Is.False, "the 15th day");
        Assert.That(due.On, Is.EqualTo(D(dueY, dueM, dueD)));
    }

    [Test]
    public void A_15_day_period_ending_on_a_transferred_working_Saturday_ends_that_Saturday()
    {
        var due = DeadlineRules.StopProcessing.From(D(2026, 4, 10), Calendar);

        Assert.That(due.On, Is.EqualTo(D(2026, 4, 25)));
        Assert.That(due.On.DayOfWeek, Is.EqualTo(DayOfWeek.Saturday));
    }

    [Test]
    public void A_count_of_working_days_includes_a_transferred_working_Saturday()
    {
        // Wednesday 22 April 2026: Thu 23, Fri 24, Sat 25 (worked for Mon 20), Mon 27, Tue 28.
        var due = DeadlineRules.Information.From(D(2026, 4, 22), Calendar);
        var withoutTransfers = DeadlineRules.Information.From(D(2026, 4, 22), WorkingCalendar.Standard);

        Assert.That(due.On, Is.EqualTo(D(2026, 4, 28)));
        Assert.That(withoutTransfers.On, Is.EqualTo(D(2026, 4, 29)));
    }

    [Test]
    public void Periods_from_30_December_2026_cross_into_2027_over_its_holidays_and_are_not_confirmed()
    {
        var received = D(2026, 12, 30);

        var information = DeadlineRules.Information.From(received, Calendar);
        var stopProcessing = DeadlineRules.StopProcessing.From(received, Calendar);
        var breach = DeadlineRules.BreachNotification.From(received, Calendar);

        // Working days after Wed 30.12: Thu 31.12, Mon 04.01, Tue 05.01, Wed 06.01, Fri 08.01 (1-2 and 7 January are holidays).
        Assert.That(information.On, Is.EqualTo(D(2027, 1, 8)));
        Assert.That(stopProcessing.On, Is.EqualTo(D(2027, 1, 14)));
        Assert.That(breach.On, Is.EqualTo(D(2027, 1, 5)));
        Assert.That(new[] { information, stopProcessing, breach }.Select(d => d.CalendarConfirmed), Is.All.False);
    }

    [Test]
    public void A_deadline_inside_a_year_without_confirmed_transfers_is_flagged()
    {
        var inUnstoredYear = DeadlineRules.Information.From(D(2027, 3, 4), Calendar);
        var inUnconfirmedYear = DeadlineRules.Information.From(D(2026, 3, 5), new WorkingCalendar([Year2026 with { Confirmed = false }]));

        Assert.That(inUnstoredYear.CalendarConfirmed, Is.False);
        Assert.That(inUnconfirmedYear.CalendarConfirmed, Is.False);
    }

    [Test]
    public void The_year_of_the_event_counts_only_when_the_period_runs_in_it()
    {
        // Received 31 December 2023 (no data stored for 2023): every day counted lies in confirmed 2024.
        var due = DeadlineRules.Information.From(D(2023, 12, 31), Calendar);

        Assert.That(due.On, Is.EqualTo(D(2024, 1, 9)));
        Assert.That(due.CalendarConfirmed, Is.True);
    }

    [Test]
    public void A_bare_computation_carries_its_inputs_and_no_basis()
    {
        var due = Calendar.DeadlineFrom(D(2026, 3, 5), 10, DayKind.Calendar);

        Assert.That(due, Is.EqualTo(new Deadline(D(2026, 3, 5), 10, DayKind.Calendar, null, D(2026, 3, 16), true)));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(WorkingCalendar.MaxDays + 1)]
    public void A_period_outside_1_to_366_days_is_refused(int days)
    {
        Assert.That(() => Calendar.DeadlineFrom(D(2026, 3, 5), days, DayKind.Working), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
