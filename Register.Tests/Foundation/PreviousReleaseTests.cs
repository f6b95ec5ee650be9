using System.IO.Compression;
using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Migrations;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

/// <summary>
/// The new build started on a database the previous release made (its migrations 0001-0007 and journal, the demo register,
/// an officer's edits of an entry and of a seeded legal basis, a second key): it migrates on without manual steps, keeps the
/// journal it found, and answers with the data that was there.
/// </summary>
public sealed class PreviousReleaseTests
{
    private SqliteTestDatabase _database = null!;
    private RegisterApiFactory _factory = null!;
    private readonly CapturedLogs _logs = new();
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartOnThePreviousReleasesDatabase()
    {
        _database = new SqliteTestDatabase();
        await using (var packed = File.OpenRead(Path.Combine(TestContext.CurrentContext.TestDirectory, "Foundation", "Data", "previous-release.db.gz")))
        await using (var gzip = new GZipStream(packed, CompressionMode.Decompress))
        await using (var file = File.Create(_database.FilePath))
        {
            await gzip.CopyToAsync(file);
        }
        _factory = new RegisterApiFactory(_database, logs: _logs);
        _factory.CreateClient().Dispose();
        var (_, key) = await _factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("tests-previous-release", Roles.Officer, [], "tests", CancellationToken.None);
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    [Test]
    public async Task The_journal_it_found_is_kept_and_extended_with_the_new_scripts_only()
    {
        await using var connection = await _database.Connections().OpenAsync(CancellationToken.None);
        var journal = (await connection.QueryAsync<(string Name, string Checksum)>("SELECT script_name, checksum FROM schema_journal ORDER BY script_name")).ToList();

        var scripts = MigrationScript.For(Register.Api.Infrastructure.Database.DatabaseProvider.Sqlite);
        Assert.That(journal, Is.EqualTo(scripts.Select(s => (s.Name, s.Checksum))));
        Assert.That(journal.Take(7).Select(j => j.Name), Is.EqualTo(new[]
        {
            "0001_departments.sql", "0002_register.sql", "0003_reference_data.sql", "0004_access_and_audit.sql",
            "0005_register_changes_and_read_indexes.sql", "0006_activity_search_index.sql", "0007_catalog_number.sql",
        }));
        Assert.That((await _client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_register_it_held_is_read_back()
    {
        var list = await (await _client.GetAsync("/api/activities?pageSize=100")).OkJsonAsync();
        var edited = await (await _client.GetAsync("/api/activities/13")).OkJsonAsync();
        var versions = await (await _client.GetAsync("/api/activities/13/versions")).OkJsonAsync();
        var departments = await (await _client.GetAsync("/api/departments?pageSize=100")).OkJsonAsync();

        Assert.That((int)list["total"]!, Is.EqualTo(19));
        Assert.That((string?)edited["code"], Is.EqualTo("appeals"));
        Assert.That((string?)edited["status"], Is.EqualTo("draft"));
        Assert.That((string?)edited["description"], Does.EndWith("Уточнено офицером в прошлом выпуске."));
        Assert.That((int)versions["total"]!, Is.EqualTo(4), "created, approved, returned to draft, edited");
        Assert.That((int)departments["total"]!, Is.EqualTo(14));
    }

    [Test]
    public async Task The_officers_edit_of_a_seeded_entry_and_the_audit_trail_are_there()
    {
        var basis = await (await _client.GetAsync("/api/legal-bases/by-99z-art8-medical")).OkJsonAsync();
        var audit = await (await _client.GetAsync("/api/audit?entity=legal-basis&key=by-99z-art8-medical")).OkJsonAsync();

        Assert.That((string?)basis["names"]!["be"], Is.EqualTo("Арганізацыя медыцынскай дапамогі (праўка афіцэра)"));
        Assert.That(audit["items"]!.AsArray().Select(i => (string?)i!["action"]), Does.Contain("update"));
    }

    // Law 99-З as amended (issue 13): the corrections reach a register the previous release made.

    [Test]
    public async Task A_legal_basis_as_shipped_is_corrected_by_the_system_with_its_audit_row()
    {
        var justice = await (await _client.GetAsync("/api/legal-bases/by-99z-art8-justice")).OkJsonAsync();
        var audit = await (await _client.GetAsync("/api/audit?entity=legal-basis&key=by-99z-art8-justice")).OkJsonAsync();

        Assert.That((string?)justice["citation"], Is.EqualTo("ст. 8 п. 2 абз. 7"));
        Assert.That((string?)justice["names"]!["ru"], Does.StartWith("Для осуществления правосудия"));
        var correction = audit["items"]!.AsArray().Single(i => (string?)i!["action"] == "update");
        Assert.That((string?)correction!["actor"], Is.EqualTo("system"));
        Assert.That((string?)correction["before"]!["citation"], Is.EqualTo("ст. 8 п. 2"));
        Assert.That((string?)correction["after"]!["citation"], Is.EqualTo("ст. 8 п. 2 абз. 7"));
    }

    [Test]
    public async Task A_legal_basis_the_officer_changed_is_left_and_the_start_up_log_says_which_and_why()
    {
        var medical = await (await _client.GetAsync("/api/legal-bases/by-99z-art8-medical")).OkJsonAsync();

        Assert.That((string?)medical["citation"], Is.EqualTo("ст. 8 п. 2 абз. 5"), "the officer's row keeps the old citation");
        Assert.That(_logs.Entries.Where(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.Message),
            Has.Some.Contains("by-99z-art8-medical").And.Some.Contains("ст. 8 п. 2 абз. 6"));
    }

    [Test]
    public async Task The_new_basis_of_the_amendment_is_there()
    {
        var pensions = await (await _client.GetAsync("/api/legal-bases/by-99z-art8-pensions")).OkJsonAsync();

        Assert.That((string?)pensions["citation"], Is.EqualTo("ст. 8 п. 2 абз. 4"));
    }

    [Test]
    public async Task The_demo_follows_the_law_where_nobody_changed_it()
    {
        var video = await (await _client.GetAsync("/api/data-categories/cctv-video")).OkJsonAsync();
        var all = await (await _client.GetAsync("/api/activities?pageSize=100")).OkJsonAsync();
        var candidates = all["items"]!.AsArray().Single(i => (string?)i!["code"] == "recruitment-candidates")!;
        var versions = await (await _client.GetAsync($"/api/activities/{(int)candidates["id"]!}/versions")).OkJsonAsync();
        var registry = await (await _client.GetAsync("/api/reports/operator-registry")).OkJsonAsync();

        Assert.That((string?)video["effectiveNpdpcCategory"], Is.EqualTo("other"));
        var bases = candidates["purposes"]!.AsArray().SelectMany(p => p!["legalBasisCodes"]!.AsArray().Select(b => (string?)b));
        Assert.That(bases, Has.None.EqualTo("by-99z-art6-employment").And.None.EqualTo("by-99z-art8-employment"));
        Assert.That((string?)versions["items"]!.AsArray()[^1]!["savedBy"], Is.EqualTo("system"));
        Assert.That(registry["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EquivalentTo(new[] { "hr-personal-files", "archive", "education-is" }));
    }
}
