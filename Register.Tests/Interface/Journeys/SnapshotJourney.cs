using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Register.Api.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>The officer keeps a report as evidence and downloads it back; the auditor reads the kept reports but keeps none.</summary>
public sealed class SnapshotJourney : JourneyFixture
{
    [Test]
    public async Task The_officer_keeps_a_snapshot_and_the_downloaded_bytes_have_the_sha_256_shown()
    {
        await App.Builder(Officer).LinksAsync();
        const string note = "Отправлено в НЦЗПД, исх. № 12-34 от 01.12.2026";
        await SignInAsync(OfficerKey);
        var reports = await ReportsPage.OpenAsync(Page);
        await reports.KeepAsync("Сведения для внутреннего контроля и НЦЗПД", "xlsx", note);

        await Expect(Page.Locator(".success[role=status]")).ToContainTextAsync("сохранён");
        var row = reports.Snapshots.Filter(new() { HasText = note });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Сведения для внутреннего контроля и НЦЗПД");
        await Expect(row).ToContainTextAsync("XLSX");
        await Expect(row).ToContainTextAsync(OfficerName);
        await Screens.TakeAsync(Page, "snapshots");
        await AssertAccessibleAsync();
        var shown = (await row.Locator("code.digest").TextContentAsync())!.Trim();
        Assert.That(await Page.Locator(".success[role=status] code.digest").TextContentAsync(), Is.EqualTo(shown), "the confirmation names the same digest");

        var download = await reports.DownloadSnapshotAsync(row);
        Assert.That(download.SuggestedFilename, Does.StartWith("supervisory-").And.EndWith(".xlsx"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(shown));
        await Expect(row).ToContainTextAsync($"({bytes.Length.ToString("N0", new System.Globalization.CultureInfo("ru"))} Б)");
    }

    [Test]
    public async Task The_auditor_sees_the_snapshots_but_is_offered_no_way_to_keep_one_and_a_forged_one_is_refused()
    {
        var kept = await Officer.PostAsJsonAsync("/api/reports/information-systems/snapshots", new { format = "csv", note = "Для проверки НЦЗПД" });
        kept.EnsureSuccessStatusCode();
        var auditor = await App.IssueKeyAsync(Roles.Auditor, "Инспектор НЦЗПД");
        await SignInAsync(auditor.Key);
        var reports = await ReportsPage.OpenAsync(Page);

        await Expect(reports.Snapshots.Filter(new() { HasText = "Для проверки НЦЗПД" })).ToHaveCountAsync(1);
        await Expect(reports.KeepForm).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Сохранить снимок" })).ToHaveCountAsync(0);

        var before = (await Officer.GetFromJsonAsync<JsonElement>("/api/reports/snapshots")).GetProperty("total").GetInt32();
        var token = await Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var form = Context.APIRequest.CreateFormData();
        foreach (var (name, value) in new[] { ("_handler", "keep-snapshot"), ("__RequestVerificationToken", token!), ("Report", "supervisory"), ("Note", "подделка") })
        {
            form.Set(name, value);
        }
        var forged = await Page.APIRequest.PostAsync("/reports", new() { Form = form });
        Assert.That(forged.Status, Is.EqualTo(400), "no form of the auditor's page takes it");
        Assert.That((await Officer.GetFromJsonAsync<JsonElement>("/api/reports/snapshots")).GetProperty("total").GetInt32(), Is.EqualTo(before));
    }
}
