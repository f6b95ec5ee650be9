using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>The sign-in page: a key in, a session out.</summary>
public sealed class SignInPage(IPage page)
{
    public static async Task<SignInPage> OpenAsync(IPage page, string path = "/signin")
    {
        await page.GotoAsync(path);
        return new SignInPage(page);
    }

    public IPage Page => page;

    public async Task<HomePage> SignInAsync(string key)
    {
        await SubmitAsync(key);
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return new HomePage(page);
    }

    /// <summary>Tries a key and stays on the page (a refused key).</summary>
    public async Task SubmitAsync(string key)
    {
        await page.GetByLabel("Ключ доступа (API key)").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
    }

    public ILocator Alert => page.Locator("p.problem[role=alert]");
    public ILocator Notice => page.Locator("p.notice");

    public static bool IsShownIn(IPage page) => page.Url.Contains("/signin", StringComparison.Ordinal);
}

/// <summary>The overview, and the header and menu every signed-in page has.</summary>
public sealed class HomePage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.Locator("h1");

    public async Task<RegisterListPage> OpenRegisterAsync()
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Разделы" }).GetByRole(AriaRole.Link, new() { Name = "Реестр", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/register");
        return new RegisterListPage(page);
    }

    public async Task SignOutAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await page.WaitForURLAsync("**/signin**");
    }
}
