using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Register.Api.Infrastructure.Auth;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Interface.Journeys;

/// <summary>
/// axe-core finds no serious or critical violation on any screen, signed in as the officer (who sees every control) and
/// on the signed-out pages. The screens are also photographed for the README when REGISTER_SCREENSHOTS is set.
/// </summary>
public sealed class AccessibilityJourney : JourneyFixture
{
    private int _entry;
    private string _recipient = "";

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        var builder = App.Builder(Officer);
        var links = await builder.LinksAsync("special");
        var body = RegisterBuilder.Complete(App.Unique("act"), links, "Медицинские осмотры работников");
        var created = await (await Officer.PostAsJsonAsync("/api/activities", body)).Content.ReadFromJsonAsync<JsonElement>();
        _entry = created.GetProperty("id").GetInt32();
        body["description"] = "Предварительные и периодические медицинские осмотры";
        (await Officer.SendAsync(HttpMethod.Put, $"/api/activities/{_entry}", body, ifMatch: "*")).EnsureSuccessStatusCode();
        (await Officer.PostAsJsonAsync("/api/activities", new { title = "Видеонаблюдение на проходной", departmentCode = links.Department })).EnsureSuccessStatusCode();
        (await Officer.SendAsync(HttpMethod.Put, "/api/operator", new { name = "УО «Университет»", address = "г. Минск, ул. Примерная, 1", unp = "100000001" })).EnsureSuccessStatusCode();
        await App.IssueKeyAsync(Roles.DepartmentHead, "Руководитель отдела кадров", links.Department);
        _recipient = await builder.RecipientAsync("authorized-person", new { number = "7/2024", date = "2024-02-01", purposes = "Хранение архива",
            actions = new[] { "storage" }, confidentiality = true, measures = new[] { "access-control" } }, "de");
        (await Officer.PostAsJsonAsync("/api/reports/supervisory/snapshots", new { format = "xlsx", note = "Отправлено в НЦЗПД, исх. № 1" })).EnsureSuccessStatusCode();
    }

    private static readonly (string Path, string? Screen)[] Screens_ =
    [
        ("/", "home"), ("/register", "register"), ("/findings", "findings"), ("/catalogs", "catalogs"), ("/catalogs/departments", "catalog"),
        ("/catalogs/departments/new", "department"), ("/operator", "operator"), ("/keys", "keys"), ("/audit", "audit"), ("/reports", "reports"),
        ("/requests", "requests"), ("/requests/new", "new-request"), ("/breaches", "breaches"), ("/breaches/new", "new-breach"),
        ("/catalogs/recipients", null), ("/catalogs/recipients/new", null), ("/catalogs/data-categories/new", null), ("/catalogs/countries/new", null),
        ("/catalogs/information-systems/new", null), ("/calendar", null), ($"/calendar/{DateTime.UtcNow.Year + 1}/edit", null),
    ];

    [Test]
    public async Task Every_screen_has_no_serious_or_critical_violation()
    {
        var failures = new List<string>();
        await Check("/signin", "signin", failures);
        await SignInAsync(OfficerKey);
        foreach (var (path, screen) in Screens_) await Check(path, screen, failures);
        await Check($"/register/{_entry}", "entry", failures);
        await Check($"/register/{_entry}/edit", "editor", failures, waitFor: "#title");
        await Check("/register/new", "new-entry", failures, waitFor: "#title");
        await Check($"/catalogs/recipients/{_recipient}/edit", null, failures);
        await Check($"/catalogs/recipients/{_recipient}/delete", null, failures);
        await Check("/imports", "imports", failures, waitFor: "#import-file");
        await Check("/register/999999", "not-found", failures);
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task The_English_screens_have_no_serious_or_critical_violation()
    {
        var failures = new List<string>();
        await SignInAsync(OfficerKey);
        await Page.GetByRole(AriaRole.Button, new() { Name = "English interface" }).ClickAsync();
        await Page.WaitForURLAsync("**/");
        foreach (var path in new[] { "/", "/register", $"/register/{_entry}", "/catalogs/recipients/new", $"/catalogs/recipients/{_recipient}/delete", "/reports" })
        {
            await Check(path, null, failures);
        }
        // The editor's circuit keeps the language the page was opened in.
        await Check("/imports", null, failures, waitFor: "#import-file");
        await Microsoft.Playwright.Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Import register entries from a spreadsheet");
        await Check("/register/new", null, failures, waitFor: "#title");
        await Microsoft.Playwright.Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("New register entry");
        Assert.That(failures, Is.Empty);
    }

    /// <summary>Opens the screen (an interactive one is ready once <paramref name="waitFor"/> shows) and runs axe-core on it.</summary>
    private async Task Check(string path, string? screen, List<string> failures, string? waitFor = null)
    {
        await Page.GotoAsync(path);
        if (waitFor is not null) await Page.Locator(waitFor).WaitForAsync();
        if (screen is not null) await Journeys.Screens.TakeAsync(Page, screen);
        var result = await Page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            failures.Add($"{path}: {violation.Id} ({violation.Impact}) {violation.Help}: " +
                         string.Join("; ", violation.Nodes.Take(3).Select(n => n.Html)));
        }
    }
}
