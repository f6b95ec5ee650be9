using Register.Domain.Journals;
using static Register.Tests.Domain.Journals.Law99zCalendar;

namespace Register.Tests.Domain.Journals;

public class MinskTimeTests
{
    [Test]
    public void Late_evening_in_UTC_is_already_the_next_day_in_Minsk()
    {
        Assert.That(MinskTime.DateOf(new DateTimeOffset(2026, 12, 31, 21, 30, 0, TimeSpan.Zero)), Is.EqualTo(D(2027, 1, 1)));
        Assert.That(MinskTime.DateOf(new DateTimeOffset(2026, 12, 31, 20, 59, 59, TimeSpan.Zero)), Is.EqualTo(D(2026, 12, 31)));
    }

    [Test]
    public void An_instant_written_with_another_offset_is_read_in_Minsk()
    {
        // 23:30 in New York on 5 March is 07:30 on 6 March in Minsk.
        Assert.That(MinskTime.DateOf(new DateTimeOffset(2026, 3, 5, 23, 30, 0, TimeSpan.FromHours(-5))), Is.EqualTo(D(2026, 3, 6)));
    }

    [Test]
    public void Minsk_keeps_UTC_plus_3_in_summer_too()
    {
        Assert.That(MinskTime.DateOf(new DateTimeOffset(2026, 7, 2, 21, 0, 0, TimeSpan.Zero)), Is.EqualTo(D(2026, 7, 3)));
    }

    [Test]
    public void Today_is_the_Minsk_date_of_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 4, 22, 0, 0, TimeSpan.Zero));

        Assert.That(MinskTime.Today(clock), Is.EqualTo(D(2026, 3, 5)));
    }

    [Test]
    public void A_breach_detected_in_the_evening_of_30_December_2026_is_notified_by_5_January_2027()
    {
        var learnedOn = MinskTime.DateOf(DateTimeOffset.Parse("2026-12-30T16:20:00+03:00", System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(DeadlineRules.BreachNotification.From(learnedOn, Calendar).On, Is.EqualTo(D(2027, 1, 5)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
