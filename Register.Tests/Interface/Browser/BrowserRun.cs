using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>
/// One browser for every journey: Debian's chromium driven by Playwright, launched once for the namespace. Playwright
/// cannot download its own browsers here, so it runs the system's (<c>apt-get install chromium</c>). On a machine
/// without it the journeys are skipped, each saying why.
/// </summary>
[SetUpFixture]
public sealed class BrowserRun
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static string? _skipReason;

    /// <summary>The shared browser; ignores the calling test (reported as skipped, with the reason) when there is none.</summary>
    public static IBrowser Browser
    {
        get
        {
            if (_browser is null) Assert.Ignore(_skipReason ?? "The browser was not started.");
            return _browser!;
        }
    }

    [OneTimeSetUp]
    public async Task LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("REGISTER_TEST_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(path))
        {
            _skipReason = $"No browser for the interface's journeys: {path} is missing. Install Debian's chromium (apt-get install -y chromium) to run them.";
            return;
        }
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            });
        }
        catch (PlaywrightException exception)
        {
            _skipReason = $"The browser at {path} could not be started by Playwright: {exception.Message}";
        }
    }

    [OneTimeTearDown]
    public async Task CloseAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
