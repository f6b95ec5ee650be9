using System.Data.Common;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dapper;
using Register.Api.Features.Reports;
using Register.Api.Features.Reports.Snapshots;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;
using Register.Tests.Reports;

namespace Register.Tests.DataInOut;

/// <summary>Reports kept as evidence: the bytes the report endpoint renders, kept and given back unchanged with their digest.</summary>
public sealed class ReportSnapshotTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private string _department = null!;

    [OneTimeSetUp]
    public async Task CreateEntries()
    {
        await ReportRegister.EnsureOperatorAsync(Client);
        var builder = new RegisterBuilder(Client, Unique);
        var links = await builder.LinksAsync();
        _department = links.Department;
        await (await Client.SendAsync(HttpMethod.Post, Register.Api.Features.Activities.ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("snap"), links)))
            .OkJsonAsync(HttpStatusCode.Created);
    }

    private Task<HttpResponseMessage> CreateAsync(HttpClient client, object body, string report = "supervisory") =>
        client.SendAsync(HttpMethod.Post, SnapshotRoutes.CreateFor(report), body);

    [Test]
    public async Task A_snapshot_keeps_the_reports_bytes_and_gives_them_back_with_their_sha256()
    {
        var response = await CreateAsync(Client, new { format = "xlsx", lang = "ru", department = _department, asOf = (string?)null, note = "Проверка НЦЗПД, запрос № 5" });
        var created = await response.OkJsonAsync(HttpStatusCode.Created);

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(SnapshotRoutes.For((int)created["id"]!)));
        Assert.That((string?)created["report"], Is.EqualTo("supervisory"));
        Assert.That((string?)created["format"], Is.EqualTo("xlsx"));
        Assert.That((string?)created["note"], Is.EqualTo("Проверка НЦЗПД, запрос № 5"));
        Assert.That((string?)created["createdBy"], Does.StartWith("test-officer"));
        Assert.That(DateTime.Parse((string)created["createdAt"]!, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(),
            Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(5)));

        using var download = await Client.GetAsync(response.Headers.Location);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var sha256 = SHA256.HashData(bytes);

        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo(ReportTables.XlsxMediaType));
        Assert.That(download.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo((string?)created["fileName"]));
        Assert.That(bytes.LongLength, Is.EqualTo((long)created["size"]!));
        Assert.That(Convert.ToHexStringLower(sha256), Is.EqualTo((string?)created["sha256"]), "the sha256 the API states is that of the bytes it gives back");
        Assert.That(download.Headers.GetValues("Digest").Single(), Is.EqualTo("sha-256=" + Convert.ToBase64String(sha256)));
        Assert.That(download.Headers.GetValues("Repr-Digest").Single(), Is.EqualTo($"sha-256=:{Convert.ToBase64String(sha256)}:"));
        Assert.That(download.Headers.CacheControl?.NoStore, Is.True, "reports hold personal data");

        // Rendered as the report endpoint renders it: the same table, cell for cell.
        var report = await (await Client.GetAsync($"{ReportRoutes.Supervisory}?format=xlsx&lang=ru&department={_department}")).Content.ReadAsByteArrayAsync();
        var kept = ReportTables.Xlsx(bytes);
        Assert.That(kept.Headers, Is.EqualTo(ReportTables.Xlsx(report).Headers));
        Assert.That(kept.Rows, Is.EqualTo(ReportTables.Xlsx(report).Rows));
    }

    [Test]
    public async Task The_list_has_the_snapshots_metadata_newest_first_and_the_auditor_reads_it()
    {
        var first = await (await CreateAsync(Client, new { format = "csv", department = _department, note = "первый" })).OkJsonAsync(HttpStatusCode.Created);
        var second = await (await CreateAsync(Client, new { format = "json", note = "второй" }, "information-systems")).OkJsonAsync(HttpStatusCode.Created);
        var auditor = await ClientForAsync(Roles.Auditor);

        var list = await (await auditor.GetAsync($"{SnapshotRoutes.Collection}?pageSize=500")).OkJsonAsync();
        var ids = list["items"]!.AsArray().Select(i => (int)i!["id"]!).ToList();

        Assert.That(ids, Does.Contain((int)first["id"]!).And.Contain((int)second["id"]!));
        Assert.That(ids, Is.Ordered.Descending);
        Assert.That(list["items"]!.AsArray().Single(i => (int)i!["id"]! == (int)second["id"]!)!.ToJsonString(), Is.EqualTo(second.ToJsonString()));
        Assert.That(list["items"]![0]!.AsObject().Select(p => p.Key), Has.None.EqualTo("content"), "metadata only");
        var filtered = await (await auditor.GetAsync($"{SnapshotRoutes.Collection}?report=information-systems&pageSize=500")).OkJsonAsync();
        Assert.That(filtered["items"]!.AsArray().Select(i => (string?)i!["report"]), Has.All.EqualTo("information-systems"));

        using var download = await auditor.GetAsync(SnapshotRoutes.For((int)first["id"]!));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
    }

    [Test]
    public async Task The_auditor_and_a_department_head_may_not_make_snapshots_and_a_head_may_not_read_them()
    {
        var auditor = await ClientForAsync(Roles.Auditor);
        var head = await ClientForAsync(Roles.DepartmentHead, _department);
        var created = await (await CreateAsync(Client, new { note = "для проверки доступа" })).OkJsonAsync(HttpStatusCode.Created);

        await (await CreateAsync(auditor, new { note = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await CreateAsync(head, new { note = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await head.GetAsync(SnapshotRoutes.Collection)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await head.GetAsync(SnapshotRoutes.For((int)created["id"]!))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Snapshots_have_no_update_or_delete_and_the_database_refuses_both()
    {
        var created = await (await CreateAsync(Client, new { note = "неизменяемый" })).OkJsonAsync(HttpStatusCode.Created);
        var url = SnapshotRoutes.For((int)created["id"]!);

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            await (await Client.SendAsync(method, url, new { note = "подменённый" }, "\"1\"")).ProblemAsync(HttpStatusCode.MethodNotAllowed);
        }
        await (await Client.SendAsync(HttpMethod.Delete, SnapshotRoutes.Collection)).ProblemAsync(HttpStatusCode.MethodNotAllowed);

        await using var connection = await Database.Connections().OpenAsync(CancellationToken.None);
        foreach (var sql in new[] { "UPDATE report_snapshots SET note = 'подменённый'", "DELETE FROM report_snapshots" })
        {
            Assert.That(async () => await connection.ExecuteAsync(sql), Throws.InstanceOf<DbException>().With.Message.Contains("append-only"), sql);
        }
        var kept = await (await Client.GetAsync(url)).Content.ReadAsByteArrayAsync();
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(kept)), Is.EqualTo((string?)created["sha256"]));
    }

    [Test]
    public async Task Making_a_snapshot_is_in_the_audit_trail_without_its_bytes()
    {
        var created = await (await CreateAsync(Client, new { note = "в журнал" })).OkJsonAsync(HttpStatusCode.Created);

        var audit = await (await Client.GetAsync($"/api/audit?entity=report-snapshot&key={created["id"]}")).OkJsonAsync();

        var entry = audit["items"]!.AsArray().Single()!;
        Assert.That((string?)entry["action"], Is.EqualTo("create"));
        Assert.That((string?)entry["after"]!["sha256"], Is.EqualTo((string?)created["sha256"]));
    }

    [TestCase("nonsense", "{}", HttpStatusCode.NotFound, null)]
    [TestCase("supervisory", "{\"format\":\"pdf\"}", HttpStatusCode.BadRequest, "format")]
    [TestCase("supervisory", "{\"lang\":\"de\"}", HttpStatusCode.BadRequest, "lang")]
    [TestCase("supervisory", "{\"asOf\":\"2999-01-01\"}", HttpStatusCode.BadRequest, "asOf")]
    [TestCase("supervisory", "{\"department\":\"no-such-department\"}", HttpStatusCode.BadRequest, "department")]
    [TestCase("supervisory", "{\"note\":\"a\\u0007b\"}", HttpStatusCode.BadRequest, "note")]
    public async Task A_request_the_report_endpoint_would_refuse_keeps_nothing(string report, string body, HttpStatusCode status, string? field)
    {
        var before = (int)(await (await Client.GetAsync(SnapshotRoutes.Collection)).OkJsonAsync())["total"]!;
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await Client.PostAsync(SnapshotRoutes.CreateFor(report), content);

        if (field is null) await response.ProblemAsync(status);
        else await response.ValidationProblemAsync(field);
        Assert.That((int)(await (await Client.GetAsync(SnapshotRoutes.Collection)).OkJsonAsync())["total"]!, Is.EqualTo(before));
    }

    [Test]
    public async Task An_unknown_snapshot_is_404()
    {
        await (await Client.GetAsync(SnapshotRoutes.For(987654))).ProblemAsync(HttpStatusCode.NotFound);
    }
}
