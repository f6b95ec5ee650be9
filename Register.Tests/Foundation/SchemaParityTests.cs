using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

public sealed class SchemaParityTests
{
    [Test]
    public async Task Sqlite_schema_after_migrating_equals_the_tsql_scripts_schema()
    {
        await using var database = new SqliteTestDatabase();
        await new MigrationRunner(database.Connections(), DatabaseProvider.Sqlite, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);

        var expected = SchemaModel.FromTSql(MigrationScript.For(DatabaseProvider.SqlServer));
        var actual = await SchemaModel.FromSqliteAsync(database.Connections());

        Assert.That(expected, Is.Not.Empty);
        Assert.That(expected.Select(c => c.Family), Has.None.StartsWith("unknown"), string.Join("\n", expected));
        Assert.That(SchemaModel.Differences(expected, actual), Is.Empty);
    }

    [Test]
    public async Task The_tables_left_out_of_the_comparison_are_the_search_index_sqlite_creates()
    {
        await using var database = new SqliteTestDatabase();
        await new MigrationRunner(database.Connections(), DatabaseProvider.Sqlite, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        await using var connection = await database.Connections().OpenAsync(CancellationToken.None);

        var searchTables = await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND (name = 'activities_search' OR name LIKE 'activities\\_search\\_%' ESCAPE '\\')");
        var index = await connection.ExecuteScalarAsync<string>("SELECT sql FROM sqlite_master WHERE name = 'activities_search'");

        Assert.That(searchTables, Is.EquivalentTo(SchemaModel.SqliteOnlyTables));
        Assert.That(index, Does.StartWith("CREATE VIRTUAL TABLE activities_search USING fts5("));
    }

    [Test]
    public void Both_engines_have_the_same_script_numbers_and_names()
    {
        var sqlServer = MigrationScript.For(DatabaseProvider.SqlServer).Select(s => s.Name);
        var sqlite = MigrationScript.For(DatabaseProvider.Sqlite).Select(s => s.Name);

        Assert.That(sqlite, Is.EqualTo(sqlServer));
    }

    [Test]
    public void A_column_that_differs_in_nullability_type_or_presence_is_reported()
    {
        var tsql = SchemaModel.FromTSql([new("0001_t.sql", "CREATE TABLE dbo.t (id INT NOT NULL PRIMARY KEY, name NVARCHAR(10) NOT NULL, note NVARCHAR(MAX) NULL);")]);
        var sqlite = new List<SchemaColumn>
        {
            new("t", "id", false, "integer"),
            new("t", "name", true, "text"),
            new("t", "note", false, "integer"),
            new("t", "extra", true, "text"),
        };

        var differences = SchemaModel.Differences(tsql, sqlite);

        Assert.That(differences, Has.Count.EqualTo(5), string.Join("\n", differences));
        Assert.That(differences, Has.Some.Contains("t.name"));
        Assert.That(differences, Has.Some.Contains("t.note"));
        Assert.That(differences, Has.Some.Contains("t.extra"));
    }

    [Test]
    public void Alter_and_drop_statements_are_applied_in_order()
    {
        var columns = SchemaModel.FromTSql(
        [
            new("0001.sql", "CREATE TABLE dbo.a (id INT NOT NULL, old NVARCHAR(5) NULL);\nGO\nCREATE TABLE dbo.gone (id INT NOT NULL);"),
            new("0002.sql", "ALTER TABLE dbo.a ADD added BIT NOT NULL CONSTRAINT df_a DEFAULT 0;\nGO\nALTER TABLE dbo.a DROP COLUMN old;\nGO\nDROP TABLE dbo.gone;"),
        ]);

        Assert.That(columns.Select(c => c.ToString()), Is.EqualTo(new[] { "a.added boolean NOT NULL", "a.id integer NOT NULL" }));
    }
}
