using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>The officer registers a subject's request and a breach, and sees their deadlines; the notification prints.</summary>
public sealed class JournalJourney : JourneyFixture
{
    [Test]
    public async Task A_request_and_a_breach_are_registered_and_their_deadlines_shown()
    {
        var department = await App.Builder(Officer).DepartmentAsync("Приёмная комиссия");
        var (data, subjects, system, entryCode, entryId) = await ConcernsAsync(department);
        await SignInAsync(OfficerKey);

        await Page.GotoAsync("/requests/new");
        await Page.GetByLabel("Вид обращения").SelectOptionAsync(new SelectOptionValue { Label = "информация об обработке (ст. 11)" });
        await Page.GetByLabel("Форма обращения").SelectOptionAsync(new SelectOptionValue { Label = "письменная" });
        await Page.GetByLabel("ФИО *").FillAsync("Сидоров Сидор Сидорович");
        await Page.GetByLabel("Суть обращения").FillAsync("Просит сообщить, какие его данные обрабатываются");
        await Page.GetByLabel("Подразделения, которых оно касается").SelectOptionAsync(new SelectOptionValue { Label = "Приёмная комиссия" });
        await Page.GetByLabel("Записи реестра (коды, по одному в строке)").FillAsync(entryCode);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Зарегистрировать" }).ClickAsync();
        await Page.WaitForURLAsync("**saved=1");
        await Expect(Page.Locator("dl.fields")).ToContainTextAsync("осталось: 5 раб. дн.");
        await Expect(Page.Locator("dl.fields").GetByRole(AriaRole.Link, new() { Name = entryCode })).ToHaveAttributeAsync("href", $"register/{entryId}");
        await Screens.TakeAsync(Page, "request");

        await Page.GotoAsync("/requests");
        await Expect(Page.Locator("table tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("table tbody tr").First).ToContainTextAsync("Сидоров Сидор Сидорович");
        await Expect(Page.Locator("table tbody tr").First).ToContainTextAsync("осталось: 5 раб. дн.");
        await Screens.TakeAsync(Page, "requests");

        var breach = await BreachScreen.OpenNewAsync(Page);
        await breach.Kind.SelectOptionAsync(new SelectOptionValue { Label = "несанкционированный доступ к персональным данным" });
        await breach.Description.FillAsync("Доступ постороннего к папке с анкетами абитуриентов");
        await BreachScreen.ChooseAsync(breach.DataCategories, data);
        await BreachScreen.ChooseAsync(breach.SubjectCategories, subjects);
        await BreachScreen.ChooseAsync(breach.Systems, system);
        await breach.EntryCodes.FillAsync($"no-such-entry\n{entryCode}");
        await breach.ReportAsync();

        // A code naming no entry is refused beside the field, naming it; nothing typed or chosen is lost.
        await Expect(breach.EntryErrors).ToContainTextAsync("«no-such-entry»");
        await Expect(breach.EntryCodes).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("err-activityIds"));
        await Expect(breach.EntryCodes).ToHaveValueAsync($"no-such-entry\n{entryCode}");
        await Expect(breach.Description).ToHaveValueAsync("Доступ постороннего к папке с анкетами абитуриентов");
        await Expect(breach.DataCategories).ToHaveValuesAsync([data]);
        await Expect(breach.Systems).ToHaveValuesAsync([system]);
        await AssertAccessibleAsync();

        await breach.EntryCodes.FillAsync(entryCode);
        await breach.ReportAsync();
        await Page.WaitForURLAsync("**saved=1");
        await Expect(breach.Facts).ToContainTextAsync("осталось: 3 раб. дн.");
        await Expect(breach.Facts).ToContainTextAsync("Анкетные данные абитуриентов");
        await Expect(breach.Facts).ToContainTextAsync("Абитуриенты");
        await Expect(breach.Facts).ToContainTextAsync("Система приёма документов");
        await Expect(breach.Facts.GetByRole(AriaRole.Link, new() { Name = entryCode })).ToHaveAttributeAsync("href", $"register/{entryId}");
        await Expect(breach.Facts).ToContainTextAsync("Приём документов абитуриентов");
        await Expect(breach.EntryCodes).ToHaveValueAsync(entryCode);
        await Screens.TakeAsync(Page, "breach");

        var notification = await breach.OpenNotificationAsync(Context);
        var body = notification.Locator("body");
        await Expect(body).ToContainTextAsync("Доступ постороннего к папке с анкетами абитуриентов");
        foreach (var listed in new[] { "Анкетные данные абитуриентов", "Абитуриенты", "Система приёма документов", "Приём документов абитуриентов" })
        {
            await Expect(body).ToContainTextAsync(listed);
        }
        Assert.That(department, Is.Not.Empty);
    }

    /// <summary>What the breach concerns, in the catalogs and the register: a data category, a subject category, a system and an entry.</summary>
    private async Task<(string Data, string Subjects, string System, string EntryCode, int EntryId)> ConcernsAsync(string department)
    {
        var data = App.Unique("data");
        (await Officer.PostAsJsonAsync("/api/data-categories", new { code = data, names = new { ru = "Анкетные данные абитуриентов" }, npdpcCategory = "other" })).EnsureSuccessStatusCode();
        var subjects = App.Unique("subj");
        (await Officer.PostAsJsonAsync("/api/subject-categories", new { code = subjects, names = new { ru = "Абитуриенты" } })).EnsureSuccessStatusCode();
        var system = App.Unique("sys");
        (await Officer.PostAsJsonAsync("/api/information-systems", new { code = system, name = "Система приёма документов", kind = "electronic", connectedToPublicNetwork = false })).EnsureSuccessStatusCode();
        var code = App.Unique("adm");
        var entry = await (await Officer.PostAsJsonAsync("/api/activities", new { code, title = "Приём документов абитуриентов", departmentCode = department })).Content.ReadFromJsonAsync<JsonElement>();
        return (data, subjects, system, code, entry.GetProperty("id").GetInt32());
    }
}
