using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>The internal-control officer drafts an entry, sees what the law still asks, completes it and approves it.</summary>
public sealed class OfficerJourney : JourneyFixture
{
    [Test]
    public async Task Drafts_an_entry_sees_its_findings_fixes_them_and_approves_it()
    {
        var builder = App.Builder(Officer);
        var department = await builder.DepartmentAsync("Служба безопасности");
        var subjects = App.Unique("subj");
        (await Officer.PostAsJsonAsync("/api/subject-categories", new { code = subjects, names = new { ru = "Посетители здания" } })).EnsureSuccessStatusCode();
        var data = App.Unique("data");
        (await Officer.PostAsJsonAsync("/api/data-categories", new { code = data, names = new { ru = "Фамилия и инициалы посетителя" }, npdpcCategory = "other" })).EnsureSuccessStatusCode();

        var home = await SignInAsync(OfficerKey);
        await Expect(home.Heading).ToHaveTextAsync("Сводка по реестру");
        var register = await home.OpenRegisterAsync();
        var editor = await register.StartNewEntryAsync();

        // A draft needs only a title and a department; the findings say what is missing before anything is saved.
        await editor.TitleAsync("Учёт посетителей здания");
        await editor.DepartmentAsync("Служба безопасности");
        await Expect(editor.FindingsSummary).Not.ToContainTextAsync("Ошибок: 0,");
        await Expect(editor.FindingMessages.First).ToHaveTextAsync("В записи не указана ни одна категория субъектов персональных данных (чьи данные обрабатываются).");
        await Screens.TakeAsync(Page, "editor");
        var entry = await editor.SaveAsync();
        await Expect(entry.Status).ToHaveTextAsync("черновик");
        await Expect(entry.Page.Locator("h1 + p code")).ToHaveTextAsync("uchet-posetiteley-zdaniya");
        Assert.That(await entry.Errors.CountAsync(), Is.GreaterThan(0), "A bare draft has completeness errors.");
        // Each finding's own message speaks the interface's language, like the rule's name beside it.
        await Expect(entry.ErrorMessages).ToContainTextAsync(["В записи не указана ни одна категория персональных данных."]);
        await Expect(entry.Transition("Утвердить")).ToBeDisabledAsync();

        editor = await entry.EditAsync();
        await editor.CompleteAsync("Посетители здания", "Фамилия и инициалы посетителя", RegisterBuilder.Contract);
        await editor.WaitForErrorsAsync(0);
        entry = await editor.SaveAsync();
        await Expect(entry.Errors).ToHaveCountAsync(0);
        // The history reads like the entry: catalog names and the page's words, each finding whole instead of its sub-fields.
        await Expect(entry.LatestChanges).ToContainTextAsync("Посетители здания");
        await Expect(entry.LatestChanges).ToContainTextAsync("Замечание (ошибка): Полнота сведений");
        await Expect(entry.LatestChanges).ToContainTextAsync("(устранено)");
        await Expect(entry.LatestChanges).Not.ToContainTextAsync("messages");
        await Screens.TakeAsync(Page, "entry");

        await entry.MoveAsync("Утвердить");
        await Expect(entry.Status).ToHaveTextAsync("утверждена");

        // Every change made here is in the audit trail under the signed-in key's name.
        await Expect(entry.AuditRows).ToHaveCountAsync(3);
        await Expect(entry.AuditRows.First).ToContainTextAsync(OfficerName);
        var audit = await Officer.GetFromJsonAsync<JsonElement>($"/api/audit?entity=activity&key={entry.Id}");
        Assert.That(audit.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("actor").GetString(), i.GetProperty("action").GetString())),
            Is.EqualTo(new[] { (OfficerName, "transition"), (OfficerName, "update"), (OfficerName, "create") }));
    }

    [Test]
    public async Task A_refused_save_keeps_what_was_typed_and_shows_the_message_beside_the_field()
    {
        await SignInAsync(OfficerKey);
        var editor = await (await RegisterListPage.OpenAsync(Page)).StartNewEntryAsync();
        await editor.TypeAsync("#description", "Описание, которое не должно пропасть");
        await editor.TypeAsync("#termination", "Ликвидация организации");
        await editor.SaveExpectingRefusalAsync(); // no title: the operation refuses

        await Expect(Page.Locator("#err-title")).ToHaveTextAsync("Заполните это поле.");
        await Expect(Page.Locator("#title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#description")).ToHaveValueAsync("Описание, которое не должно пропасть");
        await Expect(Page.Locator("#termination")).ToHaveValueAsync("Ликвидация организации");
    }

    [Test]
    public async Task Someone_saving_first_is_explained_and_the_typed_changes_can_still_be_saved()
    {
        var builder = App.Builder(Officer);
        var links = await builder.LinksAsync();
        var code = App.Unique("act");
        var created = await Officer.PostAsJsonAsync("/api/activities", RegisterBuilder.Complete(code, links));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await SignInAsync(OfficerKey);
        var editor = await (await EntryPage.OpenAsync(Page, id)).EditAsync();
        await editor.TypeAsync("#description", "Моя правка");
        // Meanwhile someone else saves the entry through the API.
        var other = RegisterBuilder.Complete(code, links);
        other["description"] = "Чужая правка";
        (await Officer.SendAsync(HttpMethod.Put, $"/api/activities/{id}", other, ifMatch: "\"1\"")).EnsureSuccessStatusCode();

        await editor.SaveExpectingRefusalAsync();
        await Expect(Page.Locator(".problem").First).ToContainTextAsync("Кто-то сохранил изменения раньше вас.");
        await Expect(Page.Locator("#description")).ToHaveValueAsync("Моя правка");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Сохранить мои правки поверх" }).First.ClickAsync();
        await Page.WaitForURLAsync("**saved=1");
        var saved = await Officer.GetFromJsonAsync<JsonElement>($"/api/activities/{id}");
        Assert.That(saved.GetProperty("description").GetString(), Is.EqualTo("Моя правка"));
    }
}
