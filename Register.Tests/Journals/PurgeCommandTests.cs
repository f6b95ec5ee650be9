using Register.Tests.Foundation;

namespace Register.Tests.Journals;

/// <summary>The purge command as an operator runs it: a real process on a real file.</summary>
[NonParallelizable]
public sealed class PurgeCommandTests
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "register-purge-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* left to the temp folder's cleanup */ }
    }

    [Test]
    public async Task A_dry_run_on_a_new_register_migrates_it_and_finds_nothing_to_purge()
    {
        var connection = $"Data Source={Path.Combine(_folder, "register.db")}";

        var (exit, output) = await ApiProcess.RunToExitAsync(_folder, connection, "purge", "--dry-run");

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("No journal record is past its retention."));
        Assert.That(File.Exists(Path.Combine(_folder, "register.db")), Is.True);
    }

    [Test]
    public async Task A_retention_that_is_not_a_period_is_refused_with_its_setting_named()
    {
        var connection = $"Data Source={Path.Combine(_folder, "register.db")}";

        var (exit, output) = await ApiProcess.RunToExitAsync(_folder, connection, "purge", "--Register:Journals:RequestRetention=год");

        Assert.That(exit, Is.Not.EqualTo(0));
        Assert.That(output, Does.Contain("Register:Journals:RequestRetention"));
    }
}
