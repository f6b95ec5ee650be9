using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Register.Api.Features.DataInOut;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;
using Register.Tests.Foundation;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>
/// The export's list of tables against the schema: a table a migration adds fails here until it is exported or left out
/// with a reason; and every statement the export and the import build, for every table, parses as T-SQL.
/// </summary>
public sealed class RegisterTablesTests
{
    private static readonly IReadOnlyList<SchemaColumn> SqlServerSchema = SchemaModel.FromTSql(MigrationScript.For(DatabaseProvider.SqlServer));

    private static async Task<IReadOnlyList<(string Name, string Sql)>> SqliteTablesAsync(TestDatabase database)
    {
        await new MigrationRunner(database.Connections(), DatabaseProvider.Sqlite, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        await using var connection = await database.Connections().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<(string, string)>("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).ToList();
    }

    [Test]
    public async Task Every_table_of_the_schema_is_exported_or_left_out_with_a_reason()
    {
        await using var database = new SqliteTestDatabase();
        var sqlite = (await SqliteTablesAsync(database)).Select(t => t.Name).ToList();
        var exported = RegisterTables.Exported.Select(t => t.Name).ToList();

        Assert.That(exported, Is.Unique);
        Assert.That(exported.Intersect(RegisterTables.NotExported.Keys), Is.Empty, "a table is either exported or left out");
        Assert.That(RegisterTables.NotExported.Values, Has.All.Not.Empty);
        Assert.That(exported.Concat(RegisterTables.NotExported.Keys), Is.EquivalentTo(sqlite),
            "every table of the migrated schema, and only those, is in RegisterTables.Exported or RegisterTables.NotExported");
        Assert.That(SqlServerSchema.Select(c => c.Table).Distinct(), Is.SubsetOf(exported.Concat(RegisterTables.NotExported.Keys)));
        Assert.That(exported, Is.SubsetOf(SqlServerSchema.Select(c => c.Table).Distinct()), "an exported table exists on both engines");
    }

    [Test]
    public async Task The_tables_whose_ids_the_database_issues_are_the_identity_tables()
    {
        await using var database = new SqliteTestDatabase();
        var autoincrement = (await SqliteTablesAsync(database)).Where(t => t.Sql.Contains("AUTOINCREMENT", StringComparison.Ordinal)).Select(t => t.Name);

        Assert.That(RegisterTables.Exported.Where(t => t.Identity).Select(t => t.Name),
            Is.EquivalentTo(autoincrement.Where(t => RegisterTables.Find(t) is not null)));
    }

    [Test]
    public void Every_statement_of_the_export_and_the_import_parses_as_tsql()
    {
        var statements = new List<(string Name, string Sql)>();
        foreach (var table in RegisterTables.Exported)
        {
            var columns = SqlServerSchema.Where(c => c.Table == table.Name).Select(c => new RegisterColumn(c.Column, TypeOf(c.Family))).ToList();
            statements.Add(($"select {table.Name}", RegisterStatements.Select(table, columns)));
            statements.Add(($"insert one {table.Name}", RegisterStatements.Insert(table.Name, columns, 1)));
            statements.Add(($"insert many {table.Name}", RegisterStatements.Insert(table.Name, columns, RegisterStatements.RowsPerInsert(columns.Count, DatabaseProvider.SqlServer))));
            statements.Add(($"has rows {table.Name}", RegisterStatements.HasRows(table.Name)));
            statements.Add(($"delete {table.Name}", RegisterStatements.DeleteAll(table.Name)));
            if (table.Identity) statements.Add(($"identity {table.Name}", TableCatalog.IdentityInsert(table.Name, on: true)));
        }

        Assert.Multiple(() =>
        {
            foreach (var (name, sql) in statements) Assert.That(TSql.Errors(sql), Is.Empty, $"{name}: {sql}");
        });
        Assert.That(statements.Where(s => s.Name.StartsWith("insert many", StringComparison.Ordinal)).Select(s => s.Sql.Count(c => c == '@')),
            Has.All.LessThanOrEqualTo(2_100), "SQL Server takes at most 2,100 parameters");
    }

    [Test]
    public void A_name_that_is_not_an_identifier_never_reaches_the_sql()
    {
        Assert.Throws<ArgumentException>(() => RegisterStatements.Quote("activities; DROP TABLE audit_log"));
        Assert.Throws<ArgumentException>(() => RegisterStatements.Quote("\"activities\""));
    }

    private static ColumnType TypeOf(string family) => family switch
    {
        "integer" => ColumnType.Integer,
        "boolean" => ColumnType.Boolean,
        "text" => ColumnType.Text,
        "datetime" => ColumnType.DateTime,
        "date" => ColumnType.Date,
        "blob" => ColumnType.Binary,
        _ => throw new AssertionException($"The register file carries no {family} column."),
    };
}
