using Register.Api.Infrastructure.Database;

namespace Register.Api.Features.DataInOut;

/// <summary>
/// What the two engines keep differently about a table: its columns as the database itself lists them (so that a column a
/// migration adds is carried without a change here), and its identity: the last id issued, and how an import keeps ids.
/// </summary>
public static class TableCatalog
{
    // Named "...Sqlite": only SQLite runs them, so the T-SQL parse test leaves them alone.
    public const string ColumnsSqlite = "SELECT name AS Name, type AS Type FROM pragma_table_info(@Table) ORDER BY cid";
    public const string LastIdSqlite = "SELECT seq FROM sqlite_sequence WHERE name = @Table";

    public const string ColumnsSql = """
        SELECT c.name AS Name, t.name AS Type
        FROM sys.columns c JOIN sys.types t ON t.user_type_id = c.user_type_id
        WHERE c.object_id = OBJECT_ID(@Table)
        ORDER BY c.column_id
        """;
    public const string LastIdSql = "SELECT CAST(last_value AS BIGINT) FROM sys.identity_columns WHERE object_id = OBJECT_ID(@Table)";

    /// <summary>SQLite: AUTOINCREMENT's last id, raised to the file's (inserting a row already raised it to the row's id).</summary>
    public const string RaiseLastIdSqlite = "UPDATE sqlite_sequence SET seq = @LastId WHERE name = @Table AND seq < @LastId";
    public const string AddLastIdSqlite =
        "INSERT INTO sqlite_sequence (name, seq) SELECT @Table, @LastId WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = @Table)";

    /// <summary>SQL Server: the identity's current value. The next id is the value + 1, or the value itself on a table that has
    /// never had a row.</summary>
    public const string ReseedSql = "DBCC CHECKIDENT (@Table, RESEED, @Seed) WITH NO_INFOMSGS";

    public static async Task<IReadOnlyList<RegisterColumn>> ColumnsAsync(DbSession session, string table)
    {
        var sql = session.Dialect.Provider == DatabaseProvider.Sqlite ? ColumnsSqlite : ColumnsSql;
        var columns = (await session.QueryAsync<(string Name, string Type)>(sql, new { Table = table }))
            .Select(c => new RegisterColumn(c.Name, TypeOf(table, c.Name, c.Type)))
            .ToList();
        return columns.Count > 0 ? columns : throw new InvalidOperationException($"The database has no table '{table}': is it migrated?");
    }

    /// <summary>The last id the table has issued (deleted rows' included), or null when it has issued none.</summary>
    public static Task<long?> LastIdAsync(DbSession session, string table) =>
        session.QuerySingleOrDefaultAsync<long?>(session.Dialect.Provider == DatabaseProvider.Sqlite ? LastIdSqlite : LastIdSql, new { Table = table });

    /// <summary>
    /// SQL Server: lets INSERTs give the identity column its values (one table of a session at a time). SQLite takes them as
    /// they come.
    /// </summary>
    public static async Task KeepIdsAsync(DbSession session, string table, bool on)
    {
        if (session.Dialect.Provider == DatabaseProvider.SqlServer) await session.ExecuteAsync(IdentityInsert(table, on));
    }

    public static string IdentityInsert(string table, bool on) => $"SET IDENTITY_INSERT {RegisterStatements.Quote(table)} {(on ? "ON" : "OFF")}";

    /// <summary>
    /// Makes the next id the table issues the one after <paramref name="lastId"/>: an id is never issued twice, not even one
    /// whose row was deleted (an entry's history outlives it, and a journal names it).
    /// </summary>
    public static async Task RestoreLastIdAsync(DbSession session, string table, long lastId, long? largestInserted)
    {
        if (lastId <= (largestInserted ?? 0)) return;
        var parameters = new { Table = table, LastId = lastId, Seed = largestInserted is null ? lastId + 1 : lastId };
        if (session.Dialect.Provider == DatabaseProvider.Sqlite)
        {
            await session.ExecuteAsync(RaiseLastIdSqlite, parameters);
            await session.ExecuteAsync(AddLastIdSqlite, parameters);
        }
        else
        {
            await session.ExecuteAsync(ReseedSql, parameters);
        }
    }

    private static ColumnType TypeOf(string table, string column, string declared) => declared.Split('(')[0].Trim().ToUpperInvariant() switch
    {
        "INT" or "INTEGER" or "BIGINT" or "SMALLINT" or "TINYINT" => ColumnType.Integer,
        "BIT" or "BOOLEAN" => ColumnType.Boolean,
        "NVARCHAR" or "VARCHAR" or "NCHAR" or "CHAR" or "TEXT" or "NTEXT" => ColumnType.Text,
        "DATETIME2" or "DATETIME" => ColumnType.DateTime,
        "DATE" => ColumnType.Date,
        "BLOB" or "VARBINARY" or "BINARY" => ColumnType.Binary,
        // A new type needs its way into and out of the file (RegisterFileWriter, RegisterFileReader) before it can be exported.
        _ => throw new InvalidOperationException($"The column {table}.{column} is of type '{declared}', which the register file does not carry."),
    };
}
