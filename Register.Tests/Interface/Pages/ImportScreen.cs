using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>The import screen (interactive): the template, a file checked by a dry run, then applied.</summary>
public sealed class ImportScreen(IPage page)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<ImportScreen> OpenAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Разделы" }).GetByRole(AriaRole.Link, new() { Name = "Импорт из таблицы" }).ClickAsync();
        await page.WaitForURLAsync("**/imports");
        await page.Locator("#import-file").WaitForAsync(); // the circuit is up
        return new ImportScreen(page);
    }

    public ILocator Summary => page.Locator("#import-result + p[role=status]");

    public ILocator Rows => page.Locator("table.import-rows tbody tr");

    public ILocator Row(int number) => Rows.Filter(new() { Has = page.Locator($"td.num:text-is('{number}')") });

    public ILocator ApplyButton => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Импортировать") });

    public async Task<IDownload> DownloadTemplateAsync() =>
        await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Скачать шаблон Excel (XLSX)" }).ClickAsync());

    /// <summary>Chooses the file and runs the dry run; returns once its result is shown.</summary>
    public async Task CheckAsync(byte[] content, string fileName)
    {
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = Xlsx, Buffer = content });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Выбран файл «{fileName}»");
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить файл (ничего не меняет)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-result")).ToHaveTextAsync("3. Результат проверки");
    }

    public async Task ApplyAsync()
    {
        await ApplyButton.ClickAsync();
        await Assertions.Expect(page.Locator("#import-result")).ToHaveTextAsync("Результат импорта");
    }
}
