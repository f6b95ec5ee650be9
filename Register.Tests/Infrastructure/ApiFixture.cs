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
        Client = Factory.CreateClient();
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
