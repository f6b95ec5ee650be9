namespace Register.Domain.Journals;

/// <summary>The days a period counts. The contract writes them <c>working</c> and <c>calendar</c>.</summary>
public enum DayKind
{
    /// <summary>Only working days count ("в течение пяти рабочих дней").</summary>
    Working,
    /// <summary>Every day counts; a last day that is not a working day moves to the next working day (Civil Code Art. 194).</summary>
    Calendar,
}

/// <summary>
/// A computed deadline: <see cref="On"/> is the last day on which the duty may still be done. Computed by
/// <see cref="WorkingCalendar.DeadlineFrom"/> or <see cref="DeadlineRule.From"/>; to be recomputed from
/// the event whenever shown, so that a correction of the calendar reaches it.
/// </summary>
/// <param name="EventDate">The Minsk date of the event the period runs from (it starts the day after).</param>
/// <param name="Basis">The legal basis of the period (<c>ст. 11 п. 2</c>); null for a bare computation.</param>
/// <param name="CalendarConfirmed">
/// False when a year the count went through (the day after the event to <see cref="On"/>) has no confirmed
/// transfers: the due date may still move when the government transfers days in that year.
/// </param>
public sealed record Deadline(DateOnly EventDate, int Days, DayKind Kind, string? Basis, DateOnly On, bool CalendarConfirmed)
{
    /// <summary>
    /// The deadline as seen on <paramref name="today"/> (a Minsk date), in the contract's <c>due</c> shape.
    /// For a request already answered, pass the answer's date: <see cref="DeadlineStatus.Overdue"/> then
    /// says whether it was answered late.
    /// </summary>
    /// <remarks>
    /// <para><see cref="DeadlineStatus.Overdue"/>: <paramref name="today"/> is after <see cref="On"/>. The
    /// due day itself is not overdue.</para>
    /// <para><see cref="DeadlineStatus.DaysLeft"/>: the days of the deadline's own kind between today and the
    /// due date, today left out and the due date counted, signed:</para>
    /// <list type="bullet">
    /// <item>0 on the due date;</item>
    /// <item>before it, the days of the kind in (today, due]: how many more days of that kind there are
    /// after today, the due day included (information request due Thu 12.03.2026: on Thu 05.03 it is 5,
    /// on Fri 06.03, Sat 07.03 and Sun 08.03 it is 4, on Wed 11.03 it is 1);</item>
    /// <item>after it, minus the days of the kind in [due, today): how many days of that kind went by
    /// since the deadline, the due day included (due Fri: on Sat, Sun and Mon it is -1, on Tue -2).</item>
    /// </list>
    /// <para>So it is negative exactly when overdue and 0 exactly on the due date, because a computed due
    /// date is always a working day. A weekend right after a working-day deadline reads -1, not 0: the
    /// deadline is already missed though no further working day has gone by. Working days are counted on
    /// <paramref name="calendar"/>, which should be the calendar the deadline was computed on.</para>
    /// </remarks>
    public DeadlineStatus AsOf(DateOnly today, WorkingCalendar calendar)
    {
        var daysLeft = today <= On
            ? calendar.CountDays(today, On, Kind)
            : -calendar.CountDays(On.AddDays(-1), today.AddDays(-1), Kind);
        return new DeadlineStatus(On, daysLeft, Kind, Basis, Overdue: today > On, CalendarConfirmed);
    }
}

/// <summary>
/// A deadline as seen on a given day, in the order and shape of the contract's <c>due</c> object:
/// <c>{ on, daysLeft, kind, basis, overdue, calendarConfirmed }</c>. See <see cref="Deadline.AsOf"/> for
/// what <see cref="DaysLeft"/> and <see cref="Overdue"/> mean.
/// </summary>
public sealed record DeadlineStatus(DateOnly On, int DaysLeft, DayKind Kind, string? Basis, bool Overdue, bool CalendarConfirmed);
