using System.Diagnostics;
using System.Net;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reliability;

/// <summary>
/// The database goes away under a running service and comes back. While it is gone every API call is a 503
/// problem with Retry-After (never a 500, never a write into a file that is no longer there) and
/// /health/ready is 503; once it is back the same process serves again. SQLite: the database's folder is moved
/// away (running as root, permissions cannot make a file unreadable). SQL Server: the service reaches the server
/// through a loopback relay, which is stopped and started again.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
[NonParallelizable]
public sealed class DatabaseFaultTests(DatabaseProvider provider)
{
    private TestDatabase _database = null!;
    private RegisterApiFactory _factory = null!;
    private HttpClient _client = null!;
    private string? _folder;
    private TcpProxy? _proxy;
    private int _counter;

    [OneTimeSetUp]
    public async Task StartApplication()
    {
        var settings = new Dictionary<string, string?>();
        if (provider == DatabaseProvider.Sqlite)
        {
            _folder = Path.Combine(Path.GetTempPath(), "register-fault-tests", Guid.NewGuid().ToString("N"));
            _database = new SqliteTestDatabase(_folder);
        }
        else
        {
            _database = await TestDatabase.CreateAsync(provider); // ignored (skipped) without REGISTER_TEST_SQLSERVER
            var direct = new SqlConnectionStringBuilder(_database.ConnectionString);
            var (host, port) = HostAndPort(direct.DataSource);
            _proxy = new TcpProxy(host, port);
            _proxy.Start();
            // A short connect timeout keeps the outage's answers quick; production keeps its own setting.
            settings["ConnectionStrings:Register"] = new SqlConnectionStringBuilder(direct.ConnectionString)
            {
                DataSource = $"127.0.0.1,{_proxy.Port}", ConnectTimeout = 3,
            }.ConnectionString;
        }

        _factory = new RegisterApiFactory(_database, settings);
        _factory.CreateClient().Dispose();
        var (_, key) = await _factory.Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync("fault-tests", Roles.Officer, [], createdBy: "tests", CancellationToken.None);
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
    }

    [OneTimeTearDown]
    public async Task StopApplication()
    {
        _client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        if (_proxy is not null) await _proxy.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        if (_folder is not null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task While_the_database_is_gone_calls_are_503_problems_and_after_it_returns_the_same_process_serves_again()
    {
        var before = Unique("before");
        await (await _client.SendAsync(HttpMethod.Post, "/api/departments", new { code = before, name = "До сбоя" })).OkJsonAsync(HttpStatusCode.Created);
        Assert.That((await _client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var during = Unique("during");
        CutOff();
        try
        {
            var calls = new (HttpMethod Method, string Url, object? Body)[]
            {
                (HttpMethod.Get, "/api/departments", null),
                (HttpMethod.Get, $"/api/departments/{before}", null),
                (HttpMethod.Post, "/api/departments", new { code = during, name = "Во время сбоя" }),
                (HttpMethod.Get, ActivityRoutes.Collection + "?q=test", null),
                (HttpMethod.Post, ActivityRoutes.Collection, new { code = during, title = "Во время сбоя" }),
                (HttpMethod.Get, "/api/compliance/findings", null),
                (HttpMethod.Get, "/api/audit", null),
                (HttpMethod.Get, "/api/keys", null),
                (HttpMethod.Get, "/api/operator", null),
            };
            foreach (var (method, url, body) in calls)
            {
                using var response = await _client.SendAsync(method, url, body);
                var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
                Assert.That(response.Headers.RetryAfter, Is.Not.Null, $"{method} {url}: Retry-After");
                Assert.That((string?)problem["detail"], Does.Contain("database"), $"{method} {url}");
            }
            Assert.That((await _client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That((await _client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the process itself is alive");
        }
        finally
        {
            Reconnect();
        }

        // No restart: the same factory, the same process. Until the first connection succeeds, answers may still be 503s, never 500s.
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await _client.GetAsync("/api/departments");
            if (response.StatusCode == HttpStatusCode.OK) break;
            await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "the service recovers on its own");
            await Task.Delay(200);
        }
        Assert.That((await _client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await _client.GetAsync($"/api/departments/{before}")).OkJsonAsync();
        await (await _client.GetAsync($"/api/departments/{during}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.SendAsync(HttpMethod.Post, "/api/departments", new { code = Unique("after"), name = "После сбоя" })).OkJsonAsync(HttpStatusCode.Created);
    }

    private void CutOff()
    {
        if (_proxy is not null) _proxy.Stop();
        else Directory.Move(_folder!, _folder + ".away");
    }

    private void Reconnect()
    {
        if (_proxy is not null) _proxy.Start();
        else if (Directory.Exists(_folder + ".away")) Directory.Move(_folder + ".away", _folder!);
    }

    private string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary><c>host</c>, <c>tcp:host,port</c> or <c>host\instance</c> (default port) from a SQL Server data source.</summary>
    private static (string Host, int Port) HostAndPort(string dataSource)
    {
        var source = dataSource.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase) ? dataSource[4..] : dataSource;
        var parts = source.Split(',', 2);
        var host = parts[0].Split('\\')[0];
        if (host is "." or "(local)") host = "localhost";
        return (host, parts.Length == 2 ? int.Parse(parts[1].Trim(), System.Globalization.CultureInfo.InvariantCulture) : 1433);
    }
}
