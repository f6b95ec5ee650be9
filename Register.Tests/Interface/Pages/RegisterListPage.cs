using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>The register's table.</summary>
public sealed class RegisterListPage(IPage page)
{
    public static async Task<RegisterListPage> OpenAsync(IPage page, string query = "")
    {
        await page.GotoAsync("/register" + query);
        return new RegisterListPage(page);
    }

    public ILocator Rows => page.Locator("table tbody tr");

    public ILocator NewEntryButton => page.GetByRole(AriaRole.Link, new() { Name = "+ Новая запись" });

    public async Task<EditorPage> StartNewEntryAsync()
    {
        await NewEntryButton.ClickAsync();
        return await EditorPage.ReadyAsync(page);
    }

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("Поиск по тексту").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await page.WaitForURLAsync("**q=**");
    }

    public async Task<EntryPage> OpenEntryAsync(string code)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/register/\\d+$"));
        return new EntryPage(page);
    }
}
