using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Register.Api.Infrastructure.Auth;
using Register.Tests.Activities;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>An auditor reads the register and downloads a report; it is offered nothing to change, and a forged change is refused.</summary>
public sealed class AuditorJourney : JourneyFixture
{
    [Test]
    public async Task Reads_an_entry_and_downloads_a_report_with_no_edit_controls()
    {
        var (id, code) = await CompleteEntryAsync();
        var auditor = await App.IssueKeyAsync(Roles.Auditor, "Инспектор НЦЗПД");

        await SignInAsync(auditor.Key);
        var register = await RegisterListPage.OpenAsync(Page);
        await Expect(register.NewEntryButton).ToHaveCountAsync(0);
        var entry = await register.OpenEntryAsync(code);
        await Expect(entry.EditButton).ToHaveCountAsync(0);
        await Expect(entry.WorkflowButtons).ToHaveCountAsync(0);
        await Expect(Page.Locator("h2#audit")).ToBeVisibleAsync();
        await Page.GotoAsync("/register/new");
        await Expect(Page.Locator("main")).ToContainTextAsync("Ваша роль не даёт доступа");
        // Importing drafts entries: not the auditor's, so not offered.
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Разделы" }).GetByRole(AriaRole.Link, new() { Name = "Импорт из таблицы" })).ToHaveCountAsync(0);
        await Page.GotoAsync("/imports");
        await Expect(Page.Locator("main")).ToContainTextAsync("Ваша роль не даёт доступа");
        await Expect(Page.Locator("#import-file")).ToHaveCountAsync(0);

        var reports = await ReportsPage.OpenAsync(Page);
        var download = await reports.DownloadAsync("Сведения для внутреннего контроля и НЦЗПД", "xlsx");
        Assert.That(download.SuggestedFilename, Does.StartWith("supervisory-").And.EndWith("-ru.xlsx"));
        var file = await download.PathAsync();
        var head = new byte[2];
        await using (var stream = File.OpenRead(file)) await stream.ReadExactlyAsync(head);
        Assert.That(head, Is.EqualTo("PK"u8.ToArray()), "An XLSX file is a zip package.");
        Assert.That(id, Is.Positive);
    }

    [Test]
    public async Task A_forged_post_is_refused_and_changes_nothing()
    {
        var (id, _) = await CompleteEntryAsync();
        var auditor = await App.IssueKeyAsync(Roles.Auditor, "Аудитор");
        await SignInAsync(auditor.Key);
        await EntryPage.OpenAsync(Page, id);
        var before = await Officer.GetFromJsonAsync<JsonElement>($"/api/activities/{id}");

        // Without an antiforgery token.
        var forged = await Page.APIRequest.PostAsync($"/register/{id}", new() { Form = Form(("_handler", "workflow"), ("To", "approved"), ("Version", "1")) });
        Assert.That(forged.Status, Is.EqualTo(400));
        // With the auditor's own valid token (from the page's sign-out form): no form on its page takes the change.
        var token = await Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        forged = await Page.APIRequest.PostAsync($"/register/{id}", new()
        {
            Form = Form(("_handler", "workflow"), ("To", "approved"), ("Version", "1"), ("__RequestVerificationToken", token!)),
        });
        Assert.That(forged.Status, Is.EqualTo(400));

        var after = await Officer.GetFromJsonAsync<JsonElement>($"/api/activities/{id}");
        Assert.That(after.GetProperty("version").GetInt32(), Is.EqualTo(before.GetProperty("version").GetInt32()));
        Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("draft"));
    }

    private IFormData Form(params (string Name, string Value)[] fields)
    {
        var form = Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        return form;
    }

    private async Task<(int Id, string Code)> CompleteEntryAsync()
    {
        var links = await App.Builder(Officer).LinksAsync();
        var code = App.Unique("act");
        var created = await (await Officer.PostAsJsonAsync("/api/activities", RegisterBuilder.Complete(code, links))).Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetInt32(), code);
    }
}
