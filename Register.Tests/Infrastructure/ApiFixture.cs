using Microsoft.Extensions.DependencyInjection;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;

namespace Register.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP test fixtures: one fresh database and one application per fixture and engine.
/// Tests in a fixture share the database, so each makes its own uniquely coded data (<see cref="Unique"/>)
/// and never relies on global counts.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public abstract class ApiFixture(DatabaseProvider provider)
{
    private int _counter;

    protected DatabaseProvider Provider { get; } = provider;
    protected TestDatabase Database { get; private set; } = null!;
    protected RegisterApiFactory Factory { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartApplication()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        Factory = new RegisterApiFactory(Database, Settings());
        Client = await ClientForAsync(Roles.Officer);
    }

    /// <summary>A client carrying a new key of the role (issued through the application's own key store).</summary>
    protected async Task<HttpClient> ClientForAsync(string role, params string[] departments)
    {
        var (_, key) = await IssueKeyAsync(role, departments);
        return ClientWithKey(key);
    }

    protected async Task<(ApiKeyInfo Info, string Key)> IssueKeyAsync(string role, params string[] departments)
    {
        Factory.CreateClient().Dispose(); // makes sure the host has started and migrated
        var keys = Factory.Services.GetRequiredService<ApiKeyStore>();
        return await keys.CreateAsync($"test-{role}-{Guid.NewGuid():N}"[..30], role, departments, createdBy: "tests", CancellationToken.None);
    }

    protected HttpClient ClientWithKey(string? key)
    {
        var client = Factory.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    [OneTimeTearDown]
    public async Task StopApplication()
    {
        Client?.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
        if (Database is not null) await Database.DisposeAsync();
    }

    protected virtual IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>();

    /// <summary>A catalog code no other test in this fixture uses.</summary>
    protected string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";
}
