using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>The working-day calendar: a year's days, and the officer's form for them.</summary>
public sealed class CalendarScreen(IPage page)
{
    /// <summary>Opens the calendar through the menu, as a user finds it.</summary>
    public static async Task<CalendarScreen> OpenFromMenuAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Разделы" }).GetByRole(AriaRole.Link, new() { Name = "Календарь", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/calendar");
        return new CalendarScreen(page);
    }

    public async Task ChooseYearAsync(int year)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Годы" }).GetByRole(AriaRole.Link, new() { NameRegex = new($"^{year}") }).ClickAsync();
        await page.WaitForURLAsync($"**/calendar/{year}");
    }

    public ILocator EditLink => page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Изменить календарь") });

    public ILocator Notice => page.Locator("p.notice");

    public ILocator Facts => page.Locator("dl.fields");

    /// <summary>The table under a heading: «Перенесённые выходные дни», «Перенесённые рабочие дни», «Праздничные дни».</summary>
    public ILocator Days(string caption) => page.Locator("table.days", new() { Has = page.Locator("caption", new() { HasTextRegex = new($"^{caption}$") }) });

    public async Task EditAsync()
    {
        await EditLink.ClickAsync();
        await page.WaitForURLAsync("**/edit");
    }

    public ILocator DaysOff => page.GetByLabel("Перенесённые выходные дни");
    public ILocator WorkingDays => page.GetByLabel("Перенесённые рабочие дни");
    public ILocator Confirmed => page.GetByLabel("Год подтверждён: переносы на год внесены полностью");
    public ILocator Source => page.GetByLabel(new System.Text.RegularExpressions.Regex("^Источник"));

    /// <summary>The messages shown beside a field (its aria-describedby).</summary>
    public ILocator ErrorsOf(string fieldId) => page.Locator($"#err-{fieldId}");

    public async Task SaveAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
}
