using System.Net;
using System.Net.Http.Headers;
using Register.Api.Features.Reports;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reports;

/// <summary>How a report is asked for: format and language, negotiation, bad input, roles and a department head's scope.</summary>
public sealed class ReportRequestTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly string[] Routes =
        [ReportRoutes.Supervisory, ReportRoutes.InformationResources, ReportRoutes.InformationSystems, ReportRoutes.OperatorRegistry];

    private static readonly Dictionary<string, string> MediaTypes = new()
    {
        ["json"] = "application/json", ["csv"] = "text/csv", ["xlsx"] = ReportTables.XlsxMediaType, ["html"] = "text/html",
    };

    private RegisterBuilder.Links _mine = null!;
    private RegisterBuilder.Links _theirs = null!;
    private string _myCode = null!;
    private string _theirCode = null!;

    [OneTimeSetUp]
    public async Task CreateTwoDepartments()
    {
        var builder = new RegisterBuilder(Client, Unique);
        _mine = await builder.LinksAsync();
        _theirs = await builder.LinksAsync();
        _myCode = Unique("mine");
        _theirCode = Unique("theirs");
        await (await Client.SendAsync(HttpMethod.Post, Register.Api.Features.Activities.ActivityRoutes.Collection, RegisterBuilder.Complete(_myCode, _mine))).OkJsonAsync(HttpStatusCode.Created);
        await (await Client.SendAsync(HttpMethod.Post, Register.Api.Features.Activities.ActivityRoutes.Collection, RegisterBuilder.Complete(_theirCode, _theirs))).OkJsonAsync(HttpStatusCode.Created);
    }

    public static IEnumerable<TestCaseData> EveryReportInEveryFormat() =>
        from route in Routes
        from format in new[] { "json", "csv", "xlsx", "html" }
        select new TestCaseData(route, format).SetArgDisplayNames(route.Split('/')[^1], format);

    [TestCaseSource(nameof(EveryReportInEveryFormat))]
    public async Task Every_report_comes_in_every_format_chosen_by_the_format_parameter(string route, string format)
    {
        var response = await Client.GetAsync($"{route}?format={format}&lang=en");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), System.Text.Encoding.UTF8.GetString(bytes));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(MediaTypes[format]));
        Assert.That(response.Headers.Vary, Does.Contain("Accept"));
        if (format == "xlsx") ReportTables.Xlsx(bytes);
        if (format == "csv") ReportTables.Csv(bytes);
    }

    [TestCase("text/csv", "text/csv")]
    [TestCase("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportTables.XlsxMediaType)]
    [TestCase("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html")]
    [TestCase("application/json", "application/json")]
    [TestCase("*/*", "application/json")]
    [TestCase("text/*", "text/csv")]
    [TestCase("application/json;q=0.2, text/html", "text/html")]
    [TestCase("text/csv;q=0, */*", "application/json")]
    public async Task Without_a_format_the_accept_header_chooses(string accept, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ReportRoutes.InformationSystems);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(expected));
    }

    [Test]
    public async Task No_accept_header_and_no_format_is_json()
    {
        var response = await Client.GetAsync(ReportRoutes.OperatorRegistry);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task The_format_parameter_wins_over_accept()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{ReportRoutes.InformationSystems}?format=csv");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await Client.SendAsync(request);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
    }

    [Test]
    public async Task An_accept_header_naming_no_report_format_is_406()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ReportRoutes.Supervisory);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        var problem = await (await Client.SendAsync(request)).ProblemAsync(HttpStatusCode.NotAcceptable);
        Assert.That((string?)problem["detail"], Does.Contain("text/csv"));
    }

    [TestCase("format=pdf", "format")]
    [TestCase("format=JSON", "format")]
    [TestCase("format=csv&format=json", "format")]
    [TestCase("lang=de", "lang")]
    [TestCase("lang=be", "lang")]
    [TestCase("department=Not%20A%20Code", "department")]
    [TestCase("asOf=2024-13-01", "asOf")]
    [TestCase("asOf=21.11.2026", "asOf")]
    [TestCase("asOf=2024-02-30", "asOf")]
    [TestCase("asOf=%00", "asOf")]
    [TestCase("asOf=9999-12-31", "asOf")]
    [TestCase("department=no-such-department", "department")]
    public async Task Bad_parameters_are_400_naming_the_parameter_on_every_report(string query, string field)
    {
        foreach (var route in Routes) await (await Client.GetAsync($"{route}?{query}")).ValidationProblemAsync(field);
    }

    [Test]
    public async Task A_day_after_today_is_400()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3)).AddDays(1).ToString("yyyy-MM-dd");
        var problem = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?asOf={tomorrow}")).ValidationProblemAsync("asOf");
        Assert.That(problem.ToJsonString(), Does.Contain("after today"));
    }

    [Test]
    public async Task Reports_need_a_key()
    {
        using var anonymous = ClientWithKey(null);
        foreach (var route in Routes) Assert.That((await anonymous.GetAsync(route)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_auditor_reads_every_report()
    {
        using var auditor = await ClientForAsync(Roles.Auditor);
        foreach (var route in Routes) Assert.That((await auditor.GetAsync($"{route}?format=csv")).StatusCode, Is.EqualTo(HttpStatusCode.OK), route);
    }

    [Test]
    public async Task The_department_filter_keeps_only_that_departments_entries()
    {
        var report = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?department={_mine.Department}")).OkJsonAsync();
        Assert.That(report["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(new[] { _myCode }));
        Assert.That((string?)report["department"]!["code"], Is.EqualTo(_mine.Department));
    }

    [Test]
    public async Task A_department_head_gets_only_its_departments_whatever_it_asks()
    {
        using var head = await ClientForAsync(Roles.DepartmentHead, _mine.Department);

        var all = await (await head.GetAsync(ReportRoutes.Supervisory)).OkJsonAsync();
        Assert.That(all["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(new[] { _myCode }));
        Assert.That(all["rows"]!.AsArray().Select(r => (string?)r!["department"]!["code"]).Distinct(), Is.EqualTo(new[] { _mine.Department }));

        var theirs = await (await head.GetAsync($"{ReportRoutes.Supervisory}?department={_theirs.Department}")).OkJsonAsync();
        Assert.That(theirs["rows"]!.AsArray(), Is.Empty, "another department's entries are not there, and the answer does not say whether it exists");
        var unknown = await head.GetAsync($"{ReportRoutes.Supervisory}?department=no-such-department");
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var csv = await ReportTables.ReadAsync(await head.GetAsync($"{ReportRoutes.Supervisory}?format=csv"), "csv");
        Assert.That(csv.Column("Код записи"), Is.EqualTo(new[] { _myCode }));
        var xlsx = await ReportTables.ReadAsync(await head.GetAsync($"{ReportRoutes.Supervisory}?format=xlsx&lang=en"), "xlsx");
        Assert.That(xlsx.Column("Entry code"), Is.EqualTo(new[] { _myCode }));

        var systems = await (await head.GetAsync(ReportRoutes.InformationSystems)).OkJsonAsync();
        Assert.That(systems["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(new[] { _mine.System }));
        var resources = await (await head.GetAsync(ReportRoutes.InformationResources)).OkJsonAsync();
        Assert.That(resources["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(new[] { _mine.System }));
        Assert.That((int?)resources["rows"]![0]!["entries"], Is.EqualTo(1), "the entries of other departments in the same system are not counted");

        var history = await (await head.GetAsync($"{ReportRoutes.Supervisory}?asOf={DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3)):yyyy-MM-dd}")).OkJsonAsync();
        Assert.That(history["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(new[] { _myCode }), "asOf reports are scoped too");
    }
}
