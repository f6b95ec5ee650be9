using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>An entry: its status, findings, workflow buttons, history.</summary>
public sealed class EntryPage(IPage page)
{
    public static async Task<EntryPage> OpenAsync(IPage page, int id)
    {
        await page.GotoAsync($"/register/{id}");
        return new EntryPage(page);
    }

    public IPage Page => page;

    public ILocator Title => page.Locator("h1");
    public ILocator Status => page.Locator("h1 + p .badge");
    public ILocator Errors => page.Locator("#findings ~ ul.findings li.error");
    public ILocator ErrorMessages => Errors.Locator(".message");
    public ILocator EditButton => page.GetByRole(AriaRole.Link, new() { Name = "Редактировать" });
    public ILocator WorkflowButtons => page.Locator("form[method=post] button[name=To]");
    public ILocator AuditRows => page.Locator("#audit ~ table tbody tr");
    /// <summary>The latest version's table of changes.</summary>
    public ILocator LatestChanges => page.Locator("#versions ~ table.diff").First;

    public ILocator Transition(string label) => page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    public int Id => int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

    public async Task<EditorPage> EditAsync()
    {
        await EditButton.ClickAsync();
        return await EditorPage.ReadyAsync(page);
    }

    public async Task MoveAsync(string label)
    {
        await Transition(label).ClickAsync();
        await page.WaitForURLAsync("**moved=**");
    }
}
