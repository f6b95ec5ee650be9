using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Breaches;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Journals;

/// <summary>The breach journal over HTTP: the NPDPC's three working days, who reports and who investigates, the notification.</summary>
public sealed class BreachesTests(DatabaseProvider provider) : JournalFixture(provider)
{
    private Dictionary<string, object?> Body(string detectedAt = "2026-03-05T16:20:00+03:00", string? department = null, bool notificationRequired = true) => new()
    {
        ["detectedAt"] = detectedAt,
        ["occurredAt"] = null,
        ["kind"] = "unauthorized-access",
        ["description"] = "Ноутбук с выгрузкой личных дел оставлен в такси",
        ["departmentCodes"] = new[] { department ?? DepartmentA },
        ["informationSystemCodes"] = Array.Empty<string>(),
        ["activityIds"] = Array.Empty<int>(),
        ["dataCategoryCodes"] = Array.Empty<string>(),
        ["subjectCategoryCodes"] = Array.Empty<string>(),
        ["subjectsAffected"] = 120,
        ["npdpc"] = new { notificationRequired, exemptionReason = notificationRequired ? null : "Данные зашифрованы, доступ к ним невозможен", notifiedAt = (string?)null, reference = (string?)null },
        ["subjectsNotifiedAt"] = null,
        ["consequences"] = "Возможное ознакомление третьих лиц",
        ["measuresTaken"] = "Учетные записи заблокированы",
        ["measuresPlanned"] = "Шифрование носителей",
        ["status"] = "detected",
    };

