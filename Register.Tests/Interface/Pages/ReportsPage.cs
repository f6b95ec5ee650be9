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
        await page.GetByLabel("Отчёт", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = report });
        await page.GetByLabel("Формат").SelectOptionAsync(format);
        await page.GetByLabel("Язык отчёта").SelectOptionAsync(language);
        return await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Скачать отчёт" }).ClickAsync());
    }
}
