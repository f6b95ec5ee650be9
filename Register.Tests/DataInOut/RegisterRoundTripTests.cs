using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Features.DataInOut;
using Register.Api.Features.DataInOut.Export;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>
/// The move the export exists for: a register exported over HTTP from SQLite, imported by the command line's own code into a
/// new database of each engine, then started. The restored register must answer every GET of the API as the original does
/// (bodies and ETags), its audit trail must be the original's with the import on top, and exporting it again must give the
/// same tables.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
[NonParallelizable]
public sealed class RegisterRoundTripTests(DatabaseProvider target)
{
    /// <summary>GETs whose answers the restored register cannot, or must not, share with the original.</summary>
    private static readonly Dictionary<string, string> NotCompared = new(StringComparer.Ordinal)
    {
        [ExportRoutes.Export] = "Each export is a new one (its id and time), and writes its own audit row: see Exporting_the_restored_register_gives_the_same_tables.",
        ["/api/keys"] = "API keys are not exported: the restored register has its own.",
        ["/api/audit"] = "The restored trail has the import on top: see The_audit_trail_is_the_original_s_with_the_import_on_top.",
    };

    private SourceRegister _source = null!;
    private TestDatabase _database = null!;
    private RegisterApiFactory _factory = null!;
    private WebApplicationFactory<Program> _restored = null!;
    private HttpClient _officer = null!;
    private string _file = null!;

