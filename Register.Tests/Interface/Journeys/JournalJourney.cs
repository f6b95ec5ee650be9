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
        await SignInAsync(OfficerKey);

        await Page.GotoAsync("/requests/new");
        await Page.GetByLabel("Вид обращения").SelectOptionAsync(new SelectOptionValue { Label = "информация об обработке (ст. 11)" });
        await Page.GetByLabel("Форма обращения").SelectOptionAsync(new SelectOptionValue { Label = "письменная" });
        await Page.GetByLabel("ФИО *").FillAsync("Сидоров Сидор Сидорович");
        await Page.GetByLabel("Суть обращения").FillAsync("Просит сообщить, какие его данные обрабатываются");
        await Page.GetByLabel("Подразделения, которых оно касается").SelectOptionAsync(new SelectOptionValue { Label = "Приёмная комиссия" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Зарегистрировать" }).ClickAsync();
        await Page.WaitForURLAsync("**saved=1");
        await Expect(Page.Locator("dl.fields")).ToContainTextAsync("осталось: 5 раб. дн.");
        await Screens.TakeAsync(Page, "request");

        await Page.GotoAsync("/requests");
        await Expect(Page.Locator("table tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("table tbody tr").First).ToContainTextAsync("Сидоров Сидор Сидорович");
        await Expect(Page.Locator("table tbody tr").First).ToContainTextAsync("осталось: 5 раб. дн.");
        await Screens.TakeAsync(Page, "requests");

        await Page.GotoAsync("/breaches/new");
        await Page.GetByLabel("Вид нарушения").SelectOptionAsync(new SelectOptionValue { Label = "несанкционированный доступ к персональным данным" });
        await Page.GetByLabel("Что произошло *").FillAsync("Доступ постороннего к папке с анкетами абитуриентов");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Сообщить", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**saved=1");
        await Expect(Page.Locator("dl.fields")).ToContainTextAsync("осталось: 3 раб. дн.");
        await Screens.TakeAsync(Page, "breach");

        var notification = await Context.RunAndWaitForPageAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Уведомление в НЦЗПД — открыть для печати" }).ClickAsync());
        await Expect(notification.Locator("body")).ToContainTextAsync("Доступ постороннего к папке с анкетами абитуриентов");
        Assert.That(department, Is.Not.Empty);
    }
}
