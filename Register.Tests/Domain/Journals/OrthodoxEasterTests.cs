using Register.Domain.Journals;

namespace Register.Tests.Domain.Journals;

public class OrthodoxEasterTests
{
    // law-99z.md, "The working-day calendar".
    [TestCase(2024, 5, 5)]
    [TestCase(2025, 4, 20)]
    [TestCase(2026, 4, 12)]
    [TestCase(2027, 5, 2)]
    [TestCase(2028, 4, 16)]
    [TestCase(2029, 4, 8)]
    [TestCase(2030, 4, 28)]
    public void Orthodox_Easter_falls_on_the_listed_date(int year, int month, int day)
    {
        Assert.That(OrthodoxEaster.Of(year), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase(2024, 5, 14)]
    [TestCase(2025, 4, 29)]
    [TestCase(2026, 4, 21)]
    [TestCase(2027, 5, 11)]
    [TestCase(2028, 4, 25)]
    [TestCase(2029, 4, 17)]
    [TestCase(2030, 5, 7)]
    public void Radunitsa_falls_on_the_listed_tuesday(int year, int month, int day)
    {
        var radunitsa = OrthodoxEaster.RadunitsaOf(year);

        Assert.That(radunitsa, Is.EqualTo(new DateOnly(year, month, day)));
        Assert.That(radunitsa.DayOfWeek, Is.EqualTo(DayOfWeek.Tuesday));
    }

    [Test]
    public void From_1900_to_2099_Easter_is_a_Sunday_between_4_April_and_8_May()
    {
        // The Julian Easter lies between 22 March and 25 April; the Gregorian calendar is 13 days ahead in these years.
        for (var year = 1900; year <= 2099; year++)
        {
            var easter = OrthodoxEaster.Of(year);

            Assert.That(easter.DayOfWeek, Is.EqualTo(DayOfWeek.Sunday), $"{year}");
            Assert.That(easter, Is.InRange(new DateOnly(year, 4, 4), new DateOnly(year, 5, 8)), $"{year}");
        }
    }

    [Test]
    public void Radunitsa_is_Easter_plus_nine_days_on_a_Tuesday_in_every_year_from_1900_to_2099()
    {
        for (var year = 1900; year <= 2099; year++)
        {
            var radunitsa = OrthodoxEaster.RadunitsaOf(year);

            Assert.That(radunitsa.DayNumber - OrthodoxEaster.Of(year).DayNumber, Is.EqualTo(9), $"{year}");
            Assert.That(radunitsa.DayOfWeek, Is.EqualTo(DayOfWeek.Tuesday), $"{year}");
        }
    }

    [TestCase(1582)]
    [TestCase(9999)]
    public void Years_outside_the_supported_range_are_refused(int year)
    {
        Assert.That(() => OrthodoxEaster.Of(year), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
