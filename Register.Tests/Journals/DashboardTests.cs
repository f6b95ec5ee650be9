using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Features.Breaches;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Journals;

/// <summary>
/// The dashboard against a register built here, on Friday 6 March 2026: six entries in two departments, five requests and
/// four breaches whose clocks are known (law-99z.md's counting), read by the officer and by each department's head.
/// </summary>
public sealed class DashboardTests(DatabaseProvider provider) : JournalFixture(provider)
{
    private readonly List<int> _entries = [];

    [OneTimeSetUp]
    public async Task BuildTheRegister()
    {
        var builder = new RegisterBuilder(Officer, Unique);
        async Task<RegisterBuilder.Links> LinksIn(string department) =>
            new(department, await builder.SubjectCategoryAsync(), await builder.DataCategoryAsync(), await builder.RecipientAsync(), await builder.SystemAsync());
        var inA = await LinksIn(DepartmentA);
        var inB = await LinksIn(DepartmentB);

        await EntryAsync(RegisterBuilder.Complete(Unique("a-approved"), inA), "approved");
        var reviewOverdue = RegisterBuilder.Complete(Unique("a-review"), inA);
        reviewOverdue["reviewDueDate"] = "2026-01-01";
        await EntryAsync(reviewOverdue);
        await EntryAsync(new Dictionary<string, object?> { ["title"] = "Черновик отдела кадров", ["departmentCode"] = DepartmentA });
        await EntryAsync(RegisterBuilder.Complete(Unique("a-review"), inA), "in-review");
        var retired = RegisterBuilder.Complete(Unique("b-retired"), inB);
        retired["reviewDueDate"] = "2025-01-01";
        await EntryAsync(retired, "retired");
        await EntryAsync(new Dictionary<string, object?> { ["title"] = "Черновик бухгалтерии", ["departmentCode"] = DepartmentB });

        // Clocks on Fri 06.03.2026 (due soon: on or before Wed 11.03).
        await RequestAsync("information", "2026-03-05", DepartmentA);                          // due 12.03: open
        await RequestAsync("information", "2026-03-02", DepartmentA);                          // due 09.03: due soon
        await RequestAsync("stop-processing", "2026-02-10", DepartmentB);                      // due 25.02: overdue
        await RequestAsync("correction", "2026-02-10", DepartmentA, answeredOn: "2026-02-20"); // answered: not open
        await RequestAsync("information", "2026-02-02", DepartmentA, status: "in-progress");    // due 09.02: overdue

        await BreachAsync("2026-03-05T10:00:00+03:00", DepartmentA, required: true);                    // due 10.03: open
        await BreachAsync("2026-02-20T10:00:00+03:00", DepartmentB, required: true);                    // due 25.02: overdue
        await BreachAsync("2026-02-02T10:00:00+03:00", DepartmentA, required: true, notifiedAt: "2026-02-10T10:00:00+03:00");
        await BreachAsync("2026-02-02T10:00:00+03:00", DepartmentB, required: false);
    }

