using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>A catalog's list and an entry's form, the same pages for every catalog.</summary>
public sealed class CatalogEntryPage(IPage page)
{
    public static async Task<CatalogEntryPage> OpenNewAsync(IPage page, string catalog)
    {
        await page.GotoAsync($"/catalogs/{catalog}");
        await page.Locator($"a.button.primary[href='catalogs/{catalog}/new']").ClickAsync();
        await page.WaitForURLAsync($"**/catalogs/{catalog}/new");
        return new CatalogEntryPage(page);
    }

    public static async Task<CatalogEntryPage> OpenEditAsync(IPage page, string catalog, string code)
    {
        await page.GotoAsync($"/catalogs/{catalog}?q={Uri.EscapeDataString(code)}");
        await page.Locator($"a[href='catalogs/{catalog}/{code}/edit']").ClickAsync();
        await page.WaitForURLAsync($"**/catalogs/{catalog}/{code}/edit");
        return new CatalogEntryPage(page);
    }

    public IPage Page => page;

    public ILocator Problem => page.Locator(".problem[role=alert]");

    public async Task FillAsync(string label, string text) => await page.GetByLabel(label, new() { Exact = true }).FillAsync(text);

    public async Task ChooseAsync(string label, string option) =>
        await page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = option });

    public async Task CheckAsync(string label) => await page.GetByLabel(label, new() { Exact = true }).CheckAsync();

    /// <summary>Saves and lands on the catalog's list, which confirms the save.</summary>
    public async Task SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=**");
    }

    public async Task SaveExpectingRefusalAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await Problem.WaitForAsync();
    }

    /// <summary>From the form, to the confirmation, and the delete itself; the outcome is the caller's to check.</summary>
    public async Task DeleteAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Удалить…" }).ClickAsync();
        await page.WaitForURLAsync("**/delete");
        await page.Locator("form button.danger").ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}
