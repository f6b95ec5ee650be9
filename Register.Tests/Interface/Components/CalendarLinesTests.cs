using Register.Api.Components.Pages.Calendar;
using Register.Api.Features.Calendar;
using Register.Domain.Journals;

namespace Register.Tests.Interface.Components;

/// <summary>The calendar form's lines: what the officer may type, and where the operation's messages land.</summary>
[SetUICulture("ru-RU")]
public sealed class CalendarLinesTests
{
    private static readonly CalendarYearResponse Standard2027 = new(2027, PublicHolidays.Of(2027), [], [], false, CalendarYear.StandardSource, false, 0);

    [Test]
    public void Dates_are_read_one_a_line_in_either_format_blank_lines_skipped()
    {
        var parsed = CalendarLines.Dates(" 08.01.2027\r\n\r\n2027-01-16 \n");

        Assert.That(parsed.Items, Is.EqualTo(new[] { new DateOnly(2027, 1, 8), new DateOnly(2027, 1, 16) }));
        Assert.That(parsed.Lines, Is.EqualTo(new[] { 1, 3 }));
        Assert.That(parsed.Problems, Is.Empty);
    }

    [Test]
    public void A_holiday_keeps_the_English_name_of_its_date_and_needs_a_name()
    {
        var parsed = CalendarLines.Holidays("01.01.2027 — Новый год\n07.01.2027", PublicHolidays.Of(2027));

        Assert.That(parsed.Items.Single().Names, Is.EqualTo(new HolidayNames("Новый год", "New Year's Day")));
        Assert.That(parsed.Problems.Single(), Does.StartWith("Строка 2: после даты напишите название праздника"));
    }

    [Test]
    public void A_line_that_is_not_a_date_is_refused_before_the_operation_runs()
    {
        var form = new CalendarEditForm { Holidays = "01.01.2027 — Новый год", DaysOff = "32.01.2027", WorkingDays = "16.01.2027 суббота" };

        var (request, lines) = form.Read(Standard2027);

        Assert.That(request, Is.Null);
        Assert.That(lines.Problems.Keys, Is.EquivalentTo(new[] { "transferredDaysOff", "transferredWorkingDays" }));
        Assert.That(lines.Problems["transferredWorkingDays"].Single(), Does.StartWith("Строка 1: в этом списке только дата"));
    }

    [Test]
    public void The_operations_messages_go_beside_their_list_with_the_line_typed()
    {
        var form = new CalendarEditForm { Holidays = "01.01.2027 — Новый год\n\n07.01.2027 — Рождество", DaysOff = "\n16.01.2027", Source = " " };
        var (request, lines) = form.Read(Standard2027);

        var byField = lines.ByField(new Dictionary<string, string[]>
        {
            ["holidays[1].names.ru"] = ["нет названия"], ["transferredDaysOff[0]"] = ["суббота"], ["source"] = ["укажите источник"], ["year"] = ["вне диапазона"],
        });

        Assert.That(request!.Source, Is.Null);
        Assert.That(byField["holidays"], Is.EqualTo(new[] { "Строка 3: нет названия" }));
        Assert.That(byField["transferredDaysOff"], Is.EqualTo(new[] { "Строка 2: суббота" }));
        Assert.That(byField["source"], Is.EqualTo(new[] { "укажите источник" }));
        Assert.That(byField["year"], Is.EqualTo(new[] { "вне диапазона" }));
    }
}
