using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;

namespace Register.Tests.Foundation;

/// <summary>A column as both engines can be compared: name, nullability and a family of types.</summary>
public sealed record SchemaColumn(string Table, string Column, bool Nullable, string Family)
{
    public override string ToString() => $"{Table}.{Column} {Family} {(Nullable ? "NULL" : "NOT NULL")}";
}

public static class SchemaModel
{
    /// <summary>Type families: the engines name types differently; what must agree is what a value can be.</summary>
    public static string Family(string declaredType)
    {
        var type = declaredType.Trim().ToUpperInvariant();
        var name = type.Split('(')[0].Trim();
        return name switch
        {
            "INT" or "INTEGER" or "BIGINT" or "SMALLINT" or "TINYINT" => "integer",
            "BIT" or "BOOLEAN" => "boolean",
            "NVARCHAR" or "VARCHAR" or "NCHAR" or "CHAR" or "TEXT" or "NTEXT" => "text",
            "DATETIME2" or "DATETIME" or "DATETIMEOFFSET" => "datetime",
            "DATE" => "date",
            "DECIMAL" or "NUMERIC" or "FLOAT" or "REAL" => "real",
            "VARBINARY" or "BINARY" or "BLOB" => "blob",
            _ => $"unknown:{type}",
        };
    }

    /// <summary>The columns the T-SQL scripts leave behind, applied in order (CREATE, ALTER ADD/DROP, DROP TABLE).</summary>
    public static IReadOnlyList<SchemaColumn> FromTSql(IEnumerable<MigrationScript> scripts)
    {
        var tables = new Dictionary<string, List<SchemaColumn>>(StringComparer.OrdinalIgnoreCase);
        foreach (var script in scripts)
        {
            var visitor = new SchemaVisitor(tables);
            TSql.Parse(script.Text).Accept(visitor);
        }
        return tables.Values.SelectMany(c => c).OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Tables only SQLite has, by design: the FTS5 trigram index over activities' search text (migration 0006) and the
    /// shadow tables FTS5 keeps it in. SQL Server has no counterpart: its full-text search is word-based and cannot keep
    /// substring search, so there the search stays a LIKE scan. Named one by one, so that any other table SQLite alone
    /// has is still a difference.
    /// </summary>
    public static readonly IReadOnlyList<string> SqliteOnlyTables =
        ["activities_search", "activities_search_config", "activities_search_data", "activities_search_docsize", "activities_search_idx"];

    /// <summary>
    /// The columns of a migrated SQLite database, the journal excepted (the runner owns it, not the scripts), and the
    /// <see cref="SqliteOnlyTables"/>.
    /// </summary>
    public static async Task<IReadOnlyList<SchemaColumn>> FromSqliteAsync(IConnectionFactory connections)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        var tables = (await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> @Journal",
            new { Journal = MigrationRunner.JournalTable })).Except(SqliteOnlyTables, StringComparer.Ordinal);
        var columns = new List<SchemaColumn>();
        foreach (var table in tables)
        {
            var info = await connection.QueryAsync<(long Cid, string Name, string Type, long NotNull, string? Default, long Pk)>(
                $"SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')");
            // SQLite lets a non-INTEGER primary key hold NULL unless declared NOT NULL; the scripts declare it,
            // and a primary key counts as NOT NULL on both sides.
            columns.AddRange(info.Select(c => new SchemaColumn(table, c.Name, c.NotNull == 0 && c.Pk == 0, Family(c.Type))));
        }
        return columns.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> Differences(IReadOnlyList<SchemaColumn> expected, IReadOnlyList<SchemaColumn> actual)
    {
        var differences = new List<string>();
        differences.AddRange(expected.Except(actual).Select(c => $"SQL Server has {c}; SQLite differs or lacks it"));
        differences.AddRange(actual.Except(expected).Select(c => $"SQLite has {c}; SQL Server differs or lacks it"));
        return differences;
    }

    private sealed class SchemaVisitor(Dictionary<string, List<SchemaColumn>> tables) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            var primaryKey = node.Definition.TableConstraints.OfType<UniqueConstraintDefinition>()
                .Where(c => c.IsPrimaryKey).SelectMany(c => c.Columns).Select(c => c.Column.MultiPartIdentifier.Identifiers.Last().Value)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            tables[table] = node.Definition.ColumnDefinitions.Select(c => Column(table, c, primaryKey)).ToList();
        }

        public override void Visit(AlterTableAddTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            foreach (var column in node.Definition.ColumnDefinitions) tables[table].Add(Column(table, column, new HashSet<string>()));
        }

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            foreach (var element in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
            {
                tables[table].RemoveAll(c => c.Column.Equals(element.Name.Value, StringComparison.OrdinalIgnoreCase));
            }
        }

        public override void Visit(DropTableStatement node)
        {
            foreach (var name in node.Objects) tables.Remove(name.BaseIdentifier.Value);
        }

        private static SchemaColumn Column(string table, ColumnDefinition column, IReadOnlySet<string> primaryKey)
        {
            var name = column.ColumnIdentifier.Value;
            var notNull = primaryKey.Contains(name)
                || column.IdentityOptions is not null
                || column.Constraints.OfType<NullableConstraintDefinition>().Any(c => !c.Nullable)
                || column.Constraints.OfType<UniqueConstraintDefinition>().Any(c => c.IsPrimaryKey);
            var type = column.DataType is SqlDataTypeReference sql ? sql.SqlDataTypeOption.ToString() : column.DataType?.Name.BaseIdentifier.Value ?? "";
            return new SchemaColumn(table, name, !notNull, Family(type));
        }
    }
}
