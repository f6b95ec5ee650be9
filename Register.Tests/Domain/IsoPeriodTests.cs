using NUnit.Framework;
using Register.Domain.Activities;

namespace Register.Tests.Domain;

public class IsoPeriodTests
{
    [TestCase("P30D", "P30D")]
    [TestCase("P1Y", "P1Y")]
    [TestCase("P1M", "P1M")]
    [TestCase("P5Y", "P5Y")]
    [TestCase("P1Y6M", "P1Y6M")]
    [TestCase("P2W", "P2W")]
    [TestCase("PT12H", "PT12H")]
    [TestCase("P1DT2H30M15S", "P1DT2H30M15S")]
    [TestCase("P1Y0M", "P1Y")]
    [TestCase("P0Y0D", "P0D")]
    [TestCase("P007D", "P7D")]
    public void Valid_durations_parse_and_print_canonically(string text, string canonical)
    {
        Assert.That(IsoPeriod.TryParse(text, out var period), Is.True);
        Assert.That(period.ToString(), Is.EqualTo(canonical));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("30 days")]
    [TestCase("P")]
    [TestCase("PT")]
    [TestCase("P1DT")]
    [TestCase("-P1D")]
    [TestCase("P1.5Y")]
    [TestCase("P1,5Y")]
    [TestCase("p30d")]
    [TestCase(" P30D")]
    [TestCase("P30D\n")]
    [TestCase("P1D1Y")]
    [TestCase("P1H")]
    [TestCase("P99999999999D")]
    [TestCase("P١D")]
    public void Invalid_text_does_not_parse(string? text)
    {
        Assert.That(IsoPeriod.TryParse(text, out var period), Is.False);
        Assert.That(period, Is.EqualTo(default(IsoPeriod)));
    }

    [Test]
    public void Months_and_minutes_are_told_apart_by_the_time_designator()
    {
        IsoPeriod.TryParse("P1M", out var month);
        IsoPeriod.TryParse("PT1M", out var minute);

        Assert.That(month, Is.EqualTo(new IsoPeriod(0, 1, 0, 0, 0, 0, 0)));
        Assert.That(minute, Is.EqualTo(new IsoPeriod(0, 0, 0, 0, 0, 1, 0)));
    }

    [Test]
    public void Zero_is_zero_and_anything_else_is_not()
    {
        IsoPeriod.TryParse("P0D", out var zero);
        IsoPeriod.TryParse("PT1S", out var second);

        Assert.That(zero.IsZero, Is.True);
        Assert.That(second.IsZero, Is.False);
    }

    [TestCase("P100Y", false)]
    [TestCase("P1200M", false)]
    [TestCase("P99Y11M", false)]
    [TestCase("P101Y", true)]
    [TestCase("P100Y1D", true)]
    [TestCase("P36600D", true)]
    public void Over_100_years_is_detected(string text, bool longer)
    {
        IsoPeriod.TryParse(text, out var period);

        Assert.That(period.IsLongerThanYears(100), Is.EqualTo(longer));
    }

    [Test]
    public void Approximate_days_average_the_calendar()
    {
        IsoPeriod.TryParse("P1Y1M1W1D", out var period);

        Assert.That(period.ApproximateTotalDays, Is.EqualTo(365.2425 + 365.2425 / 12 + 7 + 1).Within(1e-9));
    }
}
