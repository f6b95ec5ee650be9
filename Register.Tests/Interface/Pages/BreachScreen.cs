using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>A breach: the form that reports or changes it, and what the page shows of it once saved.</summary>
public sealed class BreachScreen(IPage page)
{
    public static async Task<BreachScreen> OpenNewAsync(IPage page)
    {
        await page.GotoAsync("/breaches/new");
        return new BreachScreen(page);
    }

    public ILocator Kind => page.GetByLabel("Вид нарушения");
    public ILocator Description => page.GetByLabel("Что произошло *");
    public ILocator DataCategories => page.GetByLabel("Категории персональных данных");
    public ILocator SubjectCategories => page.GetByLabel("Категории субъектов");
    public ILocator Systems => page.GetByLabel("Информационные системы");
    public ILocator EntryCodes => page.GetByLabel("Записи реестра (коды, по одному в строке)");

    /// <summary>The messages beside the entries' codes (the field's aria-describedby).</summary>
    public ILocator EntryErrors => page.Locator("#err-activityIds");

    /// <summary>What the saved breach's page says about it.</summary>
    public ILocator Facts => page.Locator("dl.fields");

    /// <summary>Chooses catalog entries in a list box by code (the options read «name (code)»).</summary>
    public static Task ChooseAsync(ILocator list, params string[] codes) => list.SelectOptionAsync(codes);

    public async Task ReportAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Сообщить", Exact = true }).ClickAsync();

    public async Task<IPage> OpenNotificationAsync(IBrowserContext context) => await context.RunAndWaitForPageAsync(() =>
        page.GetByRole(AriaRole.Link, new() { Name = "Уведомление в НЦЗПД — открыть для печати" }).ClickAsync());
}
