using Dapper;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

/// <summary>Start-up as users run it: real processes on a real SQLite file.</summary>
[NonParallelizable]
public sealed class ProcessTests
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "register-process-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* left to the temp folder's cleanup */ }
    }

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "register.db")}";

    [Test]
    public async Task Migrate_command_migrates_and_exits_0_then_reports_up_to_date()
    {
        var first = await ApiProcess.RunToExitAsync(_folder, ConnectionString, "migrate");
        var second = await ApiProcess.RunToExitAsync(_folder, ConnectionString, "migrate");

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Output);
        Assert.That(first.Output, Does.Contain("0001_departments.sql"));
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Output);
        Assert.That(second.Output, Does.Contain("up to date"));
    }

    [Test]
    public async Task Migrate_after_a_bare_double_dash_is_still_the_command()
    {
        var result = await ApiProcess.RunToExitAsync(_folder, ConnectionString, "--", "migrate");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("0001_departments.sql"));
    }

    [Test]
    public async Task Restart_on_the_same_database_comes_up_ready()
    {
        await using (var first = ApiProcess.Start(_folder, ConnectionString))
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));
        }
        await using var second = ApiProcess.Start(_folder, ConnectionString);

        await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));

        Assert.That(second.Output, Does.Not.Contain("Applied migration"));
    }

    [Test]
    public async Task Two_processes_started_together_on_a_new_file_both_come_up_and_journal_each_script_once()
    {
        await using var first = ApiProcess.Start(_folder, ConnectionString);
        await using var second = ApiProcess.Start(_folder, ConnectionString);

        await Task.WhenAll(first.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), second.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));

        await using var database = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        var counts = (await database.QueryAsync<(string Name, long Count)>(
            "SELECT script_name, COUNT(*) FROM schema_journal GROUP BY script_name")).ToList();
        var scripts = Register.Api.Infrastructure.Migrations.MigrationScript.For(Register.Api.Infrastructure.Database.DatabaseProvider.Sqlite);
        Assert.That(counts.Select(c => c.Name), Is.EquivalentTo(scripts.Select(s => s.Name)));
        Assert.That(counts.Select(c => c.Count), Has.All.EqualTo(1));
    }

    [Test]
    public async Task A_changed_applied_script_stops_start_up_with_an_error_naming_it()
    {
        var migrated = await ApiProcess.RunToExitAsync(_folder, ConnectionString, "migrate");
        Assert.That(migrated.ExitCode, Is.EqualTo(0), migrated.Output);
        await using (var database = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString))
        {
            await database.ExecuteAsync("UPDATE schema_journal SET checksum = 'tampered' WHERE script_name = '0001_departments.sql'");
        }

        var restarted = await ApiProcess.RunToExitAsync(_folder, ConnectionString, "migrate");

        Assert.That(restarted.ExitCode, Is.Not.EqualTo(0));
        Assert.That(restarted.Output, Does.Contain("0001_departments.sql").And.Contain("changed after it was applied"));
    }
}
