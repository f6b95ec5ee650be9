using System.Net;
using Dapper;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Access;

public sealed class ApiKeyTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task A_created_key_works_at_once_and_stops_at_once_when_revoked()
    {
        var created = await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = "Инспектор", role = "auditor" })).OkJsonAsync(HttpStatusCode.Created);
        var key = (string)created["key"]!;
        var inspector = ClientWithKey(key);

        Assert.That((await inspector.GetAsync("/api/departments")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await inspector.SendAsync(HttpMethod.Post, "/api/departments", new { code = Unique("d"), name = "x" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Client.SendAsync(HttpMethod.Delete, $"/api/keys/{created["id"]}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await inspector.GetAsync("/api/departments")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_key_revoked_by_another_process_stops_at_once()
    {
        var (info, key) = await IssueKeyAsync("auditor");
        var inspector = ClientWithKey(key);
        Assert.That((await inspector.GetAsync("/api/departments")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await inspector.GetAsync("/api/departments")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // As the revoke endpoint of another instance on the same database would: this process learns it from the row.
        await using (var connection = await Database.Connections().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @Now WHERE id = @Id", new { Now = DateTime.UtcNow, info.Id });
        }

        Assert.That((await inspector.GetAsync("/api/departments")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Both_header_forms_are_accepted()
    {
        var (_, key) = await IssueKeyAsync("auditor");
        var viaAuthorization = Factory.CreateClient();
        viaAuthorization.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"ApiKey {key}");

        Assert.That((await viaAuthorization.GetAsync("/api/departments")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ClientWithKey(key).GetAsync("/api/departments")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Listing_keys_never_shows_a_secret()
    {
        var created = await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = "Для списка", role = "officer" })).OkJsonAsync(HttpStatusCode.Created);

        var list = await (await Client.GetAsync("/api/keys?pageSize=500")).ReadAsync();

        Assert.That(list, Does.Contain((string)created["prefix"]!));
        Assert.That(list, Does.Not.Contain((string)created["key"]!));
    }

    [Test]
    public async Task Bad_key_requests_are_400()
    {
        await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = "x", role = "superuser" })).ValidationProblemAsync("role");
        await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = "x", role = "department-head" })).ValidationProblemAsync("departmentCodes");
        await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = "x", role = "department-head", departmentCodes = new[] { "no-such" } })).ValidationProblemAsync("departmentCodes");
        await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = "x", role = "auditor", departmentCodes = new[] { "a" } })).ValidationProblemAsync("departmentCodes");
        await (await Client.SendAsync(HttpMethod.Delete, "/api/keys/999999")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task No_key_material_is_stored_in_clear_anywhere_in_the_database()
    {
        var secrets = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await (await Client.SendAsync(HttpMethod.Post, "/api/keys", new { name = $"scan-{i}", role = "auditor" })).OkJsonAsync(HttpStatusCode.Created);
            secrets.Add((string)created["key"]!);
        }
        var (_, fixtureKey) = await IssueKeyAsync("officer");
        secrets.Add(fixtureKey);
        // The secret part alone (after rk_<prefix>_) must not appear either.
        var needles = secrets.SelectMany(s => new[] { s, s.Split('_', 3)[2] }).ToList();

        var found = new List<string>();
        await using var connection = await Database.Connections().OpenAsync(CancellationToken.None);
        var columns = Provider == DatabaseProvider.Sqlite
            ? await connection.QueryAsync<(string Table, string Column)>(
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'")
            : await connection.QueryAsync<(string Table, string Column)>(
                "SELECT t.name, c.name FROM sys.tables t JOIN sys.columns c ON c.object_id = t.object_id");
        var tables = columns.GroupBy(c => c.Table).ToList();
        foreach (var table in tables)
        {
            var select = string.Join(", ", table.Select(c => Provider == DatabaseProvider.Sqlite ? $"CAST(\"{c.Column}\" AS TEXT)" : $"CAST([{c.Column}] AS NVARCHAR(MAX))"));
            foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT {select} FROM {table.Key}"))
            {
                foreach (var value in row.Values.OfType<string>())
                {
                    found.AddRange(needles.Where(value.Contains).Select(n => $"{table.Key}: {n[..8]}..."));
                }
            }
        }

        Assert.That(tables.Select(t => t.Key), Does.Contain("api_keys").And.Contain("audit_log"));
        Assert.That(found, Is.Empty);
    }
}

/// <summary>Failed authentications are limited per client address: past the limit even a valid key gets 429.</summary>
public sealed class FailedAuthenticationLimitTests(DatabaseProvider provider) : ApiFixture(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?> { [Register.Api.Infrastructure.Auth.FailedAuthentications.LimitKey] = "3" };

    [Test]
    public async Task After_the_limit_of_failures_the_address_gets_429_until_the_window_passes()
    {
        var guesser = ClientWithKey("rk_0123456789_guessguessguessguessguessguessguessguessgue");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await guesser.GetAsync("/api/departments")).StatusCode);
        var valid = await Client.GetAsync("/api/departments");

        Assert.That(statuses.Take(3), Has.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(statuses[3], Is.EqualTo(HttpStatusCode.TooManyRequests));
        await valid.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(valid.Headers.RetryAfter, Is.Not.Null);
    }
}
