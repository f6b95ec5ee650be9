using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class MigrationRunnerTests(DatabaseProvider provider)
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public void RequireEngine() => TestDatabase.RequireEngine(provider);

    [SetUp]
    public async Task NewDatabase() => _database = await TestDatabase.CreateAsync(provider);

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    private MigrationRunner Runner() => new(_database.Connections(), provider, NullLogger<MigrationRunner>.Instance);

    private async Task<List<(string Name, string Checksum)>> JournalAsync()
    {
        await using var connection = await _database.Connections().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<(string, string)>("SELECT script_name, checksum FROM schema_journal ORDER BY script_name")).ToList();
    }

    private async Task<bool> TableExistsAsync(string table)
    {
        await using var connection = await _database.Connections().OpenAsync(CancellationToken.None);
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table"
            : "SELECT COUNT(*) FROM sys.tables WHERE name = @table";
        return await connection.ExecuteScalarAsync<int>(sql, new { table }) == 1;
    }

    [Test]
    public async Task Journal_lists_every_embedded_script_with_its_checksum()
    {
        var scripts = MigrationScript.For(provider);

        var applied = await Runner().MigrateAsync(CancellationToken.None);

        Assert.That(scripts, Is.Not.Empty);
        Assert.That(applied, Is.EqualTo(scripts.Select(s => s.Name)));
        Assert.That(await JournalAsync(), Is.EqualTo(scripts.Select(s => (s.Name, s.Checksum))));
        Assert.That(await Runner().PendingAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Running_again_applies_nothing_and_keeps_the_journal()
    {
        await Runner().MigrateAsync(CancellationToken.None);
        var journal = await JournalAsync();

        var applied = await Runner().MigrateAsync(CancellationToken.None);

        Assert.That(applied, Is.Empty);
        Assert.That(await JournalAsync(), Is.EqualTo(journal));
    }

    [Test]
    public async Task A_changed_applied_script_stops_migration_naming_it()
    {
        var scripts = new List<MigrationScript> { new("0001_probe.sql", "CREATE TABLE probe_a (id INT NOT NULL);") };
        await Runner().MigrateAsync(scripts, CancellationToken.None);

        var changed = new List<MigrationScript> { new("0001_probe.sql", "CREATE TABLE probe_a (id INT NOT NULL, extra INT NULL);") };
        var error = Assert.ThrowsAsync<MigrationException>(() => Runner().MigrateAsync(changed, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("0001_probe.sql").And.Contain("changed"));
    }

    [Test]
    public async Task Line_endings_alone_are_not_a_change()
    {
        await Runner().MigrateAsync([new("0001_probe.sql", "CREATE TABLE probe_b (id INT NOT NULL);\n")], CancellationToken.None);

        var applied = await Runner().MigrateAsync([new("0001_probe.sql", "CREATE TABLE probe_b (id INT NOT NULL);\r\n")], CancellationToken.None);

        Assert.That(applied, Is.Empty);
    }

    [Test]
    public async Task A_failing_script_rolls_back_the_whole_run_and_journals_nothing()
    {
        var scripts = new List<MigrationScript>
        {
            new("0001_ok.sql", "CREATE TABLE probe_ok (id INT NOT NULL);"),
            new("0002_fails.sql", "CREATE TABLE probe_half (id INT NOT NULL);\nINSERT INTO probe_missing_table (id) VALUES (1);"),
        };

        var error = Assert.ThrowsAsync<MigrationException>(() => Runner().MigrateAsync(scripts, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("0002_fails.sql"));
        Assert.That(await TableExistsAsync("probe_ok"), Is.False, "the run is one transaction: the scripts before the failing one are rolled back too");
        Assert.That(await TableExistsAsync("probe_half"), Is.False, "the failed script's first statement must be rolled back");
        Assert.That(await TableExistsAsync("schema_journal") ? await JournalAsync() : [], Is.Empty, "the journal, created in the run, goes with it");
    }

    [Test]
    public async Task After_a_failed_run_the_fixed_scripts_apply_from_the_start()
    {
        Assert.ThrowsAsync<MigrationException>(() => Runner().MigrateAsync(
            [new("0001_ok.sql", "CREATE TABLE probe_again (id INT NOT NULL);"), new("0002_fails.sql", "INSERT INTO probe_nowhere (id) VALUES (1);")],
            CancellationToken.None));

        var applied = await Runner().MigrateAsync(
            [new("0001_ok.sql", "CREATE TABLE probe_again (id INT NOT NULL);"), new("0002_fixed.sql", "INSERT INTO probe_again (id) VALUES (1);")],
            CancellationToken.None);

        Assert.That(applied, Is.EqualTo(new[] { "0001_ok.sql", "0002_fixed.sql" }));
    }

    [Test]
    public async Task Concurrent_runners_apply_each_script_once()
    {
        var runs = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Runner().MigrateAsync(CancellationToken.None))).ToArray();

        var results = await Task.WhenAll(runs);

        var scripts = MigrationScript.For(provider).Select(s => s.Name).ToList();
        Assert.That(results.SelectMany(r => r).Order(StringComparer.Ordinal), Is.EqualTo(scripts));
        Assert.That((await JournalAsync()).Select(j => j.Name), Is.EqualTo(scripts));
    }
}
