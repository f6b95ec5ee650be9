using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;

namespace Register.Tests.Reliability;

/// <summary>
/// What "sound" means for a register file, checked straight on the file with Microsoft.Data.Sqlite (not through
/// the application): SQLite's own integrity and foreign-key checks, the migration journal equal to the embedded
/// scripts, and every activity whole: its row, its link rows and its latest saved version agree.
/// </summary>
public static class RegisterFileChecks
{
    public static SqliteConnection Open(string file)
    {
        SqliteConnection.ClearAllPools();
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadWrite;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Asserts the file is sound; returns the ids of the activities it holds.</summary>
    public static async Task<IReadOnlyList<int>> AssertSoundAsync(SqliteConnection connection)
    {
        Assert.That((await connection.QueryAsync<string>("PRAGMA integrity_check")).ToList(), Is.EqualTo(new[] { "ok" }), "PRAGMA integrity_check");
        Assert.That((await connection.QueryAsync("PRAGMA foreign_key_check")).Count(), Is.Zero, "PRAGMA foreign_key_check");

        var journal = (await connection.QueryAsync<(string Name, string Checksum)>(
            $"SELECT script_name, checksum FROM {MigrationRunner.JournalTable} ORDER BY script_name")).ToList();
        Assert.That(journal, Is.EqualTo(MigrationScript.For(DatabaseProvider.Sqlite).Select(s => (s.Name, s.Checksum)).ToList()), "the migration journal");

        var rows = (await connection.QueryAsync<(long Id, long Version)>("SELECT id, version FROM activities ORDER BY id")).ToList();
        foreach (var (id, version) in rows) await AssertWholeAsync(connection, (int)id, (int)version);

        // An entry without a row must have ended in a tombstone: a delete is its row gone and a tombstone saved, together.
        var gone = await connection.QueryAsync<(long Id, bool Deleted)>("""
            SELECT v.activity_id, v.deleted FROM activity_versions v
            WHERE v.version = (SELECT MAX(version) FROM activity_versions w WHERE w.activity_id = v.activity_id)
              AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.id = v.activity_id)
            """);
        Assert.That(gone.Where(g => !g.Deleted).Select(g => g.Id), Is.Empty, "entries whose row is gone without a tombstone");
        return rows.Select(r => (int)r.Id).ToList();
    }

    private static async Task AssertWholeAsync(SqliteConnection connection, int id, int version)
    {
        var latest = await connection.QuerySingleAsync<(long Version, bool Deleted, string Document)>(
            "SELECT version, deleted, document FROM activity_versions WHERE activity_id = @id ORDER BY version DESC LIMIT 1", new { id });
        var what = $"activity {id} (row version {version})";
        Assert.That(((int)latest.Version, latest.Deleted), Is.EqualTo((version, false)), $"{what}: its latest saved version");
        var document = JsonNode.Parse(latest.Document)!;
        Assert.That((int)document["version"]!, Is.EqualTo(version), $"{what}: the version document's version");

        async Task<List<string>> Rows(string sql) => (await connection.QueryAsync<string>(sql, new { id })).ToList();
        static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Rows("SELECT subject_category_code FROM activity_subject_categories WHERE activity_id = @id ORDER BY ordinal"),
                Is.EqualTo(Strings(document["subjectCategoryCodes"])), $"{what}: subjectCategoryCodes");
            Assert.That(await Rows("SELECT data_category_code || '|' || COALESCE(retention_kind, '') FROM activity_data_categories WHERE activity_id = @id ORDER BY ordinal"),
                Is.EqualTo(document["dataCategories"]!.AsArray().Select(d => $"{(string)d!["code"]!}|{(string?)d["retention"]?["kind"]}").ToList()), $"{what}: dataCategories");
            Assert.That(await Rows("""
                    SELECT p.text || '|' || COALESCE(p.legal_reference, '') || '|' ||
                           COALESCE((SELECT group_concat(legal_basis_code, ',') FROM (SELECT legal_basis_code FROM activity_purpose_bases b
                                     WHERE b.activity_id = p.activity_id AND b.purpose_ordinal = p.ordinal ORDER BY b.ordinal)), '')
                    FROM activity_purposes p WHERE p.activity_id = @id ORDER BY p.ordinal
                    """),
                Is.EqualTo(document["purposes"]!.AsArray().Select(p =>
                    $"{(string)p!["text"]!}|{(string?)p["legalReference"]}|{string.Join(',', Strings(p["legalBasisCodes"]))}").ToList()), $"{what}: purposes and their bases");
            Assert.That(await Rows("""
                    SELECT recipient_code || '|' || COALESCE(transfer_country_code, '') || '|' || COALESCE(transfer_legal_basis_code, '')
                    FROM activity_recipients WHERE activity_id = @id ORDER BY ordinal
                    """),
                Is.EqualTo(document["recipients"]!.AsArray().Select(r =>
                    $"{(string)r!["code"]!}|{(string?)r["transfer"]?["countryCode"]}|{(string?)r["transfer"]?["legalBasisCode"]}").ToList()), $"{what}: recipients");
            Assert.That(await Rows("SELECT system_code FROM activity_information_systems WHERE activity_id = @id ORDER BY ordinal"),
                Is.EqualTo(Strings(document["informationSystemCodes"])), $"{what}: informationSystemCodes");
            Assert.That(await Rows("SELECT action_code FROM activity_actions WHERE activity_id = @id ORDER BY ordinal"),
                Is.EqualTo(Strings(document["actionCodes"])), $"{what}: actionCodes");
            Assert.That(await Rows("SELECT measure_code FROM activity_protection_measures WHERE activity_id = @id ORDER BY ordinal"),
                Is.EqualTo(Strings(document["protectionMeasureCodes"])), $"{what}: protectionMeasureCodes");
            Assert.That(await Rows("SELECT position FROM activity_access_positions WHERE activity_id = @id ORDER BY ordinal"),
                Is.EqualTo(Strings(document["accessPositions"])), $"{what}: accessPositions");
        });
    }
}
