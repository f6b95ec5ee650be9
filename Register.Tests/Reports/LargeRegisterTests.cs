using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Features.Reports;
using Register.Api.Infrastructure.Database;
using Register.Domain.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reports;

/// <summary>
/// A register larger than two of the reports' read batches (<see cref="ReportSource.BatchSize"/>): every entry comes
/// out exactly once, in the order it was registered (not the order of the codes: they are inserted in reverse), for
/// the current register and from the versions. The entries are written with the application's own store in one
/// transaction, which is much faster than a thousand POSTs.
/// </summary>
public sealed class LargeRegisterTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const int Count = ReportSource.BatchSize * 2 + 37;
    private string _department = null!;
    private List<string> _registered = null!;

    [OneTimeSetUp]
    public async Task WriteManyEntries()
    {
        _department = Unique("bulk");
        await (await Client.SendAsync(HttpMethod.Post, "/api/departments", new { code = _department, name = "Массовый отдел" })).OkJsonAsync(HttpStatusCode.Created);
        var prefix = Unique("bulk");
        _registered = Enumerable.Range(0, Count).Select(i => $"{prefix}-{i:D5}").OrderByDescending(c => c, StringComparer.Ordinal).ToList();

        var db = Factory.Services.GetRequiredService<Db>();
        var now = DateTime.UtcNow;
        await db.WriteAsync(async session =>
        {
            foreach (var code in _registered)
            {
                var content = new ActivityContent { Title = $"Запись {code}", DepartmentCode = _department, StartDate = new DateOnly(2024, 1, 1) };
                var id = await ActivityStore.InsertAsync(session, code, content, "tests", now);
                var state = (await ActivityStore.FindAsync(session, id))!;
                var response = ActivityResponse.From(state, new ActivitySnapshot { Code = code, DepartmentCode = _department }, []);
                await ActivityVersions.SaveAsync(session, response, 1, deleted: false, "tests", now);
            }
            return true;
        }, CancellationToken.None);
    }

    [Test]
    public async Task The_current_register_streams_every_entry_once_in_registration_order()
    {
        var table = await ReportTables.ReadAsync(await Client.GetAsync($"{ReportRoutes.Supervisory}?format=csv&department={_department}"), "csv");
        Assert.That(table.Column("Код записи"), Is.EqualTo(_registered));
        Assert.That(table.Column("№ п/п"), Is.EqualTo(Enumerable.Range(1, Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task The_register_as_of_today_streams_every_entry_once_in_registration_order()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3)).ToString("yyyy-MM-dd");
        var report = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?department={_department}&asOf={today}")).OkJsonAsync();
        Assert.That(report["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(_registered));
    }

    [Test]
    public async Task Writes_go_through_while_a_report_is_being_downloaded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ReportRoutes.Supervisory}?format=json&department={_department}");
        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var start = new byte[1024];
        await body.ReadAtLeastAsync(start, start.Length);

        // The download is paused here, after the report has read the first entries. No transaction of the report may
        // be open meanwhile: on SQL Server its repeatable-read locks would hold the rows it read until the end.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var first = _registered[0];
        var entry = (await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={first}")).OkJsonAsync())["items"]![0]!;
        var write = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For((int)entry["id"]!),
            new { code = first, title = "Изменена во время выгрузки", departmentCode = _department }, $"\"{(int)entry["version"]!}\"");
        Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.OK), await write.Content.ReadAsStringAsync());
        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "the write did not wait for the report");

        var rest = await new StreamReader(body).ReadToEndAsync();
        Assert.That(rest, Does.EndWith("]}"), "the report still completes");
    }

    [Test]
    public async Task The_spreadsheet_has_a_row_per_entry()
    {
        var table = await ReportTables.ReadAsync(await Client.GetAsync($"{ReportRoutes.Supervisory}?format=xlsx&lang=en&department={_department}"), "xlsx");
        Assert.That(table.Rows, Has.Count.EqualTo(Count));
        Assert.That(table.Column("Entry code").Last(), Is.EqualTo(_registered[^1]));
    }
}
