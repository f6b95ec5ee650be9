using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Breaches;
using Register.Api.Features.Journals;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Journals;

/// <summary>
/// The journals' retention: on 1 February 2026 a request answered on 15 January 2025 (kept 1 year) and a breach closed
/// without notification, detected on 30 May 2022 (kept 3 years), lose their subjects' details; a recent request and breach,
/// an old request still unanswered and an old breach not closed keep theirs.
/// </summary>
[NonParallelizable]
public sealed class DepersonalisationTests(DatabaseProvider provider) : JournalFixture(provider)
{
    private static readonly DateTimeOffset PurgeDay = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private int _oldRequest, _recentRequest, _openRequest, _oldBreach, _recentBreach, _openBreach;

    [OneTimeSetUp]
    public async Task FillTheJournals()
    {
        Clock.Now = new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);
        _oldBreach = await BreachAsync("2022-05-30T10:00:00+03:00", "closed", "Старое нарушение Петрова");
        _openBreach = await BreachAsync("2022-05-30T10:00:00+03:00", "investigating", "Незакрытое нарушение");
        Clock.Now = new DateTimeOffset(2025, 1, 20, 9, 0, 0, TimeSpan.Zero);
        _oldRequest = await RequestAsync("2025-01-13", "Старый Заявитель", answeredOn: "2025-01-15");
        _openRequest = await RequestAsync("2025-01-14", "Неотвеченный Заявитель", answeredOn: null);
        Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);
        _recentRequest = await RequestAsync("2025-11-28", "Недавний Заявитель", answeredOn: "2025-12-01");
        _recentBreach = await BreachAsync("2025-11-30T10:00:00+03:00", "closed", "Недавнее нарушение");
    }

    private async Task<int> RequestAsync(string receivedOn, string fullName, string? answeredOn) =>
        (int)(await (await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, new
        {
            kind = "correction", receivedOn, form = "written",
            requester = new { fullName, address = "г. Минск", birthDate = "1980-02-03", identificationNumber = "3030280A001PB2", isRepresentative = false, subjectFullName = (string?)null },
            summary = $"Исправить фамилию {fullName}", departmentCodes = new[] { DepartmentA }, activityIds = Array.Empty<int>(),
            status = answeredOn is null ? "in-progress" : "answered",
            answer = answeredOn is null ? null : new { on = answeredOn, form = "written", outcome = "Исправлено", refusalReason = (string?)null },
        })).OkJsonAsync(HttpStatusCode.Created))["id"]!;

    private async Task<int> BreachAsync(string detectedAt, string status, string description) =>
        (int)(await (await Officer.SendAsync(HttpMethod.Post, BreachRoutes.Collection, new
        {
            detectedAt, kind = "disclosure", description, departmentCodes = new[] { DepartmentA }, consequences = "Раскрыты данные",
            npdpc = new { notificationRequired = false, exemptionReason = "Данные не распространены", notifiedAt = (string?)null, reference = (string?)null },
            status,
        })).OkJsonAsync(HttpStatusCode.Created))["id"]!;

    private Task<IReadOnlyList<DueRecord>> RunAsync(bool dryRun, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? factory = null) =>
        (factory?.Services ?? Clocked.Services).GetRequiredService<JournalDepersonalisation>().RunAsync(dryRun, CancellationToken.None);

    private async Task<JsonNode> RequestOf(int id) => await (await Officer.GetAsync(SubjectRequestRoutes.For(id))).OkJsonAsync();

    private async Task<JsonNode> BreachOf(int id) => await (await Officer.GetAsync(BreachRoutes.For(id))).OkJsonAsync();

    [Test, Order(1)]
    public async Task A_dry_run_names_the_expired_records_and_changes_nothing()
    {
        Clock.Now = PurgeDay;

        var due = await RunAsync(dryRun: true);
        var request = await RequestOf(_oldRequest);

        Assert.That(due.Select(d => (d.Journal, d.Id)), Is.EquivalentTo(new[] { ("subject-requests", _oldRequest), ("breaches", _oldBreach) }));
        Assert.That(due.Single(d => d.Id == _oldRequest && d.Journal == "subject-requests").KeptUntil, Is.EqualTo(new DateOnly(2026, 1, 15)));
        Assert.That((string?)request["requester"]!["fullName"], Is.EqualTo("Старый Заявитель"));
        Assert.That(request["depersonalisedAt"], Is.Null);
    }

    [Test, Order(2)]
    public async Task A_longer_configured_retention_keeps_the_request()
    {
        Clock.Now = PurgeDay;
        await using var longer = Clocked.WithWebHostBuilder(b => b
            .UseSetting("Register:Journals:RequestRetention", "P2Y").UseSetting("Register:Journals:ScheduledDepersonalisation", "false"));

        var due = await RunAsync(dryRun: true, longer);

        Assert.That(due.Select(d => d.Journal), Is.EqualTo(new[] { "breaches" }));
    }

    [Test, Order(3)]
    public async Task On_start_the_register_depersonalises_the_expired_request_and_breach_and_leaves_the_others()
    {
        Clock.Now = PurgeDay;
        var before = await RequestOf(_oldRequest);

        // A register starting on the purge day runs the depersonalisation in the background; wait for it to finish.
        await using (var restarted = Clocked.WithWebHostBuilder(_ => { }))
        {
            using var starts = restarted.CreateClient();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await RequestOf(_oldRequest))["depersonalisedAt"] is null || (await BreachOf(_oldBreach))["depersonalisedAt"] is null)
            {
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the start-up run did not depersonalise within 30 s");
                await Task.Delay(50);
            }
        }
        var request = await RequestOf(_oldRequest);
        var breach = await BreachOf(_oldBreach);
        var search = await (await Officer.GetAsync($"{SubjectRequestRoutes.Collection}?q=Старый")).OkJsonAsync();

        Assert.That(request["requester"]!["fullName"], Is.Null);
        Assert.That(request["requester"]!["identificationNumber"], Is.Null);
        Assert.That(request["summary"], Is.Null);
        Assert.That((string?)request["number"], Is.EqualTo((string?)before["number"]));
        Assert.That((string?)request["status"], Is.EqualTo("answered"));
        Assert.That(request["depersonalisedAt"], Is.Not.Null);
        Assert.That((int)request["version"]!, Is.EqualTo((int)before["version"]! + 1));
        Assert.That((int)search["total"]!, Is.EqualTo(0), "the text index forgets the name too");
        Assert.That(breach["description"], Is.Null);
        Assert.That(breach["consequences"], Is.Null);
        Assert.That(breach["depersonalisedAt"], Is.Not.Null);
        Assert.That((string?)(await RequestOf(_recentRequest))["requester"]!["fullName"], Is.EqualTo("Недавний Заявитель"));
        Assert.That((string?)(await RequestOf(_openRequest))["requester"]!["fullName"], Is.EqualTo("Неотвеченный Заявитель"));
        Assert.That((string?)(await BreachOf(_recentBreach))["description"], Is.EqualTo("Недавнее нарушение"));
        Assert.That((string?)(await BreachOf(_openBreach))["description"], Is.EqualTo("Незакрытое нарушение"));
    }

    [Test, Order(4)]
    public async Task The_audit_trail_says_the_system_did_it_without_the_details_and_a_second_run_finds_nothing()
    {
        Clock.Now = PurgeDay;

        var again = await RunAsync(dryRun: false);
        var audit = await (await Officer.GetAsync($"/api/audit?entity=subject-request&key={_oldRequest}")).OkJsonAsync();
        var row = audit["items"]!.AsArray().Single(i => (string?)i!["action"] == "depersonalise")!;

        Assert.That(again, Is.Empty);
        Assert.That((string?)row["actor"], Is.EqualTo("system"));
        Assert.That(audit.ToJsonString(), Does.Not.Contain("Старый").And.Not.Contain("3030280A001PB2"));
    }

    [Test, Order(5)]
    public async Task A_depersonalised_record_can_no_longer_be_changed()
    {
        Clock.Now = PurgeDay;
        var request = await Officer.GetAsync(SubjectRequestRoutes.For(_oldRequest));
        var body = new
        {
            kind = "correction", receivedOn = "2025-01-13", form = "written",
            requester = new { fullName = "Снова Заявитель", isRepresentative = false },
            departmentCodes = new[] { DepartmentA }, status = "answered",
            answer = new { on = "2025-01-15", form = "written", outcome = "Исправлено" },
        };

        var put = await Officer.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For(_oldRequest), body, request.ETag());

        await put.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public void A_retention_that_is_not_a_period_stops_the_start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Register:Journals:BreachRetention"] = "три года" }).Build();

        Assert.That(() => JournalRetentionOptions.FromConfiguration(configuration),
            Throws.InvalidOperationException.With.Message.Contains("Register:Journals:BreachRetention"));
    }
}
