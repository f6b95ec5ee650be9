using System.Reflection;
using System.Text.Json;
using Register.Domain.Journals;

namespace Register.Tests.Domain.Journals;

/// <summary>
/// Register.Api/ReferenceData/calendar.json, read as the application carries it (an embedded resource of
/// Register.Api), against the standard holidays and law-99z.md's transfers (<see cref="Law99zCalendar"/>).
/// </summary>
public class CalendarSeedTests
{
    private static readonly IReadOnlyList<CalendarYear> Seed = ReadSeed();

    [Test]
    public void The_seed_holds_exactly_the_years_whose_transfers_the_law_confirms()
    {
        Assert.That(Seed.Select(y => y.Year), Is.EqualTo(new[] { 2024, 2025, 2026 }));
        Assert.That(Seed.Select(y => y.Confirmed), Is.All.True);
    }

    [TestCase(2024, "от 23.11.2023 № 814")]
    [TestCase(2025, "от 14.11.2024 № 839")]
    [TestCase(2026, "от 22.07.2025 № 397")]
    public void Each_seeded_year_is_the_standard_holidays_plus_the_transfers_of_its_resolution(int number, string resolution)
    {
        var seeded = Seed.Single(y => y.Year == number);
        var expected = Law99zCalendar.Years.Single(y => y.Year == number);

        Assert.That(seeded.Holidays, Is.EqualTo(PublicHolidays.Of(number)));
        Assert.That(seeded.TransferredDaysOff, Is.EqualTo(expected.TransferredDaysOff));
        Assert.That(seeded.TransferredWorkingDays, Is.EqualTo(expected.TransferredWorkingDays));
        Assert.That(seeded.Source, Does.Contain("Постановление Совета Министров Республики Беларусь " + resolution));
    }

    [Test]
    public void The_seed_has_no_validation_problems()
    {
        Assert.That(Seed.SelectMany(y => y.Validate().Select(p => $"{y.Year} {p.Path}: {p.En}")), Is.Empty);
    }

    private static IReadOnlyList<CalendarYear> ReadSeed()
    {
        // Loaded by name rather than through an Api type, so the test does not depend on the API's internals.
        using var stream = Assembly.Load("Register.Api").GetManifestResourceStream("ReferenceData/calendar.json")
            ?? throw new InvalidOperationException("ReferenceData/calendar.json is not embedded in Register.Api.");
        return JsonSerializer.Deserialize<List<CalendarYear>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("ReferenceData/calendar.json is empty.");
    }
}
