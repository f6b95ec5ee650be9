using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Demo;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>
/// The demo register's supervisory report, exported as XLSX, imported into an empty register (the demo's catalogs and
/// operator, no entries): every entry comes back as a draft with its code, its findings, and what the report carries.
/// </summary>
public sealed class DemoReportImportTests(DatabaseProvider provider) : ApiFixture(provider)
{
    /// <summary>
    /// What the supervisory report carries of an entry, and so what comes back. It does not carry the description, the
    /// recipients data is not sent abroad to, the estimated number of subjects, minors or the review date.
    /// </summary>
    private static readonly string[] Carried =
    [
        "title", "departmentCode", "subjectCategoryCodes", "dataCategories", "purposes", "retention", "informationSystemCodes", "storageForm",
        "processingMethod", "dataSource", "actionCodes", "protectionMeasureCodes", "startDate", "terminationCondition", "accessPositions",
    ];

    private byte[] _report = null!;
    private IReadOnlyList<JsonNode> _demo = null!;

    [OneTimeSetUp]
    public async Task ReadTheDemoAndGiveThisRegisterItsCatalogs()
    {
        (_report, _demo) = await DemoSource.ReadAsync(Provider, "xlsx");
        await DemoSource.LoadCatalogsAsync(Client);
    }

    [Test]
    public async Task The_demo_registers_supervisory_xlsx_imports_into_an_empty_register_as_drafts()
    {
        var codes = _demo.OrderBy(e => (int)e["id"]!).Select(e => (string)e["code"]!).ToList();
        Assert.That(codes, Has.Count.GreaterThanOrEqualTo(19));
        var before = await RegisterState.ReadAsync(Client);

        var dryRun = await (await Client.ImportAsync(_report, "supervisory-ru.xlsx")).OkJsonAsync();

        Assert.That((bool?)dryRun["dryRun"], Is.True);
        Assert.That(Problems(dryRun), Is.Empty);
        Assert.That((int?)dryRun["created"], Is.EqualTo(codes.Count));
        Assert.That(dryRun["rows"]!.AsArray().Select(r => (string?)r!["action"]), Has.All.EqualTo("create"));
        Assert.That(dryRun["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(codes), "in the order the report lists them");
        Assert.That(dryRun["rows"]!.AsArray().Select(r => (int?)r!["row"]), Is.EqualTo(Enumerable.Range(2, codes.Count)), "rows as the spreadsheet numbers them");
        Assert.That(await RegisterState.ReadAsync(Client), Is.EqualTo(before), "a dry run changes nothing");

        var applied = await (await Client.ImportAsync(_report, "supervisory-ru.xlsx", dryRun: false)).OkJsonAsync();

        Assert.That((bool?)applied["dryRun"], Is.False);
        Assert.That((int?)applied["created"], Is.EqualTo(codes.Count));
        Assert.That((int?)applied["rejected"], Is.Zero);
        Assert.That(applied["rows"]!.AsArray().SelectMany(r => r!["findings"]!.AsArray()), Is.Not.Empty, "the rows say what the law still asks");
        var imported = (await (await Client.GetAsync($"{ActivityRoutes.Collection}?pageSize=500")).OkJsonAsync())["items"]!.AsArray()
            .ToDictionary(e => (string)e!["code"]!, e => e!);
        Assert.That(imported.Keys, Is.EquivalentTo(codes));
        Assert.Multiple(() =>
        {
            foreach (var source in _demo)
            {
                var entry = imported[(string)source["code"]!];
                Assert.That((string?)entry["status"], Is.EqualTo("draft"), $"{source["code"]} is a draft");
                // The same rules speak as in the demo: the entries are assessed like any other (the demo's drafts keep what the
                // law still asks of them; the others keep their warnings).
                Assert.That(Rules(entry), Is.EquivalentTo(Rules(source)), $"{source["code"]}: findings");
                foreach (var field in Carried)
                {
                    Assert.That(entry[field]?.ToJsonString(), Is.EqualTo(source[field]?.ToJsonString()), $"{source["code"]}.{field}");
                }
                var transfers = source["recipients"]!.AsArray().Where(r => r!["transfer"] is not null).Select(r => r!.ToJsonString());
                Assert.That(entry["recipients"]!.AsArray().Select(r => r!.ToJsonString()), Is.EqualTo(transfers), $"{source["code"]}: recipients abroad");
            }
        });
    }

    [Test]
    public async Task The_import_is_one_action_in_the_audit_trail_beside_each_entrys_own_create()
    {
        var fresh = await ClientForAsync(Register.Api.Infrastructure.Auth.Roles.Officer);
        var department = Unique("dep");
        await fresh.SendAsync(HttpMethod.Post, "/api/departments", new { code = department, name = "Отдел для импорта" });
        var rows = Uploads.TemplateRows(
            new() { ["code"] = Unique("imp"), ["title"] = "Учёт посетителей", ["department"] = department },
            new() { ["code"] = Unique("imp"), ["title"] = "Учёт гостей", ["department"] = "Отдел для импорта" });

        var applied = await (await fresh.ImportAsync(Uploads.Workbook(("Записи", rows)), "две записи.xlsx", dryRun: false)).OkJsonAsync();

        var audit = await (await Client.GetAsync("/api/audit?entity=activity-import")).OkJsonAsync();
        var import = audit["items"]!.AsArray().Single(a => (string?)a!["after"]!["fileName"] == "две записи.xlsx")!;
        Assert.That((string?)import["action"], Is.EqualTo("import"));
        Assert.That((int?)import["after"]!["rows"], Is.EqualTo(2));
        Assert.That((int?)import["after"]!["created"], Is.EqualTo(2));
        var ids = applied["rows"]!.AsArray().Select(r => (int)r!["id"]!).ToList();
        Assert.That(import["after"]!["entries"]!.AsArray().Select(e => (int?)e!["id"]), Is.EqualTo(ids));
        foreach (var id in ids)
        {
            var own = await (await Client.GetAsync($"/api/audit?entity=activity&key={id}")).OkJsonAsync();
            Assert.That(own["items"]!.AsArray().Select(a => (string?)a!["action"]), Is.EqualTo(new[] { "create" }), "each entry's own create, as the API records it");
        }
    }

    private static IEnumerable<string?> Rules(JsonNode entry) => entry["findings"]!.AsArray().Select(f => (string?)f!["rule"]).Distinct();

    private static IEnumerable<string> Problems(JsonNode report) =>
        report["rows"]!.AsArray().SelectMany(r => r!["problems"]!.AsArray().Select(p => $"row {r["row"]} {p!["column"]}: {p["value"]}: {p["message"]}"));
}
