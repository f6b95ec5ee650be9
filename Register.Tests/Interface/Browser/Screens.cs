using Microsoft.Playwright;

namespace Register.Tests.Interface.Journeys;

/// <summary>
/// Screenshots of the main screens for the README, taken by the journeys when REGISTER_SCREENSHOTS is set (to a folder,
/// or to 1 for the repository's docs/screens). Off by default so that a test run leaves the working tree as it was.
/// </summary>
public static class Screens
{
    public static async Task TakeAsync(IPage page, string name)
    {
        var folder = Folder();
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private static string? Folder()
    {
        var setting = Environment.GetEnvironmentVariable("REGISTER_SCREENSHOTS");
        if (string.IsNullOrEmpty(setting)) return null;
        if (setting != "1") return setting;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Register.sln"))) return Path.Combine(directory.FullName, "docs", "screens");
        }
        return null;
    }
}
