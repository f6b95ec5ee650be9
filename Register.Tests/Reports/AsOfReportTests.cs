using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Features.Reports;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reports;

/// <summary>A clock the test moves by hand; the application reads the time only through <see cref="TimeProvider"/>.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// <c>asOf</c> reports the register as it stood at the end of a day in Minsk (UTC+3), from the saved versions. The
/// application here runs on a clock the test moves: an entry is created on one day, edited on the next (once just
/// after Minsk midnight, which is still the previous day in UTC), retired and deleted on later days.
/// </summary>
public sealed class AsOfReportTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly DateTimeOffset Day1 = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);      // 12:00 in Minsk, 10 March
    private static readonly DateTimeOffset Day2Night = new(2026, 3, 10, 21, 30, 0, TimeSpan.Zero); // 00:30 in Minsk, 11 March
    private static readonly DateTimeOffset Day3 = new(2026, 3, 12, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day4 = new(2026, 3, 13, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day5 = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Day1);
    private WebApplicationFactory<Program> _clocked = null!;
    private HttpClient _officer = null!;
    private HttpClient _head = null!;
    private RegisterBuilder.Links _links = null!;
    private string _edited = null!;
    private string _retired = null!;
    private string _deleted = null!;

    [OneTimeSetUp]
    public async Task BuildHistory()
    {
        _clocked = Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        var (_, officerKey) = await IssueKeyAsync(Roles.Officer);
        _officer = Keyed(officerKey);

        _links = await new RegisterBuilder(_officer, Unique).LinksAsync();
        var (_, headKey) = await IssueKeyAsync(Roles.DepartmentHead, _links.Department);
        _head = Keyed(headKey);

        // Day 1: three entries.
        _edited = await CreateAsync("edited", "Старое название");
        _retired = await CreateAsync("retired", "Будет выведена");
        _deleted = await CreateAsync("deleted", "Будет удалена");

        // 00:30 in Minsk on day 2 (21:30 UTC on day 1): the edit belongs to day 2.
        _clock.Now = Day2Night;
        var current = await GetAsync(_edited);
        var body = RegisterBuilder.Complete(_edited, _links, "Новое название");
        body["purposes"] = new[] { new { text = "Новая цель обработки", legalBasisCodes = new[] { RegisterBuilder.Employment }, legalReference = (string?)null } };
        (await _officer.SendAsync(HttpMethod.Put, ActivityRoutes.For((int)current["id"]!), body, $"\"{(int)current["version"]!}\"")).EnsureSuccessStatusCode();

        // Day 3: one entry approved then retired; day 4: one deleted.
        _clock.Now = Day3;
        var toRetire = await GetAsync(_retired);
        (await _officer.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor((int)toRetire["id"]!), new { to = "approved" }, "\"1\"")).EnsureSuccessStatusCode();
        (await _officer.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor((int)toRetire["id"]!), new { to = "retired" }, "\"2\"")).EnsureSuccessStatusCode();

        _clock.Now = Day4;
        var toDelete = await GetAsync(_deleted);
        (await _officer.SendAsync(HttpMethod.Delete, ActivityRoutes.For((int)toDelete["id"]!), ifMatch: "\"1\"")).EnsureSuccessStatusCode();

        _clock.Now = Day5;
    }

    [OneTimeTearDown]
    public async Task StopClockedApplication()
    {
        _officer?.Dispose();
        _head?.Dispose();
        if (_clocked is not null) await _clocked.DisposeAsync();
    }

    private HttpClient Keyed(string key)
    {
        var client = _clocked.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    private async Task<string> CreateAsync(string prefix, string title)
    {
        var response = await _officer.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique(prefix), _links, title));
        return (string)(await response.OkJsonAsync(HttpStatusCode.Created))["code"]!;
    }

    private async Task<JsonNode> GetAsync(string code) =>
        (await (await _officer.GetAsync($"{ActivityRoutes.Collection}?q={code}")).OkJsonAsync())["items"]![0]!;

    private async Task<Dictionary<string, JsonNode>> RowsAsync(HttpClient client, string? asOf, string report = ReportRoutes.Supervisory)
    {
        var url = $"{report}?department={_links.Department}" + (asOf is null ? "" : $"&asOf={asOf}");
        var body = await (await client.GetAsync(url)).OkJsonAsync();
        return body["rows"]!.AsArray().ToDictionary(r => (string)r!["code"]!, r => r!);
    }

    [Test]
    public async Task Before_the_first_save_the_register_was_empty()
    {
        Assert.That(await RowsAsync(_officer, "2026-03-09"), Is.Empty);
    }

    [Test]
    public async Task The_day_of_creation_gives_the_old_state_and_the_next_day_the_new_one()
    {
        var day1 = await RowsAsync(_officer, "2026-03-10");
        var day2 = await RowsAsync(_officer, "2026-03-11");

        Assert.That((string?)day1[_edited]["title"], Is.EqualTo("Старое название"), "the edit at 00:30 Minsk time belongs to the next day");
        Assert.That(day1[_edited]["purposes"]!.AsArray().Select(p => (string?)p!["text"]), Is.EqualTo(new[] { "Оформление трудовых отношений" }));
        Assert.That((string?)day2[_edited]["title"], Is.EqualTo("Новое название"));
        Assert.That(day2[_edited]["purposes"]!.AsArray().Select(p => (string?)p!["text"]), Is.EqualTo(new[] { "Новая цель обработки" }));
    }

    [Test]
    public async Task Yesterday_gives_the_old_state_and_today_the_new_in_every_format()
    {
        // "Today" is the day of the edit (11 March in Minsk).
        _clock.Now = Day2Night.AddHours(10);
        try
        {
            foreach (var format in new[] { "csv", "xlsx", "html" })
            {
                var yesterday = await ReportTables.ReadAsync(await _officer.GetAsync($"{ReportRoutes.Supervisory}?format={format}&department={_links.Department}&asOf=2026-03-10"), format);
                var today = await ReportTables.ReadAsync(await _officer.GetAsync($"{ReportRoutes.Supervisory}?format={format}&department={_links.Department}"), format);
                var title = yesterday.Headers[3];
                Assert.That(yesterday.Cell(yesterday.RowWhere("Код записи", _edited), title), Is.EqualTo("Старое название"), format);
                Assert.That(today.Cell(today.RowWhere("Код записи", _edited), title), Is.EqualTo("Новое название"), format);
            }
            var json = await (await _officer.GetAsync($"{ReportRoutes.Supervisory}?department={_links.Department}&asOf=2026-03-10")).OkJsonAsync();
            Assert.That((string?)json["asOf"], Is.EqualTo("2026-03-10"));
            await (await _officer.GetAsync($"{ReportRoutes.Supervisory}?asOf=2026-03-12")).ValidationProblemAsync("asOf");
        }
        finally
        {
            _clock.Now = Day5;
        }
    }

    [Test]
    public async Task A_retired_entry_leaves_the_report_on_the_day_it_was_retired()
    {
        Assert.That((await RowsAsync(_officer, "2026-03-11")).Keys, Does.Contain(_retired));
        Assert.That((await RowsAsync(_officer, "2026-03-12")).Keys, Does.Not.Contain(_retired));
    }

    [Test]
    public async Task A_deleted_entry_stays_in_the_days_before_its_deletion()
    {
        Assert.That((await RowsAsync(_officer, "2026-03-12")).Keys, Does.Contain(_deleted));
        Assert.That((await RowsAsync(_officer, "2026-03-13")).Keys, Does.Not.Contain(_deleted));
        Assert.That((await RowsAsync(_officer, null)).Keys, Is.EquivalentTo(new[] { _edited }));
    }

    [Test]
    public async Task A_department_head_reads_history_only_of_its_departments()
    {
        Assert.That((await RowsAsync(_head, "2026-03-11")).Keys, Is.EquivalentTo(new[] { _edited, _retired, _deleted }));

        var other = await new RegisterBuilder(_officer, Unique).LinksAsync();
        var body = await (await _head.GetAsync($"{ReportRoutes.Supervisory}?asOf=2026-03-11&department={other.Department}")).OkJsonAsync();
        Assert.That(body["rows"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task System_reports_as_of_a_day_use_the_entries_of_that_day()
    {
        var day1 = await RowsAsync(_officer, "2026-03-10", ReportRoutes.InformationResources);
        Assert.That((int?)day1[_links.System]["entries"], Is.EqualTo(3));
        var day5 = await RowsAsync(_officer, "2026-03-14", ReportRoutes.InformationResources);
        Assert.That((int?)day5[_links.System]["entries"], Is.EqualTo(1), "the retired and the deleted entries no longer count");
        var systems = await RowsAsync(_officer, "2026-03-10", ReportRoutes.InformationSystems);
        Assert.That((string?)systems[_links.System]["oacClass"], Is.EqualTo("4-ин"));
        Assert.That((int?)systems[_links.System]["estimatedSubjects"], Is.EqualTo(3 * 1200), "three entries of 1,200 subjects each that day");
    }
}
