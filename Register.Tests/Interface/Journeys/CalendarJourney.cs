using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Register.Api.Infrastructure.Auth;
using Register.Domain.Journals;
using Register.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>
/// The officer enters next year's transfers of working days from the government's resolution, as every year; the
/// deadlines are then counted on them. An auditor reads the calendar and is offered nothing to change.
/// </summary>
public sealed class CalendarJourney : JourneyFixture
{
    private static int ThisYear => MinskTime.Today(TimeProvider.System).Year;

    [Test]
    public async Task The_officer_enters_next_years_transfers_and_deadlines_count_on_them()
    {
        var next = ThisYear + 1;
        // Friday 8 January made a day off, Saturday 16 January worked for it (as the resolutions usually move them).
        var dayOff = FirstOf(next, DayOfWeek.Friday, 8);
        var workingSaturday = dayOff.AddDays(8);
        var from = dayOff.AddDays(-3);
        var before = await DeadlineAsync(from);
        await SignInAsync(OfficerKey);

        var calendar = await CalendarScreen.OpenFromMenuAsync(Page);
        await calendar.ChooseYearAsync(next);
        await Expect(calendar.Notice).ToContainTextAsync("сроки, пересекающие этот год, помечаются как неподтверждённые");
        await calendar.EditAsync();

        // A Saturday typed as a day off: the domain's Russian message beside the list, and everything typed kept.
        await calendar.DaysOff.FillAsync(Ru(workingSaturday));
        await calendar.WorkingDays.FillAsync("не дата");
        await calendar.SaveAsync();
        await Expect(calendar.ErrorsOf("transferredWorkingDays")).ToContainTextAsync("Строка 1: «не дата» — в начале строки нужна существующая дата");
        await calendar.WorkingDays.FillAsync(Ru(workingSaturday));
        await calendar.DaysOff.FillAsync("\n" + Ru(dayOff) + "\n" + Ru(workingSaturday));
        await calendar.SaveAsync();
        await Expect(calendar.ErrorsOf("transferredDaysOff")).ToContainTextAsync($"Строка 3: {Ru(workingSaturday)} — суббота, и так выходной");
        await Expect(calendar.DaysOff).ToHaveValueAsync("\n" + Ru(dayOff) + "\n" + Ru(workingSaturday));
        await AssertAccessibleAsync();

        await calendar.DaysOff.FillAsync(Ru(dayOff));
        await calendar.Confirmed.CheckAsync();
        await calendar.Source.FillAsync("Постановление Совета Министров № 000 (тест)");
        await calendar.SaveAsync();
        await Page.WaitForURLAsync($"**/calendar/{next}?saved=1");

        await Expect(Page.Locator("p.success")).ToContainTextAsync($"Календарь на {next} год сохранён");
        await Expect(calendar.Notice).ToHaveCountAsync(0);
        await Expect(calendar.Facts).ToContainTextAsync("да — переносы на год внесены полностью");
        await Expect(calendar.Facts).ToContainTextAsync("Постановление Совета Министров № 000 (тест)");
        await Expect(calendar.Days("Перенесённые выходные дни")).ToContainTextAsync(new System.Text.RegularExpressions.Regex($@"{Ru(dayOff)}\s*пятница"));
        await Expect(calendar.Days("Перенесённые рабочие дни")).ToContainTextAsync(new System.Text.RegularExpressions.Regex($@"{Ru(workingSaturday)}\s*суббота"));
        await Expect(calendar.Days("Праздничные дни")).ToContainTextAsync("Рождество Христово");
        await Screens.TakeAsync(Page, "calendar");

        var stored = await Officer.GetFromJsonAsync<JsonElement>($"/api/calendar/{next}");
        Assert.That(stored.GetProperty("transferredDaysOff").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { Iso(dayOff) }));
        Assert.That(stored.GetProperty("transferredWorkingDays").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { Iso(workingSaturday) }));
        Assert.That(stored.GetProperty("confirmed").GetBoolean(), Is.True);
        // The standard holidays came back with their English names, which the form does not show.
        Assert.That(stored.GetProperty("holidays")[0].GetProperty("names").GetProperty("en").GetString(), Is.EqualTo("New Year's Day"));
        var audit = await Officer.GetFromJsonAsync<JsonElement>($"/api/audit?entity=calendar-year&key={next}");
        var change = audit.GetProperty("items").EnumerateArray().Single();
        Assert.That((change.GetProperty("action").GetString(), change.GetProperty("actor").GetString()), Is.EqualTo(("create", OfficerName)));

        // Five working days from the Tuesday before: the Friday off is skipped now, and the year counts as confirmed.
        var after = await DeadlineAsync(from);
        var expected = new WorkingCalendar([new CalendarYear(next, PublicHolidays.Of(next), [dayOff], [workingSaturday], Confirmed: true, "test")])
            .DeadlineFrom(from, 5, DayKind.Working);
        Assert.That(before.GetProperty("calendarConfirmed").GetBoolean(), Is.False);
        Assert.That(after.GetProperty("calendarConfirmed").GetBoolean(), Is.True);
        Assert.That(after.GetProperty("on").GetString(), Is.EqualTo(Iso(expected.On)).And.Not.EqualTo(before.GetProperty("on").GetString()));
    }

    [Test]
    public async Task When_someone_saved_the_year_first_the_officer_keeps_the_changes_typed_and_may_save_over_them()
    {
        var year = ThisYear + 3;
        await SignInAsync(OfficerKey);
        await Page.GotoAsync($"/calendar/{year}/edit");
        var calendar = new CalendarScreen(Page);
        await calendar.Source.FillAsync("Мой источник");
        // Meanwhile the year is entered through the API (a year stored since the form opened, so a 428 rather than a 412).
        (await Officer.SendAsync(HttpMethod.Put, $"/api/calendar/{year}", new { confirmed = false, source = "Их источник" })).EnsureSuccessStatusCode();

        await calendar.SaveAsync();
        await Expect(Page.Locator(".problem")).ToContainTextAsync("Кто-то сохранил изменения раньше вас.");
        await Expect(Page.Locator(".problem")).ToContainTextAsync("теперь это версия 1");
        await Expect(calendar.Source).ToHaveValueAsync("Мой источник");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Сохранить мои правки поверх" }).ClickAsync();
        await Page.WaitForURLAsync($"**/calendar/{year}?saved=1");

        var stored = await Officer.GetFromJsonAsync<JsonElement>($"/api/calendar/{year}");
        Assert.That((stored.GetProperty("source").GetString(), stored.GetProperty("version").GetInt32()), Is.EqualTo(("Мой источник", 2)));
    }

    [Test]
    public async Task An_auditor_reads_the_calendar_with_no_edit_controls_and_a_forged_save_is_refused()
    {
        var year = ThisYear + 2;
        var auditor = await App.IssueKeyAsync(Roles.Auditor, "Инспектор НЦЗПД");
        await SignInAsync(auditor.Key);

        var calendar = await CalendarScreen.OpenFromMenuAsync(Page);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Производственный календарь");
        await Expect(calendar.Facts).ToContainTextAsync("Подтверждён");
        await Expect(calendar.Days("Праздничные дни")).ToContainTextAsync("Новый год");
        await Expect(calendar.EditLink).ToHaveCountAsync(0);
        await Expect(Page.Locator("form textarea, form input[type=checkbox]")).ToHaveCountAsync(0);

        await Page.GotoAsync($"/calendar/{year}/edit");
        await Expect(Page.Locator("main")).ToContainTextAsync("Ваша роль не даёт доступа");
        await Expect(Page.Locator("textarea")).ToHaveCountAsync(0);

        var fields = new[] { ("_handler", "calendar"), ("Form.Version", "0"), ("Form.DaysOff", ""), ("Form.Confirmed", "true"), ("Form.Source", "Подделка") };
        var forged = await Page.APIRequest.PostAsync($"/calendar/{year}/edit", new() { Form = Form(fields) });
        // The officer's page refuses the auditor before any form is read (403); without a token antiforgery would refuse it too.
        Assert.That(forged.Status, Is.EqualTo(403), "No antiforgery token.");
        var token = await Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        forged = await Page.APIRequest.PostAsync($"/calendar/{year}/edit", new() { Form = Form([.. fields, ("__RequestVerificationToken", token!)]) });
        Assert.That(forged.Status, Is.EqualTo(403), "The auditor's own token: the page takes no change from the auditor.");

        var after = await Officer.GetFromJsonAsync<JsonElement>($"/api/calendar/{year}");
        Assert.That(after.GetProperty("stored").GetBoolean(), Is.False);
    }

    private Task<JsonElement> DeadlineAsync(DateOnly from) =>
        Officer.GetFromJsonAsync<JsonElement>($"/api/calendar/deadline?from={Iso(from)}&days=5&kind=working");

    private IFormData Form(IEnumerable<(string Name, string Value)> fields)
    {
        var form = Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        return form;
    }

    /// <summary>The first <paramref name="day"/> of January of <paramref name="year"/> on or after the <paramref name="from"/>th.</summary>
    private static DateOnly FirstOf(int year, DayOfWeek day, int from)
    {
        var date = new DateOnly(year, 1, from);
        while (date.DayOfWeek != day) date = date.AddDays(1);
        return date;
    }

    private static string Ru(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