    [OneTimeSetUp]
    public async Task ExportImportAndStart()
    {
        TestDatabase.RequireEngine(target);
        _source = await SourceRegister.BuildAsync();
        _database = await TestDatabase.CreateAsync(target);
        _file = Path.Combine(Path.GetTempPath(), $"register-export-{Guid.NewGuid():N}.ndjson");
        await File.WriteAllBytesAsync(_file, _source.Export);

        // Before the first start, as the README says: the import migrates the empty database itself.
        var (exit, output) = await InProcessCommand.RunAsync(_database, "import", "--from", _file);
        Assert.That(exit, Is.EqualTo(0), output);

        _factory = new RegisterApiFactory(_database);
        _restored = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_source.Clock)));
        _restored.CreateClient().Dispose();
        var (_, key) = await _restored.Services.GetRequiredService<ApiKeyStore>().CreateAsync("restored-officer", Roles.Officer, [], "tests", CancellationToken.None);
        _officer = _restored.CreateClient();
        _officer.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
    }

    [OneTimeTearDown]
    public async Task Dispose()
    {
        _officer?.Dispose();
        if (_restored is not null) await _restored.DisposeAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        if (_source is not null) await _source.DisposeAsync();
        if (_file is not null) File.Delete(_file);
    }

    [Test, Order(1)]
    public async Task Every_GET_of_the_api_answers_as_the_original_did()
    {
        using var swagger = await _source.App.CreateClient().GetAsync("/swagger/v1/swagger.json");
        var surface = new ApiSurface(_source.Officer, (JsonObject)await swagger.OkJsonAsync());
        surface.PathValues["year"] = ["2024", "2025", "2026", "2027", "2028"];
        surface.ExtraValues[ActivityRoutes.Collection] = [_source.DeletedActivityId.ToString(System.Globalization.CultureInfo.InvariantCulture)];

        var compared = 0;
        var differences = new List<string>();
        foreach (var template in surface.Templates(NotCompared))
        {
            var urls = await surface.UrlsAsync(template);
            Assert.That(urls, Is.Not.Empty, $"GET {template}: the test register names nothing to ask it for");
            foreach (var url in urls)
            {
                var (original, restored) = (await AnswerAsync(_source.Officer, url), await AnswerAsync(_officer, url));
                compared++;
                if (original != restored) differences.Add($"GET {url}\n  original: {Cut(original)}\n  restored: {Cut(restored)}");
            }
        }

        Assert.That(differences, Is.Empty, $"{differences.Count} of {compared} answers differ:\n{string.Join("\n", differences.Take(10))}");
        Assert.That(compared, Is.GreaterThan(500), "every entry, version, catalog entry, journal entry, report and year");
    }

    [Test, Order(2)]
    public async Task What_the_officer_changed_in_the_reference_data_stays_after_a_start()
    {
        var country = await _officer.GetAsync($"/api/countries/{_source.DeletedCountryCode}");
        var basis = await (await _officer.GetAsync($"/api/legal-bases/{_source.EditedLegalBasisCode}")).OkJsonAsync();

        Assert.That(country.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a shipped entry the officer deleted is not seeded again");
        Assert.That((string?)basis["citation"], Does.EndWith("(ред. офицера)"), "nor is an edited one put back as shipped");
    }

    [Test, Order(3)]
    public async Task The_audit_trail_is_the_original_s_with_the_import_on_top()
    {
        var original = (await (await _source.Officer.GetAsync("/api/audit?pageSize=500")).OkJsonAsync())["items"]!.AsArray();
        var restored = (await (await _officer.GetAsync("/api/audit?pageSize=500")).OkJsonAsync())["items"]!.AsArray();
        var export = original[0]!;
        var import = restored[0]!;

        Assert.That(original, Has.Count.LessThan(500), "the whole trail fits one page");
        Assert.That(restored.Skip(1).Select(e => e!.ToJsonString()), Is.EqualTo(original.Select(e => e!.ToJsonString())));
        Assert.That(((string?)export["entity"], (string?)export["action"]), Is.EqualTo(("register", "export")));
        Assert.That((string?)export["actor"], Does.StartWith("export-officer"));
        Assert.That(((string?)import["entity"], (string?)import["action"], (string?)import["actor"]), Is.EqualTo(("register", "import", "system")));
        Assert.That((string?)import["entityKey"], Is.EqualTo((string?)export["entityKey"]), "the import names the export it came from");
        Assert.That(export["after"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "exportId", "formatVersion", "schemaVersion" }),
            "the trail records that the register was exported, none of its data");
    }

    [Test, Order(4)]
    public async Task Exporting_the_restored_register_gives_the_same_tables()
    {
        using var response = await _officer.GetAsync(ExportRoutes.Export);
        var again = RegisterFileLines.Parse(await response.Content.ReadAsByteArrayAsync()).Tables();
        var first = RegisterFileLines.Parse(_source.Export).Tables();

        Assert.That(again.Keys, Is.EqualTo(first.Keys));
        Assert.Multiple(() =>
        {
            foreach (var (table, (line, rows)) in first.Where(t => t.Key != "audit_log"))
            {
                Assert.That(again[table].TableLine, Is.EqualTo(line), $"{table}: its columns and last id");
                Assert.That(again[table].Rows, Is.EqualTo(rows), table);
            }
            // The restored trail goes on: the import, then this export.
            Assert.That(again["audit_log"].Rows.Take(first["audit_log"].Rows.Count), Is.EqualTo(first["audit_log"].Rows));
            Assert.That(again["audit_log"].Rows, Has.Count.EqualTo(first["audit_log"].Rows.Count + 2));
        });
    }

    [Test, Order(5)]
    public async Task The_restored_sqlite_file_holds_the_original_values_as_stored()
    {
        if (target != DatabaseProvider.Sqlite) Assert.Ignore("A comparison of SQLite's stored values; the engines store types differently.");
        await using var original = await _source.Database.Connections().OpenAsync(CancellationToken.None);
        await using var restored = await _database.Connections().OpenAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            foreach (var table in RegisterTables.Exported.Where(t => t.Name != "audit_log"))
            {
                // Every column the original has, named: a column the restored file lacks fails the comparison.
                var columns = await original.QueryAsync<string>("SELECT name FROM pragma_table_info(@Table) ORDER BY cid", new { Table = table.Name });
                var sql = $"SELECT {string.Join(", ", columns)} FROM {table.Name} ORDER BY {table.OrderBy}";
                Assert.That(await StoredAsync(restored, sql), Is.EqualTo(await StoredAsync(original, sql)), table.Name);
            }
        });
        Assert.That(await restored.ExecuteScalarAsync<long>(SearchIndexChecks.IntegrityCheckSqlite + "; SELECT 1"), Is.EqualTo(1),
            "the search index the triggers built holds the entries' texts");
    }

    [Test, Order(6)]
    public async Task A_new_entry_takes_the_id_after_the_last_one_the_original_issued()
    {
        var links = await new RegisterBuilder(_officer, prefix => $"{prefix}-after-import").LinksAsync();
        var created = await _officer.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete("after-import", links));
        var body = await created.OkJsonAsync(HttpStatusCode.Created);

        Assert.That((int)body["id"]!, Is.EqualTo(_source.DeletedActivityId + 1), "the deleted entry's id, whose history stays, is not issued again");
    }

    /// <summary>
    /// Status, media type, ETag, digest and body (text as text, other bytes by their SHA-256); a problem's trace id names the
    /// request, not the register, and is left out.
    /// </summary>
    private static async Task<string> AnswerAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var body = mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("json", StringComparison.Ordinal)
            ? System.Text.Encoding.UTF8.GetString(bytes)
            : $"{bytes.Length} bytes, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}";
        if (mediaType == "application/problem+json")
        {
            var problem = JsonNode.Parse(body)!.AsObject();
            problem.Remove("traceId");
            body = problem.ToJsonString();
        }
        var digest = response.Headers.TryGetValues("Repr-Digest", out var values) ? string.Join(",", values) : "";
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} ETag={response.Headers.ETag} Digest={digest} " +
            $"{response.Content.Headers.ContentDisposition} {body}";
    }

    private static string Cut(string text) => text.Length <= 600 ? text : text[..600] + "...";

    /// <summary>Every value of every row with SQLite's storage class: the text of a date, not just the date.</summary>
    private static async Task<List<string>> StoredAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var reader = await connection.ExecuteReaderAsync(sql);
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] bytes ? $"Byte[]:{Convert.ToHexString(bytes)}" : $"{reader.GetFieldType(i).Name}:{reader.GetValue(i)}")));
        }
        return rows;
    }
}