    private async Task EntryAsync(Dictionary<string, object?> body, string? to = null)
    {
        var created = await Officer.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body);
        var id = (int)(await created.OkJsonAsync(System.Net.HttpStatusCode.Created))["id"]!;
        _entries.Add(id);
        var etag = created.ETag();
        if (to == "retired")
        {
            var approved = await Officer.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "approved" }, etag);
            await approved.OkJsonAsync();
            etag = approved.ETag();
        }
        if (to is not null) await (await Officer.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to }, etag)).OkJsonAsync();
    }

    private async Task RequestAsync(string kind, string receivedOn, string department, string status = "received", string? answeredOn = null) =>
        await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, new
        {
            kind, receivedOn, form = "written",
            requester = new { fullName = "Иванов Иван", address = (string?)null, birthDate = (string?)null, identificationNumber = (string?)null, isRepresentative = false, subjectFullName = (string?)null },
            summary = "Запрос", departmentCodes = new[] { department }, activityIds = Array.Empty<int>(),
            status = answeredOn is null ? status : "answered",
            answer = answeredOn is null ? null : new { on = answeredOn, form = "written", outcome = "Исправлено", refusalReason = (string?)null },
        })).OkJsonAsync(System.Net.HttpStatusCode.Created);

    private async Task BreachAsync(string detectedAt, string department, bool required, string? notifiedAt = null) =>
        await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, new
        {
            detectedAt, kind = "loss", description = "Утерян носитель", departmentCodes = new[] { department },
            npdpc = new { notificationRequired = required, exemptionReason = required ? null : "Носитель зашифрован", notifiedAt, reference = (string?)null },
            status = notifiedAt is null && required ? "detected" : "closed",
        })).OkJsonAsync(System.Net.HttpStatusCode.Created);

    private static async Task<JsonNode> DashboardAsync(HttpClient client) => await (await client.GetAsync("/api/dashboard")).OkJsonAsync();

    private static async Task<int> TotalAsync(HttpClient client, string url) => (int)(await (await client.GetAsync(url)).OkJsonAsync())["total"]!;

    private static int[] Figures(JsonNode dashboard, params string[] paths) =>
        paths.Select(p => p.Split('.').Aggregate(dashboard, (node, key) => node[key]!)).Select(n => (int)n!).ToArray();

    [Test]
    public async Task The_officer_sees_the_whole_register()
    {
        var dashboard = await DashboardAsync(Officer);

        Assert.That(Figures(dashboard, "entries.draft", "entries.in-review", "entries.approved", "entries.retired"), Is.EqualTo(new[] { 3, 1, 1, 1 }));
        Assert.That((int)dashboard["reviewsOverdue"]!, Is.EqualTo(1), "the retired entry's past review date does not count");
        Assert.That(Figures(dashboard, "requests.open", "requests.dueSoon", "requests.overdue"), Is.EqualTo(new[] { 4, 1, 2 }));
        Assert.That((string?)dashboard["requests"]!["dueSoonUntil"], Is.EqualTo("2026-03-11"));
        Assert.That(Figures(dashboard, "breaches.open", "breaches.notificationOverdue"), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public async Task A_department_head_sees_its_departments_figures_only()
    {
        var a = await DashboardAsync(HeadOfA);
        var b = await DashboardAsync(HeadOfB);

        Assert.That(Figures(a, "entries.draft", "entries.in-review", "entries.approved", "entries.retired", "reviewsOverdue"), Is.EqualTo(new[] { 2, 1, 1, 0, 1 }));
        Assert.That(Figures(a, "requests.open", "requests.dueSoon", "requests.overdue", "breaches.open", "breaches.notificationOverdue"), Is.EqualTo(new[] { 3, 1, 1, 1, 0 }));
        Assert.That(Figures(b, "entries.draft", "entries.in-review", "entries.approved", "entries.retired", "reviewsOverdue"), Is.EqualTo(new[] { 1, 0, 0, 1, 0 }));
        Assert.That(Figures(b, "requests.open", "requests.dueSoon", "requests.overdue", "breaches.open", "breaches.notificationOverdue"), Is.EqualTo(new[] { 1, 0, 1, 1, 1 }));
    }

    [Test]
    public async Task The_findings_are_the_sum_of_the_current_entries_own_findings()
    {
        int errors = 0, warnings = 0;
        foreach (var id in _entries)
        {
            var entry = await (await Officer.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
            if ((string?)entry["status"] == "retired") continue;
            var severities = entry["findings"]!.AsArray().Select(f => (string?)f!["severity"]).ToList();
            errors += severities.Count(s => s == "error");
            warnings += severities.Count(s => s == "warning");
        }

        var dashboard = await DashboardAsync(Officer);

        Assert.That(errors, Is.GreaterThan(0), "the bare drafts have errors");
        Assert.That(Figures(dashboard, "findings.error", "findings.warning"), Is.EqualTo(new[] { errors, warnings }));
    }

    [Test]
    public async Task Each_figure_is_the_total_of_the_list_behind_it()
    {
        foreach (var client in new[] { Officer, HeadOfA, HeadOfB })
        {
            var d = await DashboardAsync(client);
            var dueSoonUntil = (string)d["requests"]!["dueSoonUntil"]!;
            var requests = SubjectRequestRoutes.Collection;

            Assert.That(await TotalAsync(client, $"{requests}?open=true"), Is.EqualTo((int)d["requests"]!["open"]!));
            Assert.That(await TotalAsync(client, $"{requests}?open=true&overdue=false&dueBefore={dueSoonUntil}"), Is.EqualTo((int)d["requests"]!["dueSoon"]!));
            Assert.That(await TotalAsync(client, $"{requests}?open=true&overdue=true"), Is.EqualTo((int)d["requests"]!["overdue"]!));
            Assert.That(await TotalAsync(client, $"{BreachRoutes.Collection}?open=true"), Is.EqualTo((int)d["breaches"]!["open"]!));
            Assert.That(await TotalAsync(client, $"{BreachRoutes.Collection}?overdue=true&notified=false"), Is.EqualTo((int)d["breaches"]!["notificationOverdue"]!));
            Assert.That(await TotalAsync(client, $"{ActivityRoutes.Collection}?status=in-review"), Is.EqualTo((int)d["entries"]!["in-review"]!));
            Assert.That(await TotalAsync(client, "/api/compliance/findings?severity=error"), Is.EqualTo((int)d["findings"]!["error"]!));
        }
    }

    [Test]
    public async Task Days_later_the_due_soon_request_is_overdue()
    {
        Clock.Now = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

        var dashboard = await DashboardAsync(Officer);

        // Tue 10.03: the request due on 09.03 is overdue; the one due on 12.03 is now due soon (until Fri 13.03).
        Assert.That(Figures(dashboard, "requests.open", "requests.dueSoon", "requests.overdue"), Is.EqualTo(new[] { 4, 1, 3 }));
        Assert.That(Figures(dashboard, "breaches.notificationOverdue"), Is.EqualTo(new[] { 1 }), "the breach of 05.03 is due today, not yet late");
    }
}
