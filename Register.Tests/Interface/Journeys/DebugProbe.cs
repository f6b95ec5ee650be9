using Microsoft.Playwright;
namespace Register.Tests.Interface.Journeys;
[Explicit]
public sealed class DebugProbe
{
    [Test]
    public async Task Probe()
    {
        var context = await BrowserRun.Browser.NewContextAsync(new() { BaseURL = "http://127.0.0.1:5099", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => TestContext.Out.WriteLine($"console {m.Type}: {m.Text}");
        page.PageError += (_, e) => TestContext.Out.WriteLine($"pageerror: {e}");
        await (await SignInPage.OpenAsync(page)).SignInAsync(File.ReadAllText("/tmp/ui-demo/key").Trim());
        foreach (var path in (Environment.GetEnvironmentVariable("PROBE_PATHS") ?? "/register/new").Split(','))
        {
            await page.GotoAsync(path);
            await page.WaitForTimeoutAsync(2500);
            var name = path.Trim('/').Replace('/', '_').Replace('?', '_');
            await page.ScreenshotAsync(new() { Path = $"/tmp/shots/probe-{(name.Length == 0 ? "home" : name)}.png", FullPage = true });
        }
        await context.CloseAsync();
    }
}
