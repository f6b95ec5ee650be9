using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Register.Api.Infrastructure.Auth;

namespace Register.Tests.Interface.Journeys;

/// <summary>
/// Base of the journeys: one application (fresh database) per fixture, one browser context (its own cookies) per test.
/// Every page fails its test on a Content-Security-Policy violation, so a page that needs a looser policy is caught.
/// </summary>
public abstract class JourneyFixture
{
    private readonly List<string> _cspViolations = [];

    protected InterfaceApp App { get; private set; } = null!;
    protected string OfficerKey { get; private set; } = "";
    protected string OfficerName { get; private set; } = "";
    protected HttpClient Officer { get; private set; } = null!;
    protected IBrowserContext Context { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public async Task StartAppAsync()
    {
        _ = BrowserRun.Browser; // skips the fixture, saying why, when there is no browser
        App = await InterfaceApp.StartAsync(Settings);
        OfficerName = "Иванова (ответственный)";
        OfficerKey = (await App.IssueKeyAsync(Roles.Officer, OfficerName)).Key;
        Officer = App.Api(OfficerKey);
    }

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        Officer?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }

    [SetUp]
    public async Task OpenBrowserAsync()
    {
        Context = await BrowserRun.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address, AcceptDownloads = true, Locale = "ru-RU", ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        Context.SetDefaultTimeout(15_000);
        Page = await Context.NewPageAsync();
        _cspViolations.Clear();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) _cspViolations.Add(message.Text);
            // The browser's errors go to the test's output: the first place to look when a journey fails.
            if (message.Type is "error" or "warning") TestContext.Out.WriteLine($"browser {message.Type}: {message.Text}");
        };
    }

    [TearDown]
    public async Task CloseBrowserAsync()
    {
        if (Context is not null) await Context.CloseAsync();
        Assert.That(_cspViolations, Is.Empty, "The page broke its Content-Security-Policy.");
    }

    /// <summary>axe-core on the page as it stands (a refusal shown, a result listed): no serious or critical violation.</summary>
    protected async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe();
        Assert.That(result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{Page.Url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"), Is.Empty);
    }

    protected async Task<HomePage> SignInAsync(string key)
    {
        var signIn = await SignInPage.OpenAsync(Page);
        return await signIn.SignInAsync(key);
    }
}
