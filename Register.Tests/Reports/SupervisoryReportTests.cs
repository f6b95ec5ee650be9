using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Register.Api.Features.Reports;
using Register.Api.Features.Reports.Supervisory;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reports;

/// <summary>
/// The supervisory report read back in every format and language, cell by cell against the entries as the API
/// returns them and the catalogs' names in that language.
/// </summary>
public sealed class SupervisoryReportTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private ReportRegister _register = null!;
    private JsonObject _us = null!;

    [OneTimeSetUp]
    public async Task CreateRegister()
    {
        await ReportRegister.EnsureOperatorAsync(Client);
        _register = await ReportRegister.CreateAsync(Client, Unique);
        _us = (JsonObject)await (await Client.GetAsync("/api/countries/us")).OkJsonAsync();
    }

    private string Url(string format, string lang) =>
        $"{ReportRoutes.Supervisory}?format={format}&lang={lang}&department={_register.Department}";

    private static string Header(string key, string lang) => SupervisoryReport.Layout.Columns.Single(c => c.Key == key).Header.In(lang);

    private async Task<JsonObject> CatalogAsync(string path) => (JsonObject)await (await Client.GetAsync(path)).OkJsonAsync();

    private async Task<string> NameAsync(string path, string lang)
    {
        var names = (await CatalogAsync(path))["names"]!;
        return (string?)names[lang] ?? (string)names["ru"]!;
    }

    [TestCase("ru")]
    [TestCase("en")]
    public async Task Json_has_the_operator_header_the_day_and_one_row_per_entry_matching_the_activities(string lang)
    {
        var report = await (await Client.GetAsync(Url("json", lang))).OkJsonAsync();

        Assert.That((string?)report["operator"]!["name"], Is.EqualTo(ReportRegister.OperatorName));
        Assert.That((string?)report["operator"]!["address"], Is.EqualTo(ReportRegister.OperatorAddress));
        Assert.That((string?)report["asOf"], Is.EqualTo(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3)).ToString("yyyy-MM-dd")));
        Assert.That((string?)report["lang"], Is.EqualTo(lang));
        Assert.That(DateTimeOffset.Parse((string)report["generatedAt"]!, System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));

        var rows = report["rows"]!.AsArray();
        Assert.That(rows.Select(r => (string?)r!["code"]), Is.EqualTo(_register.Entries.Select(e => (string?)e["code"])), "one row per entry, in the order they were registered");
        foreach (var (row, entry) in rows.Zip(_register.Entries))
        {
            Assert.That((int?)row!["activityId"], Is.EqualTo((int?)entry["id"]));
            Assert.That((string?)row["title"], Is.EqualTo((string?)entry["title"]));
            Assert.That((string?)row["department"]!["name"], Is.EqualTo(_register.DepartmentName));
            Assert.That((string?)row["status"]!["code"], Is.EqualTo((string?)entry["status"]));
            Assert.That(row["purposes"]!.AsArray().Select(p => (string?)p!["text"]), Is.EqualTo(entry["purposes"]!.AsArray().Select(p => (string?)p!["text"])));
            Assert.That(row["dataCategories"]!.AsArray().Select(d => (string?)d!["code"]), Is.EqualTo(entry["dataCategories"]!.AsArray().Select(d => (string?)d!["code"])));
            Assert.That((string?)row["npdpcCategory"]!["code"], Is.EqualTo((string?)entry["npdpcCategory"]));
            Assert.That((bool?)row["crossBorder"], Is.EqualTo((bool?)entry["crossBorder"]));
            Assert.That((string?)row["startDate"], Is.EqualTo((string?)entry["startDate"]));
            Assert.That((string?)row["terminationCondition"], Is.EqualTo((string?)entry["terminationCondition"]));
            Assert.That((string?)row["responsiblePerson"]!["fullName"], Is.EqualTo("Петрова Анна Сергеевна"));
        }

        var medical = rows.Single(r => (string?)r!["code"] == (string?)_register.Medical["code"])!;
        Assert.That((string?)medical["dataCategories"]![1]!["name"], Is.EqualTo(await NameAsync($"/api/data-categories/{_register.Health}", lang)));
        Assert.That((string?)medical["subjectCategories"]![0]!["name"], Is.EqualTo(lang == "en" ? "Health-post patients" : "Пациенты здравпункта"));
        Assert.That((string?)medical["legalBases"]![0]!["citation"], Is.Not.Empty, "legal bases carry their citation");
        Assert.That((bool?)medical["cryptographicMeansUsed"], Is.True);
        Assert.That((string?)medical["cryptographicMeans"]![0], Does.Contain((string?)(await CatalogAsync("/api/protection-measures/tls-encryption"))["cryptoMeans"]));
        Assert.That(medical["crossBorderCountries"]!.AsArray().Select(c => (string?)c!["code"]), Is.EqualTo(new[] { "us" }));
        Assert.That((string?)medical["crossBorderCountries"]![0]!["name"], Is.EqualTo((string?)_us["names"]![lang]));
        Assert.That((string?)medical["informationSystems"]![0]!["oacClass"], Is.EqualTo("3-спец"), "OAC classes are written as in Order 66 in every language");
        Assert.That((string?)medical["status"]!["name"], Is.EqualTo(lang == "en" ? "approved" : "утверждена"));
    }

    public static IEnumerable<TestCaseData> TabularCases() =>
        from format in new[] { "csv", "xlsx", "html" }
        from lang in new[] { "ru", "en" }
        select new TestCaseData(format, lang).SetArgDisplayNames(format, lang);

    [TestCaseSource(nameof(TabularCases))]
    public async Task Tabular_formats_have_one_header_row_then_one_row_per_entry_matching_the_activities(string format, string lang)
    {
        var table = await ReportTables.ReadAsync(await Client.GetAsync(Url(format, lang)), format);

        Assert.That(table.Headers, Is.EqualTo(SupervisoryReport.Layout.Columns.Select(c => c.Header.In(lang))));
        Assert.That(table.Headers[0], Is.EqualTo(lang == "en" ? "No." : "№ п/п"));
        Assert.That(table.Headers, Does.Contain(lang == "en" ? "Cross-border transfer" : "Трансграничная передача"));
        Assert.That(table.Rows, Has.Count.EqualTo(3));
        Assert.That(table.Column(Header("code", lang)), Is.EqualTo(_register.Entries.Select(e => (string)e["code"]!)));
        Assert.That(table.Column(Header("number", lang)), Is.EqualTo(new[] { "1", "2", "3" }));

        var yes = lang == "en" ? "Yes" : "Да";
        var no = lang == "en" ? "No" : "Нет";
        for (var i = 0; i < _register.Entries.Count; i++)
        {
            var entry = _register.Entries[i];
            Assert.Multiple(() =>
            {
                Assert.That(table.Cell(i, Header("title", lang)), Is.EqualTo((string?)entry["title"]));
                Assert.That(table.Cell(i, Header("operator", lang)), Is.EqualTo($"{ReportRegister.OperatorName}\n{ReportRegister.OperatorAddress}"));
                Assert.That(table.Cell(i, Header("department", lang)), Is.EqualTo(_register.DepartmentName));
                Assert.That(table.Cell(i, Header("purposes", lang)),
                    Is.EqualTo(string.Join("\n", entry["purposes"]!.AsArray().Select((p, n) => $"{n + 1}. {(string?)p!["text"]}"))));
                Assert.That(table.Cell(i, Header("startDate", lang)), Is.EqualTo((string?)entry["startDate"]));
                Assert.That(table.Cell(i, Header("crossBorder", lang)), Is.EqualTo((bool)entry["crossBorder"]! ? yes : no));
                Assert.That(table.Cell(i, Header("terminationCondition", lang)), Is.EqualTo((string?)entry["terminationCondition"]));
            });
        }

        var medical = table.RowWhere(Header("code", lang), (string)_register.Medical["code"]!);
        var dataNames = new List<string>();
        foreach (var code in new[] { _register.Names, _register.Health }) dataNames.Add(await NameAsync($"/api/data-categories/{code}", lang));
        Assert.Multiple(() =>
        {
            Assert.That(table.Cell(medical, Header("dataCategories", lang)), Is.EqualTo(string.Join("\n", dataNames)));
            Assert.That(table.Cell(medical, Header("subjectCategories", lang)), Is.EqualTo(lang == "en" ? "Health-post patients" : "Пациенты здравпункта"));
            Assert.That(table.Cell(medical, Header("npdpcCategory", lang)),
                Is.EqualTo(lang == "en" ? "Special personal data (except biometric and genetic)" : "Специальные персональные данные (за исключением биометрических и генетических)"));
            Assert.That(table.Cell(medical, Header("actions", lang)), Is.EqualTo(lang == "en" ? "Collection, Storage, Use" : "Сбор, Хранение, Использование"));
            Assert.That(table.Cell(medical, Header("cryptographicMeansUsed", lang)), Is.EqualTo(yes));
            Assert.That(table.Cell(medical, Header("crossBorderCountries", lang)), Does.StartWith((string)_us["names"]![lang]!));
            Assert.That(table.Cell(medical, Header("legalBases", lang)), Does.Contain("Трудовой кодекс"));
            Assert.That(table.Cell(medical, Header("retention", lang)), Does.Contain(lang == "en" ? "5 years" : "5 лет"));
            Assert.That(table.Cell(medical, Header("security", lang)), Does.Contain("3-спец"));
            Assert.That(table.Cell(medical, Header("responsiblePerson", lang)), Does.StartWith("Петрова Анна Сергеевна\n"));
            Assert.That(table.Cell(medical, Header("status", lang)), Is.EqualTo(lang == "en" ? "approved" : "утверждена"));
        });
        var staff = table.RowWhere(Header("code", lang), (string)_register.Staff["code"]!);
        Assert.That(table.Cell(staff, Header("cryptographicMeansUsed", lang)), Is.EqualTo(no));
        Assert.That(table.Cell(staff, Header("status", lang)), Is.EqualTo(lang == "en" ? "draft" : "черновик"));
    }

    [Test]
    public async Task Csv_is_rfc4180_with_crlf_records_and_quoted_line_breaks()
    {
        var response = await Client.GetAsync(Url("csv", "ru"));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentType?.CharSet, Is.EqualTo("utf-8"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Does.StartWith($"supervisory-{_register.Department}-").And.EndWith("-ru.csv"));
        Assert.That(text, Does.EndWith("\r\n"));
        Assert.That(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[0], Does.StartWith("\uFEFF№ п/п,"), "header row first, after the BOM");
        Assert.That(text, Does.Contain($"\"{ReportRegister.OperatorName}\n{ReportRegister.OperatorAddress}\""), "a cell with a line break is quoted");
    }

    [Test]
    public async Task Html_is_a_printable_page_with_the_operator_the_day_and_repeating_headers()
    {
        var response = await Client.GetAsync(Url("html", "ru"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "a report of personal data is never cached");
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Contain(ReportRegister.OperatorName));
        Assert.That(html, Does.Contain(ReportRegister.OperatorAddress));
        Assert.That(html, Does.Contain("По состоянию на"));
        Assert.That(html, Does.Contain("@page { size: A4 landscape"));
        Assert.That(html, Does.Contain("thead { display: table-header-group; }"), "the header row repeats on every printed page");
        Assert.That(html, Does.Contain("page-break-inside: avoid"), "rows do not break across pages");
        Assert.That(ReportTables.Html(html).Rows, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Text_from_the_register_is_encoded_in_html_and_cannot_run_as_a_formula_in_csv()
    {
        var builder = new Activities.RegisterBuilder(Client, Unique);
        var links = await builder.LinksAsync();
        var body = Activities.RegisterBuilder.Complete(Unique("x"), links, "=HYPERLINK(\"http://evil\") <script>alert(1)</script>");
        await (await Client.SendAsync(HttpMethod.Post, Register.Api.Features.Activities.ActivityRoutes.Collection, body)).OkJsonAsync(HttpStatusCode.Created);

        var html = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?format=html&department={links.Department}")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));

        var csv = ReportTables.Csv(await (await Client.GetAsync($"{ReportRoutes.Supervisory}?format=csv&department={links.Department}")).Content.ReadAsByteArrayAsync());
        Assert.That(csv.Cell(0, Header("title", "ru")), Does.StartWith("'=HYPERLINK"), "the formula guard's apostrophe");

        // An inline string is text when Excel opens the file, but becomes a formula once the cell is edited or the sheet
        // saved as CSV: XLSX gets the same guard.
        var xlsx = ReportTables.Xlsx(await (await Client.GetAsync($"{ReportRoutes.Supervisory}?format=xlsx&department={links.Department}")).Content.ReadAsByteArrayAsync());
        Assert.That(xlsx.Cell(0, Header("title", "ru")), Does.StartWith("'=HYPERLINK"));
    }
}
