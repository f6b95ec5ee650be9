using System.Net;
using System.Text.RegularExpressions;
using Register.Api.Features.Activities;
using Register.Tests.Activities;
using Register.Tests.Foundation;
using Register.Tests.Infrastructure;
using Register.Tests.Reliability;

namespace Register.Tests.DataInOut;

/// <summary>The README's move as an operator makes it, with real processes: export a register to a file, import it into a new database, start on it.</summary>
[NonParallelizable]
public sealed partial class RegisterMoveCommandTests
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => _folder = Directory.CreateTempSubdirectory("register-export-tests-").FullName;

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* left to the temp folder's cleanup */ }
    }

    [GeneratedRegex(@"rk_[0-9a-f]{10}_[A-Za-z0-9_-]{40,}")]
    private static partial Regex KeyPattern();

    [Test]
    public async Task A_register_exported_to_a_gzip_file_imports_into_a_new_database_that_serves_it_with_the_key_the_import_printed()
    {
        var source = Path.Combine(_folder, "register.db");
        var restoredFile = Path.Combine(_folder, "restored.db");
        var export = Path.Combine(_folder, "register.ndjson.gz");
        var counter = 0;
        int id;
        await using (var api = await LiveApi.StartAsync(_folder, source))
        {
            using var client = api.Client();
            var links = await new RegisterBuilder(client, prefix => $"{prefix}-{++counter}").LinksAsync();
            var created = await client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete("moved-entry", links));
            id = (int)(await created.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        }

        var exported = await ApiProcess.RunToExitAsync(_folder, LiveApi.ConnectionStringFor(source), "export", "--to", export);
        var again = await ApiProcess.RunToExitAsync(_folder, LiveApi.ConnectionStringFor(source), "export", "--to", export);
        var imported = await ApiProcess.RunToExitAsync(_folder, LiveApi.ConnectionStringFor(restoredFile), "import", "--from", export);

        Assert.That(exported.ExitCode, Is.EqualTo(0), exported.Output);
        Assert.That((await File.ReadAllBytesAsync(export))[..2], Is.EqualTo(new byte[] { 0x1f, 0x8b }), "a .gz name asks for gzip");
        Assert.That(Directory.GetFiles(_folder, "*.partial"), Is.Empty, "the file is written under another name and renamed once whole");
        Assert.That(again.ExitCode, Is.EqualTo(1), again.Output);
        Assert.That(again.Output, Does.Contain("never overwrites"));
        Assert.That(imported.ExitCode, Is.EqualTo(0), imported.Output);
        var key = KeyPattern().Match(imported.Output);
        Assert.That(key.Success, Is.True, $"a restored register gets a new officer key, printed once:\n{imported.Output}");

        await using var restored = await LiveApi.StartAsync(_folder, restoredFile, key.Value);
        using var reader = restored.Client();
        var entry = await (await reader.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
        Assert.That((string?)entry["code"], Is.EqualTo("moved-entry"));
        Assert.That(KeyPattern().IsMatch(restored.Process.Output), Is.False, "the key was printed by the import, not again on start");
    }

    [Test]
    public async Task Export_and_import_without_their_file_say_what_they_need()
    {
        var database = LiveApi.ConnectionStringFor(Path.Combine(_folder, "register.db"));

        var export = await ApiProcess.RunToExitAsync(_folder, database, "export");
        var import = await ApiProcess.RunToExitAsync(_folder, database, "import", "--from", Path.Combine(_folder, "missing.ndjson"));

        Assert.That(export.ExitCode, Is.EqualTo(2), export.Output);
        Assert.That(export.Output, Does.Contain("export needs --to FILE"));
        Assert.That(import.ExitCode, Is.EqualTo(1), import.Output);
        Assert.That(import.Output, Does.Contain("There is no file"));
    }
}
