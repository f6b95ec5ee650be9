using Register.Domain.Journals;
using static Register.Tests.Domain.Journals.Law99zCalendar;

namespace Register.Tests.Domain.Journals;

public class DeadlineStatusTests
{
    // Received Thursday 5 March 2026, due Thursday 12 March.
    private static readonly Deadline InformationDueThursday = DeadlineRules.Information.From(D(2026, 3, 5), Calendar);

    // Received Friday 6 March 2026, due Friday 13 March.
    private static readonly Deadline InformationDueFriday = DeadlineRules.Information.From(D(2026, 3, 6), Calendar);

    // Received Monday 2 March 2026, due Tuesday 17 March.
    private static readonly Deadline StopProcessingDueTuesday = DeadlineRules.StopProcessing.From(D(2026, 3, 2), Calendar);

    [Test]
    public void On_the_due_date_no_day_is_left_and_it_is_not_overdue()
    {
        var status = InformationDueThursday.AsOf(D(2026, 3, 12), Calendar);

        Assert.That((status.DaysLeft, status.Overdue), Is.EqualTo((0, false)));
    }

    [TestCase(5, 5, TestName = "On the day of receipt (Thu) five working days are left")]
    [TestCase(6, 4, TestName = "On Fri 6 March four are left")]
    [TestCase(7, 4, TestName = "On Sat 7 March still four: the weekend uses none")]
    [TestCase(8, 4, TestName = "On Sun 8 March, a holiday, still four")]
    [TestCase(9, 3, TestName = "On Mon 9 March three are left")]
    [TestCase(11, 1, TestName = "On Wed 11 March one is left")]
    public void Before_a_working_day_deadline_days_left_counts_the_working_days_after_today_up_to_the_due_date(int day, int daysLeft)
    {
        var status = InformationDueThursday.AsOf(D(2026, 3, day), Calendar);

        Assert.That((status.DaysLeft, status.Overdue), Is.EqualTo((daysLeft, false)));
    }

    [TestCase(14, -1, TestName = "Sat 14 March, the day after a Friday deadline: -1")]
    [TestCase(15, -1, TestName = "Sun 15 March: still -1")]
    [TestCase(16, -1, TestName = "Mon 16 March: still -1, Monday is not over")]
    [TestCase(17, -2, TestName = "Tue 17 March: -2")]
    public void After_a_working_day_deadline_days_left_is_minus_the_working_days_from_the_due_date_up_to_today(int day, int daysLeft)
    {
        var status = InformationDueFriday.AsOf(D(2026, 3, day), Calendar);

        Assert.That((status.DaysLeft, status.Overdue), Is.EqualTo((daysLeft, true)));
    }

    [TestCase(2, 15, false)]
    [TestCase(16, 1, false)]
    [TestCase(17, 0, false)]
    [TestCase(18, -1, true)]
    [TestCase(21, -4, true)]
    public void A_calendar_day_deadline_counts_calendar_days(int day, int daysLeft, bool overdue)
    {
        var status = StopProcessingDueTuesday.AsOf(D(2026, 3, day), Calendar);

        Assert.That((status.DaysLeft, status.Overdue), Is.EqualTo((daysLeft, overdue)));
    }

    [Test]
    public void Days_left_is_negative_exactly_when_overdue_and_zero_exactly_on_the_due_date()
    {
        Deadline[] deadlines =
        [
            InformationDueThursday, InformationDueFriday, StopProcessingDueTuesday,
            DeadlineRules.Information.From(D(2026, 12, 30), Calendar),
            DeadlineRules.Correction.From(D(2026, 4, 5), Calendar),
            DeadlineRules.BreachNotification.From(D(2026, 4, 17), Calendar),
        ];

        foreach (var deadline in deadlines)
        {
            for (var today = deadline.EventDate; today <= deadline.On.AddDays(20); today = today.AddDays(1))
            {
                var status = deadline.AsOf(today, Calendar);

                Assert.That(status.DaysLeft < 0, Is.EqualTo(status.Overdue), $"{deadline.On} seen on {today}");
                Assert.That(status.DaysLeft == 0, Is.EqualTo(today == deadline.On), $"{deadline.On} seen on {today}");
            }
        }
    }

    [Test]
    public void The_status_carries_the_deadline_in_the_contracts_due_shape()
    {
        var status = DeadlineRules.Information.From(D(2026, 12, 30), Calendar).AsOf(D(2027, 1, 5), Calendar);

        // Working days after Tue 05.01.2027 up to Fri 08.01: Wed 06 and Fri 08 (7 January is a holiday).
        Assert.That(status, Is.EqualTo(new DeadlineStatus(D(2027, 1, 8), 2, DayKind.Working, "ст. 11 п. 2", Overdue: false, CalendarConfirmed: false)));
    }

    [Test]
    public void An_answer_given_after_the_due_date_is_overdue_when_judged_on_its_date()
    {
        var answeredLate = InformationDueThursday.AsOf(D(2026, 3, 13), Calendar);
        var answeredInTime = InformationDueThursday.AsOf(D(2026, 3, 12), Calendar);

        Assert.That(answeredLate.Overdue, Is.True);
        Assert.That(answeredInTime.Overdue, Is.False);
    }
}
