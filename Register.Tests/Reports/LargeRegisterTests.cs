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
/// out exactly once, in code order, for the current register and from the versions. The entries are written with
/// the application's own store in one transaction, which is much faster than a thousand POSTs.
/// </summary>
public sealed class LargeRegisterTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const int Count = ReportSource.BatchSize * 2 + 37;
    private string _department = null!;
    private List<string> _codes = null!;

    [OneTimeSetUp]
    public async Task WriteManyEntries()
    {
        _department = Unique("bulk");
        await (await Client.SendAsync(HttpMethod.Post, "/api/departments", new { code = _department, name = "Массовый отдел" })).OkJsonAsync(HttpStatusCode.Created);
        var prefix = Unique("bulk");
        _codes = Enumerable.Range(0, Count).Select(i => $"{prefix}-{i:D5}").ToList();

        var db = Factory.Services.GetRequiredService<Db>();
        var now = DateTime.UtcNow;
        await db.WriteAsync(async session =>
        {
            // Inserted out of order, so that the report's order is not the insertion order.
            foreach (var code in _codes.OrderByDescending(c => c, StringComparer.Ordinal))
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
    public async Task The_current_register_streams_every_entry_once_in_code_order()
    {
        var table = await ReportTables.ReadAsync(await Client.GetAsync($"{ReportRoutes.Supervisory}?format=csv&department={_department}"), "csv");
        Assert.That(table.Column("Код записи"), Is.EqualTo(_codes));
        Assert.That(table.Column("№ п/п"), Is.EqualTo(Enumerable.Range(1, Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task The_register_as_of_today_streams_every_entry_once_in_code_order()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3)).ToString("yyyy-MM-dd");
        var report = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?department={_department}&asOf={today}")).OkJsonAsync();
        Assert.That(report["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(_codes));
    }

    [Test]
    public async Task The_spreadsheet_has_a_row_per_entry()
    {
        var table = await ReportTables.ReadAsync(await Client.GetAsync($"{ReportRoutes.Supervisory}?format=xlsx&lang=en&department={_department}"), "xlsx");
        Assert.That(table.Rows, Has.Count.EqualTo(Count));
        Assert.That(table.Column("Entry code").Last(), Is.EqualTo(_codes[^1]));
    }
}
