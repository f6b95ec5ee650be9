using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Journals;

/// <summary>The journal of subjects' requests over HTTP: the clock of each kind, who may do what, what the audit trail keeps.</summary>
public sealed class SubjectRequestsTests(DatabaseProvider provider) : JournalFixture(provider)
{
    private Dictionary<string, object?> Body(string kind = "information", string receivedOn = "2026-03-05", string? department = null, string fullName = "Иванов Иван Иванович", string idNumber = "3010190A001PB1") => new()
    {
        ["kind"] = kind,
        ["receivedOn"] = receivedOn,
        ["form"] = "written",
        ["requester"] = new { fullName, address = "г. Минск, ул. Примерная, 1", birthDate = "1990-01-01", identificationNumber = idNumber, isRepresentative = false, subjectFullName = (string?)null },
        ["summary"] = "Просит сообщить, какие его персональные данные обрабатываются",
        ["departmentCodes"] = new[] { department ?? DepartmentA },
        ["activityIds"] = Array.Empty<int>(),
        ["status"] = "received",
        ["answer"] = null,
    };

    private async Task<(JsonNode Request, string ETag)> RegisterAsync(Dictionary<string, object?> body)
    {
        var response = await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, body);
        return (await response.OkJsonAsync(HttpStatusCode.Created), response.ETag());
    }

    [Test]
    public async Task An_information_request_is_due_in_five_working_days_with_its_article()
    {
        var (request, _) = await RegisterAsync(Body("information", "2026-03-05"));

        Assert.That((string?)request["number"], Does.Match(@"^2026-\d{4}$"));
        Assert.That((string?)request["due"]!["on"], Is.EqualTo("2026-03-12"), "Thu 05.03.2026: 8 March was a Sunday and moves nothing");
        Assert.That((string?)request["due"]!["kind"], Is.EqualTo("working"));
        Assert.That((string?)request["due"]!["basis"], Is.EqualTo("ст. 11 п. 2"));
        Assert.That((bool)request["due"]!["overdue"]!, Is.False);
        Assert.That((bool)request["due"]!["calendarConfirmed"]!, Is.True);
        Assert.That((int)request["due"]!["daysLeft"]!, Is.EqualTo(4), "Mon 9 to Thu 12 March");
    }

    [Test]
    public async Task A_stop_processing_request_runs_fifteen_calendar_days_and_is_overdue_after_them()
    {
        var (request, _) = await RegisterAsync(Body("stop-processing", "2026-03-02"));
        Clock.Now = new DateTimeOffset(2026, 3, 18, 9, 0, 0, TimeSpan.Zero);

        var later = await (await Officer.GetAsync(SubjectRequestRoutes.For((int)request["id"]!))).OkJsonAsync();
        var overdue = await (await Officer.GetAsync($"{SubjectRequestRoutes.Collection}?overdue=true&pageSize=500")).OkJsonAsync();

        Assert.That((string?)request["due"]!["on"], Is.EqualTo("2026-03-17"));
        Assert.That((string?)request["due"]!["kind"], Is.EqualTo("calendar"));
        Assert.That((bool)later["due"]!["overdue"]!, Is.True);
        Assert.That((int)later["due"]!["daysLeft"]!, Is.EqualTo(-1));
        Assert.That(overdue["items"]!.AsArray().Select(i => (int)i!["id"]!), Does.Contain((int)request["id"]!));
    }

    [Test]
    public async Task An_answer_in_time_is_not_overdue_even_when_read_later()
    {
        var (request, etag) = await RegisterAsync(Body("correction", "2026-03-02"));
        var answered = Body("correction", "2026-03-02");
        answered["status"] = "answered";
        answered["answer"] = new { on = "2026-03-06", form = "written", outcome = "Данные исправлены", refusalReason = (string?)null };
        await (await Officer.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For((int)request["id"]!), answered, etag)).OkJsonAsync();
        Clock.Now = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

        var later = await (await Officer.GetAsync(SubjectRequestRoutes.For((int)request["id"]!))).OkJsonAsync();

        Assert.That((string?)later["status"], Is.EqualTo("answered"));
        Assert.That((bool)later["due"]!["overdue"]!, Is.False);
    }

    [Test]
    public async Task A_second_art12_request_of_the_same_person_in_a_year_is_flagged_and_another_persons_is_not()
    {
        var person = $"Петров Пётр {Unique("p")}";
        var (first, _) = await RegisterAsync(Body("third-party-disclosures", "2026-01-15", fullName: person, idNumber: ""));
        var (second, _) = await RegisterAsync(Body("third-party-disclosures", "2026-03-02", fullName: person.Replace('ё', 'е').ToUpperInvariant(), idNumber: ""));
        var (other, _) = await RegisterAsync(Body("third-party-disclosures", "2026-03-02", fullName: $"Сидоров {Unique("s")}", idNumber: "3120385B002PB7"));

        Assert.That((bool)first["repeatInCalendarYear"]!, Is.False);
        Assert.That((bool)second["repeatInCalendarYear"]!, Is.True);
        Assert.That((bool)other["repeatInCalendarYear"]!, Is.False);
    }

    [Test]
    public async Task A_department_head_sees_and_answers_its_departments_requests_only()
    {
        var (request, etag) = await RegisterAsync(Body("information", "2026-03-05"));
        var id = (int)request["id"]!;
        var answer = Body("information", "2026-03-05");
        answer["status"] = "answered";
        answer["answer"] = new { on = "2026-03-06", form = "written", outcome = "Сведения предоставлены", refusalReason = (string?)null };

        var ownList = await (await HeadOfA.GetAsync($"{SubjectRequestRoutes.Collection}?pageSize=500")).OkJsonAsync();
        var otherList = await (await HeadOfB.GetAsync($"{SubjectRequestRoutes.Collection}?pageSize=500")).OkJsonAsync();
        var otherGet = await HeadOfB.GetAsync(SubjectRequestRoutes.For(id));
        var otherPut = await HeadOfB.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For(id), answer, etag);
        var rerouted = Body("information", "2026-03-05", department: DepartmentB);
        var reroute = await HeadOfA.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For(id), rerouted, etag);
        var answered = await HeadOfA.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For(id), answer, etag);

        Assert.That(ownList["items"]!.AsArray().Select(i => (int)i!["id"]!), Does.Contain(id));
        Assert.That(otherList["items"]!.AsArray().Select(i => (int)i!["id"]!), Does.Not.Contain(id));
        await otherGet.ProblemAsync(HttpStatusCode.NotFound);
        await otherPut.ProblemAsync(HttpStatusCode.NotFound);
        await reroute.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((string?)(await answered.OkJsonAsync())["status"], Is.EqualTo("answered"));
    }

    [Test]
    public async Task Only_the_officer_registers_and_an_auditor_writes_nothing()
    {
        var (request, etag) = await RegisterAsync(Body());

        await (await HeadOfA.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, Body())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await Auditor.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, Body())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await Auditor.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For((int)request["id"]!), Body(), etag)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((int)(await (await Auditor.GetAsync(SubjectRequestRoutes.Collection)).OkJsonAsync())["total"]!, Is.GreaterThan(0));
    }

    [Test]
    public async Task The_audit_trail_records_every_change_without_the_requesters_details()
    {
        var name = $"Секретный Заявитель {Unique("n")}";
        var (request, etag) = await RegisterAsync(Body(fullName: name));
        var changed = Body(fullName: name + " (исправлено)");
        await (await Officer.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For((int)request["id"]!), changed, etag)).OkJsonAsync();

        var audit = await (await Officer.GetAsync($"/api/audit?entity=subject-request&key={(int)request["id"]!}")).OkJsonAsync();
        var text = audit.ToJsonString();

        Assert.That(audit["items"]!.AsArray().Select(i => (string?)i!["action"]), Is.EquivalentTo(new[] { "create", "update" }));
        Assert.That(text, Does.Not.Contain("Секретный").And.Not.Contain("3010190A001PB1").And.Not.Contain("Примерная"));
        var update = audit["items"]!.AsArray().Single(i => (string?)i!["action"] == "update")!;
        Assert.That((string?)update["after"]!["requester"]!["fullName"], Does.Contain("changed"));
        Assert.That((string?)update["after"]!["requester"]!["address"], Does.Not.Contain("changed"));
    }

    [Test]
    public async Task An_answer_needs_its_day_form_and_outcome_and_a_refusal_its_reason()
    {
        var answered = Body();
        answered["status"] = "answered";
        var refused = Body();
        refused["status"] = "refused";
        refused["answer"] = new { on = "2026-03-06", form = "written", outcome = (string?)null, refusalReason = (string?)null };

        await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, answered)).ValidationProblemAsync("answer.on");
        await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, refused)).ValidationProblemAsync("answer.refusalReason");
    }

    [Test]
    public async Task A_request_from_tomorrow_or_to_an_unknown_department_is_400()
    {
        await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, Body(receivedOn: "2026-03-07"))).ValidationProblemAsync("receivedOn");
        await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, Body(department: "no-such-department"))).ValidationProblemAsync("departmentCodes[0]");
    }
}
