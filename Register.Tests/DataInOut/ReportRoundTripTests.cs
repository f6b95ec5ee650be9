using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Features.Reports;
using Register.Api.Features.Reports.Supervisory;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Seeding;
using Register.Tests.Demo;
using Register.Tests.Infrastructure;
using Register.Tests.Reports;

namespace Register.Tests.DataInOut;

/// <summary>
/// The supervisory report read back by the importer into the register it came from: what it says is what the register
/// holds, so every row is skipped; an edited cell updates that entry alone; text that looks like a formula goes out
/// neutralised and comes back as it was.
/// </summary>
public sealed class ReportRoundTripTests(DatabaseProvider provider) : ApiFixture(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?> { [DemoRegisterLoader.SettingKey] = "true" };

    private static string Header(string key, string lang = "ru") => SupervisoryReport.Layout.Columns.Single(c => c.Key == key).Header.In(lang);

    [TestCase("xlsx", "ru")]
    [TestCase("xlsx", "en")]
    [TestCase("csv", "ru")]
    [TestCase("csv", "en")]
    public async Task The_supervisory_report_imports_back_into_its_register_unchanged(string format, string lang)
    {
        var report = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?format={format}&lang={lang}")).Content.ReadAsByteArrayAsync();
        var before = await RegisterState.ReadAsync(Client);

        var dryRun = await (await Client.ImportAsync(report, $"supervisory.{format}")).OkJsonAsync();
        var applied = await (await Client.ImportAsync(report, $"supervisory.{format}", dryRun: false)).OkJsonAsync();

        var rows = dryRun["rows"]!.AsArray();
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(19));
        Assert.That(rows.SelectMany(r => r!["problems"]!.AsArray()).Select(p => p!.ToJsonString()), Is.Empty);
        Assert.That(rows.Select(r => (string?)r!["action"]), Has.All.EqualTo("skip"), "the report says exactly what each entry holds");
        Assert.That((int?)applied["skipped"], Is.EqualTo(rows.Count));
        Assert.That(await RegisterState.ReadAsync(Client), Is.EqualTo(before), "no entry was written: no version moved");
    }

    [Test]
    public async Task An_edited_title_updates_that_entry_alone_keeping_its_status()
    {
        var report = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?format=xlsx")).Content.ReadAsByteArrayAsync();
        var table = ReportTables.Xlsx(report);
        var code = table.Cell(0, Header("code"));
        var titleColumn = Api.Features.Reports.Writers.XlsxReportWriter<object>.ColumnName(table.Headers.ToList().IndexOf(Header("title")) + 1);
        var edited = Uploads.WithCell(report, $"{titleColumn}2", "Подбор кадров (уточнено после проверки)");
        var entry = await FindAsync(code);

        var dryRun = await (await Client.ImportAsync(edited, "supervisory.xlsx")).OkJsonAsync();
        var applied = await (await Client.ImportAsync(edited, "supervisory.xlsx", dryRun: false)).OkJsonAsync();

        var actions = dryRun["rows"]!.AsArray().ToDictionary(r => (string)r!["code"]!, r => (string)r!["action"]!);
        Assert.That(actions[code], Is.EqualTo("update"));
        Assert.That(actions.Where(a => a.Key != code).Select(a => a.Value), Has.All.EqualTo("skip"));
        Assert.That((int?)applied["updated"], Is.EqualTo(1));
        var after = await FindAsync(code);
        Assert.That((string?)after["title"], Is.EqualTo("Подбор кадров (уточнено после проверки)"));
        Assert.That((int?)after["version"], Is.EqualTo((int?)entry["version"] + 1));
        Assert.That((string?)after["status"], Is.EqualTo((string?)entry["status"]), "an update keeps the status, as PUT does");
        Assert.That(after["purposes"]!.ToJsonString(), Is.EqualTo(entry["purposes"]!.ToJsonString()));
        Assert.That((string?)after["description"], Is.EqualTo((string?)entry["description"]), "what the report does not carry stays");
    }

    [Test]
    public async Task A_catalog_name_that_looks_like_a_formula_goes_out_neutralised_and_reads_back_as_it_was()
    {
        const string hostile = "=HYPERLINK(\"http://evil.example\",\"Нажмите\")";
        var builder = new Activities.RegisterBuilder(Client, Unique);
        var department = await builder.DepartmentAsync();
        var subjects = Unique("subj");
        await (await Client.SendAsync(HttpMethod.Post, "/api/subject-categories", new { code = subjects, names = new { ru = hostile, en = hostile } }))
            .OkJsonAsync(HttpStatusCode.Created);
        await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection,
            new { code = Unique("f"), title = "-2+3 посетителя", departmentCode = department, subjectCategoryCodes = new[] { subjects } }))
            .OkJsonAsync(HttpStatusCode.Created);
        var url = $"{ReportRoutes.Supervisory}?department={department}&format=";

        var csv = await (await Client.GetAsync(url + "csv")).Content.ReadAsByteArrayAsync();
        var xlsx = await (await Client.GetAsync(url + "xlsx")).Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(ReportTables.Csv(csv).Cell(0, Header("subjectCategories")), Is.EqualTo("'" + hostile));
            Assert.That(ReportTables.Xlsx(xlsx).Cell(0, Header("subjectCategories")), Is.EqualTo("'" + hostile));
            Assert.That(ReportTables.Csv(csv).Cell(0, Header("title")), Is.EqualTo("'-2+3 посетителя"));
            Assert.That(ReportTables.Xlsx(xlsx).Cell(0, Header("title")), Is.EqualTo("'-2+3 посетителя"));
        });
        foreach (var (bytes, name) in new[] { (csv, "report.csv"), (xlsx, "report.xlsx") })
        {
            var dryRun = await (await Client.ImportAsync(bytes, name)).OkJsonAsync();
            var row = dryRun["rows"]!.AsArray().Single()!;
            Assert.That(row["problems"]!.AsArray(), Is.Empty, $"{name}: the neutralised name is read back as the catalog's name");
            Assert.That((string?)row["action"], Is.EqualTo("skip"), $"{name}: the title and the subjects read back unchanged");
        }
    }

    private async Task<JsonNode> FindAsync(string code)
    {
        var page = await (await Client.GetAsync($"{ActivityRoutes.Collection}?pageSize=500")).OkJsonAsync();
        return page["items"]!.AsArray().Single(a => (string?)a!["code"] == code)!;
    }
}