    private async Task<(JsonNode Breach, string ETag)> ReportAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.SendAsync(HttpMethod.Post, BreachRoutes.Collection, body);
        return (await response.OkJsonAsync(HttpStatusCode.Created), response.ETag());
    }

    [Test]
    public async Task A_breach_learned_of_on_Thursday_must_be_notified_by_Tuesday()
    {
        var (breach, _) = await ReportAsync(Officer, Body());
        var due = breach["npdpc"]!["due"]!;

        Assert.That((string?)breach["number"], Does.Match(@"^2026-\d{4}$"));
        Assert.That((string?)breach["detectedAt"], Is.EqualTo("2026-03-05T16:20:00+03:00"));
        Assert.That((string?)due["on"], Is.EqualTo("2026-03-10"), "law-99z.md: learned of Thu 05.03.2026, notified by Tue 10.03.2026");
        Assert.That((string?)due["kind"], Is.EqualTo("working"));
        Assert.That((string?)due["basis"], Does.StartWith("ст. 16 п. 1"));
        Assert.That((int)due["daysLeft"]!, Is.EqualTo(2), "Mon 9 and Tue 10 March after Friday the 6th");
        Assert.That((bool)due["overdue"]!, Is.False);
    }

    [Test]
    public async Task The_day_is_the_one_in_Minsk_whatever_offset_the_time_is_written_with()
    {
        // 22:30 UTC on Wednesday is 01:30 on Thursday in Minsk.
        var (breach, _) = await ReportAsync(Officer, Body(detectedAt: "2026-03-04T22:30:00Z"));

        Assert.That((string?)breach["detectedAt"], Is.EqualTo("2026-03-05T01:30:00+03:00"));
        Assert.That((string?)breach["npdpc"]!["due"]!["on"], Is.EqualTo("2026-03-10"));
    }

    [Test]
    public async Task A_notification_not_sent_by_its_day_is_overdue_and_one_sent_in_time_is_not()
    {
        var (late, _) = await ReportAsync(Officer, Body());
        var (sent, etag) = await ReportAsync(Officer, Body());
        var notified = Body();
        notified["status"] = "notified";
        notified["npdpc"] = new { notificationRequired = true, exemptionReason = (string?)null, notifiedAt = "2026-03-06T10:00:00+03:00", reference = "исх. 01-15/7" };
        await (await Officer.SendAsync(HttpMethod.Put, BreachRoutes.For((int)sent["id"]!), notified, etag)).OkJsonAsync();
        Clock.Now = new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero);

        var overdue = await (await Officer.GetAsync($"{BreachRoutes.Collection}?overdue=true&pageSize=500")).OkJsonAsync();
        var ids = overdue["items"]!.AsArray().Select(i => (int)i!["id"]!).ToList();

        Assert.That(ids, Does.Contain((int)late["id"]!));
        Assert.That(ids, Does.Not.Contain((int)sent["id"]!));
    }

    [Test]
    public async Task A_breach_the_NPDPC_need_not_hear_of_has_no_clock_and_says_why()
    {
        var (breach, _) = await ReportAsync(Officer, Body(notificationRequired: false));
        var withoutReason = Body(notificationRequired: false);
        withoutReason["npdpc"] = new { notificationRequired = false, exemptionReason = (string?)null, notifiedAt = (string?)null, reference = (string?)null };

        Assert.That(breach["npdpc"]!["due"], Is.Null);
        Assert.That((string?)breach["npdpc"]!["exemptionReason"], Does.Contain("зашифрованы"));
        await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, withoutReason)).ValidationProblemAsync("npdpc.exemptionReason");
    }

    [Test]
    public async Task A_department_head_reports_in_its_own_departments_and_only_the_officer_investigates()
    {
        var (own, etag) = await ReportAsync(HeadOfA, Body());
        var elsewhere = await HeadOfA.SendAsync(HttpMethod.Post, BreachRoutes.Collection, Body(department: DepartmentB));
        var changed = Body();
        changed["status"] = "investigating";
        var headChange = await HeadOfA.SendAsync(HttpMethod.Put, BreachRoutes.For((int)own["id"]!), changed, etag);
        var otherHead = await HeadOfB.GetAsync(BreachRoutes.For((int)own["id"]!));
        var auditorReport = await Auditor.SendAsync(HttpMethod.Post, BreachRoutes.Collection, Body());
        var officerChange = await Officer.SendAsync(HttpMethod.Put, BreachRoutes.For((int)own["id"]!), changed, etag);

        await elsewhere.ProblemAsync(HttpStatusCode.Forbidden);
        await headChange.ProblemAsync(HttpStatusCode.Forbidden);
        await otherHead.ProblemAsync(HttpStatusCode.NotFound);
        await auditorReport.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((string?)(await officerChange.OkJsonAsync())["status"], Is.EqualTo("investigating"));
    }

    [Test]
    public async Task A_department_head_names_only_its_departments_entries()
    {
        var ownEntry = await EntryAsync(DepartmentA);
        var othersEntry = await EntryAsync(DepartmentB);
        var naming = (int entry) =>
        {
            var body = Body();
            body["activityIds"] = new[] { entry };
            return body;
        };

        var others = await HeadOfA.SendAsync(HttpMethod.Post, BreachRoutes.Collection, naming(othersEntry));
        var (own, _) = await ReportAsync(HeadOfA, naming(ownEntry));
        var (officers, _) = await ReportAsync(Officer, naming(othersEntry));

        // Another department's entry does not exist for a head: the same message as for no entry at all.
        await others.ValidationProblemAsync("activityIds[0]");
        Assert.That(own["activityIds"]!.AsArray().Select(i => (int)i!), Is.EqualTo(new[] { ownEntry }));
        Assert.That(officers["activityIds"]!.AsArray().Select(i => (int)i!), Is.EqualTo(new[] { othersEntry }));
    }

    private async Task<int> EntryAsync(string department)
    {
        var response = await Officer.SendAsync(HttpMethod.Post, "/api/activities", new { title = "Ведение личных дел", departmentCode = department });
        return (int)(await response.OkJsonAsync(HttpStatusCode.Created))["id"]!;
    }

    [Test]
    public async Task A_change_without_the_current_version_changes_nothing()
    {
        var (breach, etag) = await ReportAsync(Officer, Body());
        var changed = Body();
        changed["description"] = "Другое описание";
        await (await Officer.SendAsync(HttpMethod.Put, BreachRoutes.For((int)breach["id"]!), changed, etag)).OkJsonAsync();

        var stale = await Officer.SendAsync(HttpMethod.Put, BreachRoutes.For((int)breach["id"]!), Body(), etag);
        var missing = await Officer.SendAsync(HttpMethod.Put, BreachRoutes.For((int)breach["id"]!), Body());
        var now = await (await Officer.GetAsync(BreachRoutes.For((int)breach["id"]!))).OkJsonAsync();

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        await missing.ProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.That((string?)now["description"], Is.EqualTo("Другое описание"));
    }

    [Test]
    public async Task Bad_input_is_a_problem_naming_the_field()
    {
        var future = Body(detectedAt: "2026-03-07T10:00:00+03:00");
        var afterDetection = Body();
        afterDetection["occurredAt"] = "2026-03-05T18:00:00+03:00";
        var unknownSystem = Body();
        unknownSystem["informationSystemCodes"] = new[] { "no-such-system" };
        var notifiedWithoutTime = Body();
        notifiedWithoutTime["status"] = "notified";
        notifiedWithoutTime["npdpc"] = null;

        await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, future)).ValidationProblemAsync("detectedAt");
        await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, afterDetection)).ValidationProblemAsync("occurredAt");
        await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, unknownSystem)).ValidationProblemAsync("informationSystemCodes[0]");
        await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, notifiedWithoutTime)).ValidationProblemAsync("npdpc");
    }

    [Test]
    public async Task The_notification_is_a_printable_Russian_page_with_the_record_and_its_fields_as_json()
    {
        var body = Body();
        body["description"] = "Утечка <script>alert(1)</script> через почту";
        var (breach, _) = await ReportAsync(Officer, body);
        var id = (int)breach["id"]!;

        var html = await Officer.GetAsync(BreachRoutes.NotificationFor(id));
        var page = await html.Content.ReadAsStringAsync();
        var json = await (await Officer.GetAsync($"{BreachRoutes.NotificationFor(id)}?format=json")).OkJsonAsync();
        var otherHead = await HeadOfB.GetAsync(BreachRoutes.NotificationFor(id));
        var badFormat = await Officer.GetAsync($"{BreachRoutes.NotificationFor(id)}?format=pdf");

        Assert.That(html.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(page, Does.Contain("Уведомление о нарушении систем защиты персональных данных")
            .And.Contain((string)breach["number"]!).And.Contain("05.03.2026 16:20").And.Contain("не позднее 10.03.2026")
            .And.Contain("&lt;script&gt;").And.Not.Contain("<script>"));
        Assert.That((string?)json["number"], Is.EqualTo((string?)breach["number"]));
        Assert.That((int?)json["subjectsAffected"], Is.EqualTo(120));
        Assert.That((string?)json["due"], Is.EqualTo("2026-03-10"));
        await otherHead.ProblemAsync(HttpStatusCode.NotFound);
        await badFormat.ValidationProblemAsync("format");
    }

    [Test]
    public async Task The_audit_trail_keeps_the_change_but_not_the_free_text()
    {
        var (breach, etag) = await ReportAsync(Officer, Body());
        var changed = Body();
        changed["status"] = "investigating";
        await (await Officer.SendAsync(HttpMethod.Put, BreachRoutes.For((int)breach["id"]!), changed, etag)).OkJsonAsync();

        var audit = await (await Officer.GetAsync($"/api/audit?entity=breach&key={(int)breach["id"]!}")).OkJsonAsync();

        Assert.That(audit["items"]!.AsArray().Select(i => (string?)i!["action"]), Is.EquivalentTo(new[] { "create", "update" }));
        Assert.That(audit.ToJsonString(), Does.Not.Contain("такси"));
        var update = audit["items"]!.AsArray().Single(i => (string?)i!["action"] == "update")!;
        Assert.That((string?)update["before"]!["status"], Is.EqualTo("detected"));
        Assert.That((string?)update["after"]!["status"], Is.EqualTo("investigating"));
    }
}
