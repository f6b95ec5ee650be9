using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Breaches;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;
using Register.Tests.Reports;

namespace Register.Tests.Journals;

/// <summary>
/// The journals' reports for a period: a request and a breach of February and of March 2026 in department A, a request of
/// March in department B; the March report holds the March records, in every format, scoped for a department head.
/// </summary>
public sealed class JournalReportsTests(DatabaseProvider provider) : JournalFixture(provider)
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [OneTimeSetUp]
    public async Task FillTheJournals()
    {
        await RequestAsync("2026-02-10", DepartmentA, "Февральский Заявитель");
        await RequestAsync("2026-03-02", DepartmentA, "Мартовский Заявитель");
        await RequestAsync("2026-03-05", DepartmentB, "Заявитель Бухгалтерии");
        await BreachAsync("2026-02-27T10:00:00+03:00", "Февральское нарушение");
        // 22:30 UTC on 28 February is 01:30 on 1 March in Minsk: a March breach.
        await BreachAsync("2026-02-28T22:30:00Z", "Мартовское нарушение");
    }

    private async Task RequestAsync(string receivedOn, string department, string fullName) =>
        await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, new
        {
            kind = "information", receivedOn, form = "written",
            requester = new { fullName, address = "г. Минск, ул. Ленина, 1", isRepresentative = false },
            summary = "Какие данные обрабатываются", departmentCodes = new[] { department }, status = "received",
        })).OkJsonAsync(HttpStatusCode.Created);

    private async Task BreachAsync(string detectedAt, string description) =>
        await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, new
        {
            detectedAt, kind = "loss", description, departmentCodes = new[] { DepartmentA }, subjectsAffected = 12,
            npdpc = new { notificationRequired = true }, status = "detected",
        })).OkJsonAsync(HttpStatusCode.Created);

    [Test]
    public async Task The_request_log_for_March_holds_March_s_requests_with_their_deadlines()
    {
        var report = await (await Officer.GetAsync($"/api/reports/subject-requests?{March}&format=json")).OkJsonAsync();
        var rows = report["rows"]!.AsArray();

        Assert.That((string?)report["report"], Is.EqualTo("subject-requests"));
        Assert.That((string?)report["from"], Is.EqualTo("2026-03-01"));
        Assert.That((string?)report["to"], Is.EqualTo("2026-03-31"));
        Assert.That(rows.Select(r => (string?)r!["requester"]), Is.EqualTo(new[] { "Мартовский Заявитель", "Заявитель Бухгалтерии" }));
        Assert.That((string?)rows[0]!["dueOn"], Is.EqualTo("2026-03-09"));
        Assert.That((string?)rows[0]!["dueBasis"], Is.EqualTo("ст. 11 п. 2"));
        Assert.That((string?)rows[0]!["kind"]!["name"], Does.Contain("ст. 11"));
    }

    [Test]
    public async Task The_breach_log_counts_the_day_in_Minsk_and_shows_the_notification_deadline()
    {
        var report = await (await Officer.GetAsync($"/api/reports/breaches?{March}")).OkJsonAsync();
        var rows = report["rows"]!.AsArray();

        Assert.That(rows.Select(r => (string?)r!["description"]), Is.EqualTo(new[] { "Мартовское нарушение" }));
        Assert.That((string?)rows[0]!["detectedAt"], Is.EqualTo("2026-03-01 01:30"));
        Assert.That((string?)rows[0]!["notificationDueOn"], Is.EqualTo("2026-03-04"), "Sun 01.03: Mon 2, Tue 3, Wed 4");
        Assert.That((bool)rows[0]!["notificationOverdue"]!, Is.True, "not sent by Wednesday; today is Friday 6 March");
    }

    [Test]
    public async Task Every_format_carries_the_same_rows_and_the_period()
    {
        foreach (var format in new[] { "csv", "xlsx", "html" })
        {
            var response = await Officer.GetAsync($"/api/reports/subject-requests?{March}&format={format}");
            var table = await ReportTables.ReadAsync(response, format);

            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, format);
            Assert.That(table.Rows, Has.Count.EqualTo(2), format);
            Assert.That(table.Column("Заявитель (субъект или представитель)"), Is.EqualTo(new[] { "Мартовский Заявитель", "Заявитель Бухгалтерии" }), format);
            Assert.That(table.Column("Срок ответа").First(), Is.EqualTo("2026-03-09"), format);
        }
        var html = await (await Officer.GetAsync($"/api/reports/breaches?{March}&format=html&lang=en")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("from 2026-03-01 to 2026-03-31").And.Contain("Log of breaches of personal-data protection"));
    }

    [Test]
    public async Task A_department_head_gets_its_departments_records_only()
    {
        var a = await (await HeadOfA.GetAsync("/api/reports/subject-requests")).OkJsonAsync();
        var b = await (await HeadOfB.GetAsync("/api/reports/subject-requests")).OkJsonAsync();
        var bBreaches = await (await HeadOfB.GetAsync("/api/reports/breaches")).OkJsonAsync();
        var auditor = await (await Auditor.GetAsync("/api/reports/subject-requests")).OkJsonAsync();

        Assert.That(a["rows"]!.AsArray().Select(r => (string?)r!["requester"]), Is.EqualTo(new[] { "Февральский Заявитель", "Мартовский Заявитель" }));
        Assert.That(b["rows"]!.AsArray().Select(r => (string?)r!["requester"]), Is.EqualTo(new[] { "Заявитель Бухгалтерии" }));
        Assert.That(bBreaches["rows"]!.AsArray(), Is.Empty);
        Assert.That(auditor["rows"]!.AsArray(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_period_that_is_not_one_is_a_problem()
    {
        await (await Officer.GetAsync("/api/reports/subject-requests?from=01.03.2026")).ValidationProblemAsync("from");
        await (await Officer.GetAsync("/api/reports/breaches?from=2026-03-31&to=2026-03-01")).ValidationProblemAsync("to");
        await (await Officer.GetAsync("/api/reports/breaches?format=pdf")).ValidationProblemAsync("format");
    }
}
