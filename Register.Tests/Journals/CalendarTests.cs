using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Calendar;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Journals;

/// <summary>The working-day calendar over HTTP: the seeded years, the officer's corrections, deadlines computed on it.</summary>
public sealed class CalendarTests(DatabaseProvider provider) : JournalFixture(provider)
{
    private static string[] Dates(JsonNode? list) => list!.AsArray().Select(d => (string)d!).ToArray();

    [Test]
    public async Task The_2026_year_is_seeded_with_its_transfer_and_confirmed()
    {
        var year = await (await Auditor.GetAsync(CalendarRoutes.For(2026))).OkJsonAsync();

        Assert.That((bool)year["confirmed"]!, Is.True);
        Assert.That((bool)year["stored"]!, Is.True);
        Assert.That(Dates(year["transferredDaysOff"]), Is.EqualTo(new[] { "2026-04-20" }));
        Assert.That(Dates(year["transferredWorkingDays"]), Is.EqualTo(new[] { "2026-04-25" }));
        Assert.That(year["holidays"]!.AsArray().Select(h => (string)h!["date"]!), Does.Contain("2026-04-21"), "Radunitsa 2026");
        Assert.That((string?)year["source"], Does.Contain("397"));
    }

    [Test]
    public async Task A_year_without_a_resolution_is_computed_and_not_confirmed()
    {
        var year = await (await Officer.GetAsync(CalendarRoutes.For(2028))).OkJsonAsync();
        var outOfRange = await Officer.GetAsync(CalendarRoutes.For(2100));

        Assert.That((bool)year["confirmed"]!, Is.False);
        Assert.That((bool)year["stored"]!, Is.False);
        Assert.That((int)year["version"]!, Is.EqualTo(0));
        Assert.That(year["holidays"]!.AsArray().Select(h => (string)h!["date"]!), Does.Contain("2028-04-25"), "Radunitsa 2028");
        Assert.That(year["transferredDaysOff"]!.AsArray(), Is.Empty);
        await outOfRange.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deadlines_follow_the_law_s_examples_and_the_2026_transfer()
    {
        async Task<JsonNode> Deadline(string from, int days, string kind) =>
            await (await Auditor.GetAsync($"{CalendarRoutes.Deadline}?from={from}&days={days}&kind={kind}")).OkJsonAsync();

        Assert.That((string?)(await Deadline("2026-03-05", 5, "working"))["on"], Is.EqualTo("2026-03-12"));
        Assert.That((string?)(await Deadline("2026-03-02", 15, "calendar"))["on"], Is.EqualTo("2026-03-17"));
        Assert.That((string?)(await Deadline("2026-03-05", 3, "working"))["on"], Is.EqualTo("2026-03-10"));
        // Fri 17.04.2026: Mon 20 is a day off (transfer), Tue 21 Radunitsa, Sat 25 is worked.
        Assert.That((string?)(await Deadline("2026-04-17", 3, "working"))["on"], Is.EqualTo("2026-04-24"));
        Assert.That((string?)(await Deadline("2026-04-17", 5, "working"))["on"], Is.EqualTo("2026-04-27"));
        Assert.That((bool)(await Deadline("2026-12-28", 5, "working"))["calendarConfirmed"]!, Is.False, "runs into 2027, not yet confirmed");
    }

    [Test]
    public async Task Bad_deadline_queries_are_problems()
    {
        await (await Officer.GetAsync($"{CalendarRoutes.Deadline}?from=05.03.2026&days=5&kind=working")).ValidationProblemAsync("from");
        await (await Officer.GetAsync($"{CalendarRoutes.Deadline}?from=2026-03-05&days=0&kind=working")).ValidationProblemAsync("days");
        await (await Officer.GetAsync($"{CalendarRoutes.Deadline}?from=2026-03-05&days=5&kind=lunar")).ValidationProblemAsync("kind");
    }

    [Test]
    public async Task The_officer_enters_a_year_and_its_deadlines_and_journal_clocks_follow()
    {
        var standard = await (await Officer.GetAsync(CalendarRoutes.For(2027))).OkJsonAsync();
        var body = new
        {
            holidays = standard["holidays"],
            transferredDaysOff = new[] { "2027-01-08" },
            transferredWorkingDays = new[] { "2027-01-16" },
            confirmed = true,
            source = "Постановление Совета Министров (тест)",
        };

        var before = await (await Officer.GetAsync($"{CalendarRoutes.Deadline}?from=2027-01-05&days=5&kind=working")).OkJsonAsync();
        var byHead = await HeadOfA.SendAsync(HttpMethod.Put, CalendarRoutes.For(2027), body);
        var created = await Officer.SendAsync(HttpMethod.Put, CalendarRoutes.For(2027), body);
        var createdJson = await created.OkJsonAsync(HttpStatusCode.Created);
        var again = await Officer.SendAsync(HttpMethod.Put, CalendarRoutes.For(2027), body);
        var deadline = await (await Officer.GetAsync($"{CalendarRoutes.Deadline}?from=2027-01-05&days=5&kind=working")).OkJsonAsync();
        var audit = await (await Officer.GetAsync("/api/audit?entity=calendar-year&key=2027")).OkJsonAsync();

        await byHead.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((int)createdJson["version"]!, Is.EqualTo(1));
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith(CalendarRoutes.For(2027)));
        await again.ProblemAsync(HttpStatusCode.PreconditionRequired);
        // Tue 05.01.2027: Wed 6, Thu 7 (Christmas), then Fri 8 until the transfer made it a day off: Mon 11 to Wed 13, or Thu 14.
        Assert.That((string?)before["on"], Is.EqualTo("2027-01-13"));
        Assert.That((bool)before["calendarConfirmed"]!, Is.False);
        Assert.That((string?)deadline["on"], Is.EqualTo("2027-01-14"));
        Assert.That((bool)deadline["calendarConfirmed"]!, Is.True);
        Assert.That(audit["items"]!.AsArray().Select(i => (string?)i!["action"]), Is.EqualTo(new[] { "create" }));
    }

    [Test]
    public async Task A_year_that_contradicts_itself_is_refused()
    {
        var body = new
        {
            holidays = Array.Empty<object>(),
            transferredDaysOff = new[] { "2029-01-06" },
            transferredWorkingDays = new[] { "2030-01-05" },
            confirmed = true,
            source = (string?)null,
        };

        var response = await Officer.SendAsync(HttpMethod.Put, CalendarRoutes.For(2029), body);
        var stored = await (await Officer.GetAsync(CalendarRoutes.For(2029))).OkJsonAsync();

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Count, Is.GreaterThanOrEqualTo(2), problem.ToJsonString());
        Assert.That((bool)stored["stored"]!, Is.False);
    }

    [Test]
    public async Task A_request_due_across_the_new_year_says_the_next_year_is_not_confirmed()
    {
        Clock.Now = new DateTimeOffset(2026, 12, 30, 9, 0, 0, TimeSpan.Zero);
        var body = new
        {
            kind = "information", receivedOn = "2026-12-30", form = "electronic",
            requester = new { fullName = "Иванов Иван", address = (string?)null, birthDate = (string?)null, identificationNumber = (string?)null, isRepresentative = false, subjectFullName = (string?)null },
            summary = "Какие данные обрабатываются", departmentCodes = new[] { DepartmentA }, activityIds = Array.Empty<int>(), status = "received", answer = (object?)null,
        };

        var request = await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, body)).OkJsonAsync(HttpStatusCode.Created);

        Assert.That((bool)request["due"]!["calendarConfirmed"]!, Is.False);
    }
}
