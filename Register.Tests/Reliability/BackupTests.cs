using System.Net;
using System.Security.Cryptography;
using Dapper;
using Register.Api.Features.Activities;
using Register.Tests.Activities;
using Register.Tests.Foundation;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reliability;

/// <summary>
/// The SQLite online backup (<c>backup --to FILE</c>, VACUUM INTO) as the README tells an operator to run it:
/// while the API serves and a client keeps writing. The copy is restored by starting an API on it.
/// </summary>
[NonParallelizable]
public sealed class BackupTests
{
    private string _folder = null!;
    private int _counter;

    private string DatabaseFile => Path.Combine(_folder, "register.db");

    [SetUp]
    public void NewFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "register-backup-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* left to the temp folder's cleanup */ }
    }

    private string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    [Test]
    public async Task A_backup_taken_while_the_api_writes_restores_into_a_working_register()
    {
        var restoreFolder = Path.Combine(_folder, "restore");
        var copy = Path.Combine(restoreFolder, "register.db");
        var entries = new List<(int Id, string Code, string Title)>();
        int writesDuringBackup;
        string key;

        await using (var api = await LiveApi.StartAsync(_folder, DatabaseFile))
        {
            key = api.Key;
            using var client = api.Client();
            var links = await new RegisterBuilder(client, Unique).LinksAsync();
            var random = new Random(4242);
            for (var i = 0; i < 10; i++)
            {
                var code = Unique("backup");
                var title = $"До копии {i}";
                var body = await (await client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, VariedBodies.Body(code, links, title, random))).OkJsonAsync(HttpStatusCode.Created);
                entries.Add(((int)body["id"]!, code, title));
            }

            // A writer keeps updating one entry throughout the backup.
            using var stop = new CancellationTokenSource();
            var writes = 0;
            var writer = Task.Run(async () =>
            {
                using var writerClient = api.Client();
                var (id, code, _) = entries[0];
                var etag = (await writerClient.GetAsync(ActivityRoutes.For(id))).ETag();
                while (!stop.IsCancellationRequested)
                {
                    using var response = await writerClient.SendAsync(HttpMethod.Put, ActivityRoutes.For(id),
                        VariedBodies.Body(code, links, $"Во время копии {writes}", random), etag);
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
                    etag = response.ETag();
                    writes++;
                }
            });
            while (writes < 5) await Task.Delay(10);

            var (exit, output) = await ApiProcess.RunToExitAsync(_folder, LiveApi.ConnectionStringFor(DatabaseFile), "backup", "--to", copy);
            writesDuringBackup = writes;
            await stop.CancelAsync();
            await writer;
            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(writes, Is.GreaterThan(5), "the API went on writing while the backup ran");
        }

        Assert.That(writesDuringBackup, Is.GreaterThan(0));
        using (var connection = RegisterFileChecks.Open(copy))
        {
            var ids = await RegisterFileChecks.AssertSoundAsync(connection);
            Assert.That(ids, Is.SupersetOf(entries.Select(e => e.Id)));
        }

        // Restore: an API started on the copy serves the register, with the same keys.
        await using var restored = await LiveApi.StartAsync(restoreFolder, copy, key);
        using var reader = restored.Client();
        foreach (var (id, code, title) in entries.Skip(1))
        {
            var body = await (await reader.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
            Assert.That(((string?)body["code"], (string?)body["title"]), Is.EqualTo((code, title)));
        }
        var first = await (await reader.GetAsync(ActivityRoutes.For(entries[0].Id))).OkJsonAsync();
        Assert.That((string?)first["title"], Does.StartWith("Во время копии"), "the copy holds a state the writer saved");
        var history = await (await reader.GetAsync(ActivityRoutes.VersionsFor(entries[0].Id) + "?pageSize=500")).OkJsonAsync();
        Assert.That((int)history["total"]!, Is.EqualTo((int)first["version"]!), "the copy's history ends at the copy's state");
    }

    [Test]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        await using (var api = await LiveApi.StartAsync(_folder, DatabaseFile))
        {
            using var client = api.Client();
            await new RegisterBuilder(client, Unique).DepartmentAsync();
        }
        var target = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(target, "an earlier backup the operator keeps");
        var before = SHA256.HashData(await File.ReadAllBytesAsync(target));

        var (exit, output) = await ApiProcess.RunToExitAsync(_folder, LiveApi.ConnectionStringFor(DatabaseFile), "backup", "--to", target);

        Assert.That(exit, Is.Not.EqualTo(0), output);
        Assert.That(output, Does.Contain("already exists"));
        Assert.That(SHA256.HashData(await File.ReadAllBytesAsync(target)), Is.EqualTo(before));
    }

    [Test]
    public async Task Vacuum_into_itself_refuses_an_existing_file()
    {
        // The application checks first; SQLite's VACUUM INTO refuses on its own too, so a race between the check
        // and the copy cannot overwrite an earlier backup either.
        var (migrated, output) = await ApiProcess.RunToExitAsync(_folder, LiveApi.ConnectionStringFor(DatabaseFile), "migrate");
        Assert.That(migrated, Is.EqualTo(0), output);
        var target = Path.Combine(_folder, "earlier-backup.db");
        using var connection = RegisterFileChecks.Open(DatabaseFile);
        await connection.ExecuteAsync(Register.Api.Infrastructure.Database.SqliteBackup.VacuumIntoSqlite, new { Target = target });
        var before = SHA256.HashData(await File.ReadAllBytesAsync(target));

        var refused = Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(async () =>
            await connection.ExecuteAsync(Register.Api.Infrastructure.Database.SqliteBackup.VacuumIntoSqlite, new { Target = target }));

        Assert.That(refused!.Message, Does.Contain("output file already exists"));
        Assert.That(SHA256.HashData(await File.ReadAllBytesAsync(target)), Is.EqualTo(before));
    }
}
