using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>The editor (interactive): fields, catalog pickers by name, live findings, save.</summary>
public sealed class EditorPage(IPage page)
{
    public static async Task<EditorPage> ReadyAsync(IPage page)
    {
        // Interactive without prerendering: the form appears once the circuit is up.
        await page.Locator("#title").WaitForAsync();
        return new EditorPage(page);
    }

    public IPage Page => page;

    /// <summary>"Ошибок: N, предупреждений: M." — the live summary beside the form.</summary>
    public ILocator FindingsSummary => page.Locator("aside p[role=status]");

    /// <summary>Each live finding's own message (the specific detail beside the rule's name).</summary>
    public ILocator FindingMessages => page.Locator("aside ul.findings .message");

    public async Task TypeAsync(string selector, string text)
    {
        var field = page.Locator(selector);
        await field.FillAsync(text);
        await field.PressAsync("Tab"); // the field's change reaches the server when it loses focus
    }

    public Task TitleAsync(string title) => TypeAsync("#title", title);

    public async Task DepartmentAsync(string name) => await page.Locator("#department").SelectOptionAsync(new SelectOptionValue { Label = name });

    /// <summary>Picks a catalog entry by typing its name (or code) into the picker, as from the browser's suggestions.</summary>
    public async Task PickAsync(string pickerId, string name)
    {
        await TypeAsync("#" + pickerId, name);
        await page.Locator($"#{pickerId} ~ ul.chips li, #{pickerId}-notfound").First.WaitForAsync();
    }

    /// <summary>Picks into a single-entry picker (its input goes once chosen).</summary>
    public async Task PickOneAsync(string pickerId, string name)
    {
        await TypeAsync("#" + pickerId, name);
        await page.Locator($"label[for={pickerId}] ~ ul.chips li").First.WaitForAsync();
    }

    public async Task WaitForErrorsAsync(int errors) =>
        await Assertions.Expect(FindingsSummary).ToContainTextAsync($"Ошибок: {errors},");

    /// <summary>Everything the law asks of a draft before review, using catalog entries by their names.</summary>
    public async Task CompleteAsync(string subjectCategory, string dataCategory, string legalBasis)
    {
        await PickAsync("subjects", subjectCategory);
        await PickOneAsync("data-0", dataCategory);
        await TypeAsync("#purpose-0-text", "Учёт посетителей для пропускного режима в здание");
        await PickAsync("purpose-0-bases", legalBasis);
        await page.Locator("#retention-kind").SelectOptionAsync(new SelectOptionValue { Label = "определённый срок" });
        await TypeAsync("#retention-amount", "1");
        await TypeAsync("#start", "2024-01-15");
    }

    public async Task<EntryPage> SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=1");
        await page.Locator("h2#findings").WaitForAsync(); // the entry page has replaced the editor
        return new EntryPage(page);
    }

    public async Task SaveExpectingRefusalAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await page.Locator(".problem[role=alert]").First.WaitForAsync();
    }
}
