using System.Net.Http.Json;
using System.Text.Json;
using Register.Api.Infrastructure.Auth;
using Register.Tests.Activities;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>A department head drafts and submits in its own department, and cannot reach another department's entries.</summary>
public sealed class DepartmentHeadJourney : JourneyFixture
{
    [Test]
    public async Task Drafts_and_submits_in_its_department_and_finds_no_other_departments_entry()
    {
        var builder = App.Builder(Officer);
        var own = await builder.DepartmentAsync("Отдел кадров");
        var other = await builder.DepartmentAsync("Бухгалтерия");
        var subjects = App.Unique("subj");
        (await Officer.PostAsJsonAsync("/api/subject-categories", new { code = subjects, names = new { ru = "Кандидаты на работу" } })).EnsureSuccessStatusCode();
        var data = App.Unique("data");
        (await Officer.PostAsJsonAsync("/api/data-categories", new { code = data, names = new { ru = "Сведения об образовании" }, npdpcCategory = "other" })).EnsureSuccessStatusCode();
        var links = await builder.LinksAsync() with { Department = other };
        var othersCode = App.Unique("others");
        var othersEntry = await (await Officer.PostAsJsonAsync("/api/activities", RegisterBuilder.Complete(othersCode, links))).Content.ReadFromJsonAsync<JsonElement>();
        var othersId = othersEntry.GetProperty("id").GetInt32();
        var head = await App.IssueKeyAsync(Roles.DepartmentHead, "Петров (отдел кадров)", own);

        await SignInAsync(head.Key);
        var register = await RegisterListPage.OpenAsync(Page);
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = othersCode })).ToHaveCountAsync(0);

        var editor = await register.StartNewEntryAsync();
        await Expect(Page.Locator("#department option")).ToHaveCountAsync(2); // "choose" and its one department
        await editor.TitleAsync("Подбор персонала");
        await editor.CompleteAsync("Кандидаты на работу", "Сведения об образовании", RegisterBuilder.Contract);
        await editor.WaitForErrorsAsync(0);
        var entry = await editor.SaveAsync();
        await Expect(entry.Transition("Утвердить")).ToHaveCountAsync(0);
        await entry.MoveAsync("Отправить на проверку");
        await Expect(entry.Status).ToHaveTextAsync("на проверке");
        await Expect(entry.EditButton).ToHaveCountAsync(0); // a head edits drafts only

        // Another department's entry does not exist for it, by its address either.
        var response = await Page.GotoAsync($"/register/{othersId}");
        Assert.That(response!.Status, Is.EqualTo(404));
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Не найдено");
        await Page.GotoAsync($"/register/{othersId}/edit");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Не найдено");
    }

    [Test]
    public async Task Reads_the_catalogs_without_edit_controls_and_a_forged_post_is_refused()
    {
        var own = await App.Builder(Officer).DepartmentAsync("Отдел кадров");
        var recipient = await App.Builder(Officer).RecipientAsync();
        var head = await App.IssueKeyAsync(Roles.DepartmentHead, "Сидорова (отдел кадров)", own);
        await SignInAsync(head.Key);

        // A head drafts entries, so it may import them (into its own departments: the operation's scope).
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "Разделы" })
            .GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Импорт из таблицы" })).ToHaveCountAsync(1);
        await Page.GotoAsync($"/catalogs/recipients?q={recipient}");
        await Expect(Page.Locator("table tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "+ Новый получатель" })).ToHaveCountAsync(0);
        await Expect(Page.Locator("a[href$='/edit'], a[href$='/delete']")).ToHaveCountAsync(0);
        await Page.GotoAsync($"/catalogs/recipients/{recipient}/edit");
        await Expect(Page.Locator("main")).ToContainTextAsync("Ваша роль не даёт доступа");
        await Expect(Page.Locator("form.catalog-form")).ToHaveCountAsync(0);

        // A post made by hand, with the head's own valid antiforgery token: refused, and nothing is created.
        var token = await Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var code = App.Unique("forged");
        var form = Context.APIRequest.CreateFormData();
        foreach (var (name, value) in new[] { ("_handler", "catalog-entry"), ("__RequestVerificationToken", token!), ("code", code), ("name", "Подделка"), ("kind", "third-party") })
        {
            form.Set(name, value);
        }
        var forged = await Page.APIRequest.PostAsync("/catalogs/recipients/new", new() { Form = form });
        Assert.That(forged.Status, Is.EqualTo(403), await forged.TextAsync());
        Assert.That((await Officer.GetAsync($"/api/recipients/{code}")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Reports_a_breach_naming_its_own_entries_and_not_another_departments()
    {
        var builder = App.Builder(Officer);
        var own = await builder.DepartmentAsync("Отдел охраны труда");
        var other = await builder.DepartmentAsync("Планово-экономический отдел");
        var ownCode = App.Unique("own");
        var othersCode = App.Unique("others");
        (await Officer.PostAsJsonAsync("/api/activities", new { code = ownCode, title = "Учёт инструктажей", departmentCode = own })).EnsureSuccessStatusCode();
        (await Officer.PostAsJsonAsync("/api/activities", new { code = othersCode, title = "Расчёт премий", departmentCode = other })).EnsureSuccessStatusCode();
        var head = await App.IssueKeyAsync(Roles.DepartmentHead, "Орлова (охрана труда)", own);
        await SignInAsync(head.Key);

        var breach = await BreachScreen.OpenNewAsync(Page);
        await breach.Kind.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "несанкционированный доступ к персональным данным" });
        await breach.Description.FillAsync("Журнал инструктажей оставлен в открытом доступе");
        await Page.GetByLabel("Подразделения").SelectOptionAsync([own]);
        await breach.EntryCodes.FillAsync($"{ownCode}\n{othersCode}");
        await breach.ReportAsync();

        // The lookup runs as the head: another department's entry is not there for it, as anywhere else.
        await Expect(breach.EntryErrors).ToContainTextAsync($"«{othersCode}»");
        await Expect(breach.EntryErrors).Not.ToContainTextAsync($"«{ownCode}»");
        await Expect(breach.EntryCodes).ToHaveValueAsync($"{ownCode}\n{othersCode}");
        await Expect(breach.Description).ToHaveValueAsync("Журнал инструктажей оставлен в открытом доступе");
        Assert.That((await Officer.GetFromJsonAsync<JsonElement>("/api/breaches")).GetProperty("total").GetInt32(), Is.Zero);

        await breach.EntryCodes.FillAsync(ownCode);
        await breach.ReportAsync();
        await Expect(Page.Locator(".problem")).ToHaveCountAsync(0);
        await Page.WaitForURLAsync("**saved=1");
        await Expect(breach.Facts.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = ownCode })).ToHaveCountAsync(1);
    }
}
