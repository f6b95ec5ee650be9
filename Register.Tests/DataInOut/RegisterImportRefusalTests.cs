using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Register.Api.Features.Activities;
using Register.Api.Features.DataInOut;
using Register.Api.Features.DataInOut.Export;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Hosting;
using Register.Api.Infrastructure.Migrations;
using Register.Api.Infrastructure.Seeding;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>
/// What the import refuses, and that a refusal writes nothing: a database that holds a register, a file cut short or changed,
/// a file of a newer release, and what is not a register export at all. Each test imports into a new database of the engine
/// that a start has seeded with the reference data (a seed alone is no register), and compares every table's rows after.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class RegisterImportRefusalTests(DatabaseProvider target)
{
    private byte[] _export = [];
    private TestDatabase _database = null!;
    private RegisterImport _import = null!;

    [OneTimeSetUp]
    public async Task ExportASmallRegister()
    {
        TestDatabase.RequireEngine(target);
        await using var database = new SqliteTestDatabase();
        await using var factory = new RegisterApiFactory(database);
        factory.CreateClient().Dispose();
        var (_, key) = await factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("officer", Roles.Officer, [], "tests", CancellationToken.None);
        using var officer = factory.CreateClient();
        officer.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        var links = await new RegisterBuilder(officer, prefix => $"{prefix}-small").LinksAsync();
        await (await officer.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete("small-entry", links))).OkJsonAsync(System.Net.HttpStatusCode.Created);
        _export = await officer.GetByteArrayAsync(ExportRoutes.Export);
    }

    [SetUp]
    public async Task NewSeededDatabase()
    {
        _database = await TestDatabase.CreateAsync(target);
        await new MigrationRunner(_database.Connections(), target, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        var db = new Db(_database.Connections(), target == DatabaseProvider.Sqlite ? SqliteDialect.Instance : SqlServerDialect.Instance);
        await new ReferenceDataLoader(db, TimeProvider.System, NullLogger<ReferenceDataLoader>.Instance).RunAsync(CancellationToken.None);
        _import = new RegisterImport(db, TimeProvider.System);
    }

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    private Task<ImportSummary> ImportAsync(byte[] file) => _import.ImportAsync(() => new MemoryStream(file), CancellationToken.None);

    /// <summary>Every exported table's rows, as text, so that "nothing written" is checked table by table.</summary>
    private async Task<Dictionary<string, int>> RowsAsync()
    {
        await using var connection = await _database.Connections().OpenAsync(CancellationToken.None);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in RegisterTables.Exported) rows[table.Name] = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {table.Name}");
        return rows;
    }

    private async Task<string> RefusedAsync(byte[] file)
    {
        var before = await RowsAsync();
        var refused = Assert.ThrowsAsync<RegisterFileException>(() => ImportAsync(file));
        Assert.That(await RowsAsync(), Is.EqualTo(before), "a refused import writes nothing");
        return refused!.Message;
    }

    private static byte[] Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest)) gzip.Write(content);
        return compressed.ToArray();
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_database_holding_only_the_reference_seed_takes_the_file_plain_or_gzipped(bool gzipped)
    {
        var summary = await ImportAsync(gzipped ? Gzip(_export) : _export);
        var rows = await RowsAsync();

        Assert.That(summary.Rows["activities"], Is.EqualTo(1));
        Assert.That(rows["activities"], Is.EqualTo(1));
        Assert.That(rows["legal_bases"], Is.EqualTo(summary.Rows["legal_bases"]), "the file's reference data replaced the seed, not joined it");
        Assert.That(rows["reference_entries"], Is.EqualTo(summary.Rows["reference_entries"]));
    }

    [Test]
    public async Task A_database_that_holds_a_register_is_refused_and_kept_as_it_was()
    {
        await ImportAsync(_export);
        var before = await RowsAsync();

        var refused = Assert.ThrowsAsync<RegisterNotEmptyException>(() => ImportAsync(_export));

        Assert.That(refused!.Message, Does.Contain("already holds a register").And.Contain("activities"));
        Assert.That(await RowsAsync(), Is.EqualTo(before));
    }

    [TestCase("half of the bytes")]
    [TestCase("all but the trailer")]
    [TestCase("half of the trailer")]
    [TestCase("half of the bytes, gzipped")]
    public async Task A_file_cut_short_is_refused(string cut)
    {
        var text = Encoding.UTF8.GetString(_export);
        var trailer = text.LastIndexOf("{\"trailer\"", StringComparison.Ordinal);
        var file = cut switch
        {
            "half of the bytes" => _export[..(_export.Length / 2)],
            "all but the trailer" => Encoding.UTF8.GetBytes(text[..trailer]),
            "half of the trailer" => Encoding.UTF8.GetBytes(text[..(trailer + (text.Length - trailer) / 2)]),
            _ => Gzip(_export)[..(Gzip(_export).Length / 2)],
        };

        var message = await RefusedAsync(file);

        Assert.That(message, Does.Contain("cut short"));
    }

    [Test]
    public async Task A_file_changed_after_it_was_written_is_refused()
    {
        var lines = RegisterFileLines.Parse(_export);
        var row = lines.Lines.FindIndex(l => l.Contains("\"small-entry\"", StringComparison.Ordinal));
        lines.Lines[row] = lines.Lines[row].Replace("Ведение", "Введено", StringComparison.Ordinal);

        var message = await RefusedAsync(lines.Bytes());

        Assert.That(message, Does.Contain("does not match the SHA-256").And.Contain("changed after it was written"));
        Assert.That(message, Does.Not.Contain("Введено"), "a refusal names where, never what: the file holds personal data");
    }

    [Test]
    public async Task A_trailer_that_counts_other_rows_is_refused()
    {
        var lines = RegisterFileLines.Parse(_export);
        var trailer = JsonNode.Parse(lines.Lines[^1])!;
        trailer["trailer"]!["rows"]!["activities"] = 2;
        lines.Lines[^1] = trailer.ToJsonString();

        var message = await RefusedAsync(lines.Sealed());

        Assert.That(message, Does.Contain("row counts").And.Contain("activities"));
    }

    [Test]
    public async Task A_value_of_the_wrong_type_is_refused_naming_its_line_and_column()
    {
        var lines = RegisterFileLines.Parse(_export);
        var table = lines.Lines.FindIndex(l => l.StartsWith("{\"table\":{\"name\":\"activities\"", StringComparison.Ordinal));
        var row = JsonNode.Parse(lines.Lines[table + 1])!.AsArray();
        row[0] = "one";
        lines.Lines[table + 1] = row.ToJsonString();

        var message = await RefusedAsync(lines.Sealed());

        Assert.That(message, Does.Contain($"Line {table + 2}").And.Contain("activities.id").And.Contain("integer"));
    }

    [TestCase("formatVersion", 2, "newer release")]
    [TestCase("schemaVersion", "9999_from_the_future", "newer release")]
    [TestCase("format", "something-else", "not a register export")]
    public async Task A_file_of_a_newer_release_or_another_format_is_refused_at_its_header(string field, object value, string expected)
    {
        var file = RegisterFileLines.Parse(_export).WithHeader(header => header[field] = JsonValue.Create(value)).Bytes();

        var message = await RefusedAsync(file);

        Assert.That(message, Does.Contain(expected));
    }

    [TestCase("")]
    [TestCase("code,title\nhr-1,Кадры\n")]
    [TestCase("{}\n")]
    [TestCase("[1, 2, 3]\n")]
    [TestCase("{\"header\": 42}\n")]
    public async Task What_is_not_a_register_export_is_refused(string content)
    {
        var message = await RefusedAsync(Encoding.UTF8.GetBytes(content));

        Assert.That(message, Does.Contain("not a register export").Or.Contain("empty"));
    }

    [Test]
    public async Task A_gzip_file_whose_data_is_damaged_is_refused()
    {
        var damaged = Gzip(_export);
        Array.Fill(damaged, (byte)0x55, 20, 64);

        var message = await RefusedAsync(damaged);

        Assert.That(message, Does.Contain("gzip").Or.Contain("not a register export").Or.Contain("cut short"));
    }

    [Test]
    public async Task A_file_from_an_older_release_without_a_later_column_takes_the_column_s_default()
    {
        // As a release before migration 0008 wrote it: data categories without what that migration added.
        var lines = RegisterFileLines.Parse(_export).WithHeader(header => header["schemaVersion"] = "0007_catalog_number");
        var table = lines.Lines.FindIndex(l => l.StartsWith("{\"table\":{\"name\":\"data_categories\"", StringComparison.Ordinal));
        var tableLine = JsonNode.Parse(lines.Lines[table])!;
        var columns = tableLine["table"]!["columns"]!.AsArray();
        var dropped = columns.Select((c, i) => ((string)c!["name"]!, i)).Where(c => c.Item1 is "depersonalised" or "used_for_unique_identification")
            .Select(c => c.i).OrderDescending().ToList();
        foreach (var i in dropped) columns.RemoveAt(i);
        lines.Lines[table] = tableLine.ToJsonString();
        for (var line = table + 1; lines.Lines[line].StartsWith('['); line++)
        {
            var row = JsonNode.Parse(lines.Lines[line])!.AsArray();
            foreach (var i in dropped) row.RemoveAt(i);
            lines.Lines[line] = row.ToJsonString();
        }

        await ImportAsync(lines.Sealed());

        await using var connection = await _database.Connections().OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(bool Depersonalised, bool? Used)>(
            "SELECT depersonalised, used_for_unique_identification FROM data_categories")).ToList();
        Assert.That(stored, Is.Not.Empty);
        Assert.That(stored, Is.All.EqualTo((false, (bool?)null)), "the defaults migration 0008 gives the rows it finds");
    }

    [Test]
    public async Task The_command_line_says_what_happened_in_its_exit_code()
    {
        var folder = Directory.CreateTempSubdirectory("register-import-").FullName;
        try
        {
            var good = Path.Combine(folder, "register.ndjson");
            var changed = Path.Combine(folder, "changed.ndjson");
            await File.WriteAllBytesAsync(good, _export);
            await File.WriteAllBytesAsync(changed, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(_export).Replace("Ведение", "Введено", StringComparison.Ordinal)));

            var refusedFile = await InProcessCommand.RunAsync(_database, "import", "--from", changed);
            var imported = await InProcessCommand.RunAsync(_database, "import", "--from", good);
            var again = await InProcessCommand.RunAsync(_database, "import", "--from", good);
            var noFile = await InProcessCommand.RunAsync(_database, "import");

            Assert.That(refusedFile.ExitCode, Is.EqualTo(CommandLine.Failed), refusedFile.Output);
            Assert.That(refusedFile.Output, Does.Contain("Nothing was imported"));
            Assert.That(imported.ExitCode, Is.EqualTo(0), imported.Output);
            Assert.That(imported.Output, Does.Contain("Imported"));
            Assert.That(again.ExitCode, Is.EqualTo(CommandLine.RegisterNotEmpty), again.Output);
            Assert.That(noFile.ExitCode, Is.EqualTo(CommandLine.WrongCommand), noFile.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
