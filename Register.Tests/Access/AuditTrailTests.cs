using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Access;

public sealed class AuditTrailTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private async Task<JsonArray> AuditAsync(string entity, string key) =>
        (await (await Client.GetAsync($"/api/audit?entity={entity}&key={key}&pageSize=50")).OkJsonAsync())["items"]!.AsArray();

    [Test]
    public async Task Every_activity_write_is_recorded_with_actor_and_before_after()
    {
        var links = await new RegisterBuilder(Client, Unique).LinksAsync();
        var request = RegisterBuilder.Complete(Unique("audited"), links, "Первое");
        var created = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, request);
        var id = (int)(await created.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        request["title"] = "Второе";
        var updated = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, created.ETag());
        var approved = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "approved" }, updated.ETag());
        await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id), ifMatch: approved.ETag());

        var rows = await AuditAsync("activity", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(rows.Select(r => (string?)r!["action"]), Is.EqualTo(new[] { "delete", "transition", "update", "create" }));
        Assert.That(rows.Select(r => (string?)r!["actor"]), Has.All.StartWith("test-officer"));
        var (delete, transition, update, create) = (rows[0]!, rows[1]!, rows[2]!, rows[3]!);
        Assert.That(create["before"], Is.Null);
        Assert.That((string?)create["after"]!["title"], Is.EqualTo("Первое"));
        Assert.That((string?)update["before"]!["title"], Is.EqualTo("Первое"));
        Assert.That((string?)update["after"]!["title"], Is.EqualTo("Второе"));
        Assert.That((string?)transition["before"]!["status"], Is.EqualTo("draft"));
        Assert.That((string?)transition["after"]!["status"], Is.EqualTo("approved"));
        Assert.That((string?)delete["before"]!["status"], Is.EqualTo("approved"));
        Assert.That(delete["after"], Is.Null);
    }

    [Test]
    public async Task Key_issue_and_revocation_are_recorded_without_the_secret()
    {
        var created = await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = "Аудитор НЦЗПД", role = "auditor" })).OkJsonAsync(HttpStatusCode.Created);
        var id = (string)created["id"]!.ToString();
        await Client.SendAsync(HttpMethod.Delete, $"/api/keys/{id}");

        var rows = await AuditAsync("api-key", id);

        Assert.That(rows.Select(r => (string?)r!["action"]), Is.EqualTo(new[] { "revoke", "create" }));
        Assert.That(rows.ToJsonString(), Does.Not.Contain((string)created["key"]!));
        Assert.That((string?)rows[0]!["after"]!["revokedAt"], Is.Not.Null);
    }

    [Test]
    public async Task Audit_filters_by_actor_and_time()
    {
        var (info, key) = await IssueKeyAsync("officer");
        var other = ClientWithKey(key);
        var code = Unique("by-actor");
        await other.SendAsync(HttpMethod.Post, "/api/departments", new { code, name = "Отдел" });

        var byActor = await (await Client.GetAsync($"/api/audit?actor={Uri.EscapeDataString(info.Name)}")).OkJsonAsync();
        var future = await (await Client.GetAsync($"/api/audit?entity=department&key={code}&from=2999-01-01T00:00:00Z")).OkJsonAsync();
        var past = await (await Client.GetAsync($"/api/audit?entity=department&key={code}&to=2000-01-01T00:00:00Z")).OkJsonAsync();

        Assert.That(byActor["items"]!.AsArray().Select(r => (string?)r!["entityKey"]), Is.EqualTo(new[] { code }));
        Assert.That((int?)future["total"], Is.EqualTo(0));
        Assert.That((int?)past["total"], Is.EqualTo(0));
        await (await Client.GetAsync("/api/audit?from=2020-01-02T00:00:00Z&to=2020-01-01T00:00:00Z")).ValidationProblemAsync("to");
    }

    [TestCase("UPDATE audit_log SET actor = 'someone else'")]
    [TestCase("DELETE FROM audit_log")]
    [TestCase("UPDATE activity_versions SET document = '{}'")]
    [TestCase("DELETE FROM activity_versions")]
    public async Task The_database_refuses_to_change_history(string sql)
    {
        var code = Unique("history");
        await Client.SendAsync(HttpMethod.Post, "/api/departments", new { code, name = "Отдел" });
        await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code, title = "Запись" });
        await using var connection = await Database.Connections().OpenAsync(CancellationToken.None);

        Assert.That(async () => await connection.ExecuteAsync(sql), Throws.InstanceOf<DbException>().With.Message.Contains("append-only"));
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log"), Is.GreaterThan(0));
    }

    [Test]
    public async Task A_diff_shows_what_changed_between_two_versions_field_by_field()
    {
        var links = await new RegisterBuilder(Client, Unique).LinksAsync();
        var request = RegisterBuilder.Complete(Unique("diff"), links, "До");
        var created = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, request);
        var id = (int)(await created.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        request["title"] = "После";
        request["actionCodes"] = new[] { "collection", "storage", "use", "deletion" };
        await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, created.ETag());

        var diff = await (await Client.GetAsync(ActivityRoutes.DiffFor(id, 1, 2))).OkJsonAsync();

        var changes = diff["changes"]!.AsArray().ToDictionary(c => (string)c!["path"]!, c => c!);
        Assert.That(changes.Keys, Is.EquivalentTo(new[] { "title", "actionCodes[3]" }), diff.ToJsonString());
        Assert.That((string?)changes["title"]["before"], Is.EqualTo("До"));
        Assert.That((string?)changes["title"]["after"], Is.EqualTo("После"));
        Assert.That(changes["actionCodes[3]"]["before"], Is.Null);
        Assert.That((string?)changes["actionCodes[3]"]["after"], Is.EqualTo("deletion"));
        await (await Client.GetAsync(ActivityRoutes.DiffFor(id, 1, 7))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Versions_carry_the_actor()
    {
        var created = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code = Unique("actor"), title = "Запись" })).OkJsonAsync(HttpStatusCode.Created);

        var versions = await (await Client.GetAsync(ActivityRoutes.VersionsFor((int)created["id"]!))).OkJsonAsync();

        Assert.That((string?)versions["items"]![0]!["savedBy"], Does.StartWith("test-officer"));
        Assert.That((string?)created["createdBy"], Does.StartWith("test-officer"));
    }
}
