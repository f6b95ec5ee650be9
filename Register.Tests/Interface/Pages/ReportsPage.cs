using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>The reports page: choose, download.</summary>
public sealed class ReportsPage(IPage page)
{
    public static async Task<ReportsPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/reports");
        return new ReportsPage(page);
    }

    public async Task<IDownload> DownloadAsync(string report, string format, string language = "ru")
    {
        // By id: the officer's page has a second form (keep a snapshot) with the same labels.
        await page.Locator("#report").SelectOptionAsync(new SelectOptionValue { Label = report });
        await page.Locator("#format").SelectOptionAsync(format);
        await page.Locator("#lang").SelectOptionAsync(language);
        return await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Скачать отчёт" }).ClickAsync());
    }

    public ILocator KeepForm => page.Locator("form:has(#snap-note)");

    public ILocator Snapshots => page.Locator("table.snapshots tbody tr");

    /// <summary>Keeps a snapshot of the report with a note; returns once the page confirms it.</summary>
    public async Task KeepAsync(string report, string format, string note)
    {
        await page.Locator("#snap-report").SelectOptionAsync(new SelectOptionValue { Label = report });
        await page.Locator("#snap-format").SelectOptionAsync(format);
        await page.GetByLabel("Примечание: зачем снимок").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить снимок" }).ClickAsync();
        await page.WaitForURLAsync("**kept=**");
    }

    /// <summary>Downloads a kept snapshot through its link in the list.</summary>
    public async Task<IDownload> DownloadSnapshotAsync(ILocator row) =>
        await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Скачать снимок") }).ClickAsync());
}
