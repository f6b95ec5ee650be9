using System.Text;
using System.Text.RegularExpressions;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Features.DataInOut;

/// <summary>
/// The SQL of the export and the import, written for each table from its name (from <see cref="RegisterTables"/>) and its
/// columns (from the database's own catalog). Identifiers are checked and quoted; values are always parameters. The same
/// text runs on both engines (what differs is in <see cref="TableCatalog"/>). The tests render every statement here for
/// every table and parse it as T-SQL.
/// </summary>
public static partial class RegisterStatements
{
    /// <summary>
    /// Parameters in one INSERT of several rows, by engine. SQLite binds each parameter by looking its name up in a linear
    /// scan, so a statement's binding grows with the square of its parameters: importing 10,000 entries took 47 s at 960 a
    /// statement, 22 s at 240 and 11-14 s from 12 to 60. SQL Server answers each statement in a round trip, so it takes as
    /// many as its limit of 2,100 allows, in whole rows.
    /// </summary>
    public static int ParametersPerInsert(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? 60 : 2_000;

    /// <summary>SQL Server's row constructor takes at most 1,000 rows.</summary>
    private const int MaxRowsPerInsert = 1_000;

    /// <summary>The rows, in the file's order: by primary key, or parents before children for a table that refers to itself.</summary>
    public static string Select(RegisterTable table, IReadOnlyList<RegisterColumn> columns)
    {
        var name = Quote(table.Name);
        var list = string.Join(", ", columns.Select(c => $"{name}.{Quote(c.Name)}"));
        if (table.Parent is not { } parent) return $"SELECT {list} FROM {name} ORDER BY {OrderBy(name, table.OrderBy)}";

        var key = Quote(table.OrderBy);
        return $"""
            WITH tree (node, depth) AS (
                SELECT {key}, 0 FROM {name} WHERE {Quote(parent)} IS NULL
                UNION ALL
                SELECT child.{key}, tree.depth + 1 FROM {name} child JOIN tree ON child.{Quote(parent)} = tree.node)
            SELECT {list} FROM {name} JOIN tree ON tree.node = {name}.{key} ORDER BY tree.depth, {name}.{key}
            """;
    }

    /// <summary>How many rows one INSERT of the table carries.</summary>
    public static int RowsPerInsert(int columns, DatabaseProvider provider) => Math.Clamp(ParametersPerInsert(provider) / columns, 1, MaxRowsPerInsert);

    /// <summary>An INSERT of <paramref name="rows"/> rows; its parameters are <see cref="Parameter"/> 0, 1, ... row by row.</summary>
    public static string Insert(string table, IReadOnlyList<RegisterColumn> columns, int rows)
    {
        var sql = new StringBuilder($"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            if (row > 0) sql.Append(", ");
            sql.Append('(');
            for (var column = 0; column < columns.Count; column++)
            {
                if (column > 0) sql.Append(", ");
                sql.Append('@').Append(Parameter(row * columns.Count + column));
            }
            sql.Append(')');
        }
        return sql.ToString();
    }

    public static string Parameter(int index) => $"p{index}";

    public static string HasRows(string table) => $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {Quote(table)}) THEN 1 ELSE 0 END";

    public static string DeleteAll(string table) => $"DELETE FROM {Quote(table)}";

    /// <summary>Identifiers come from <see cref="RegisterTables"/> and the database's catalog, never from a file; checked all the same.</summary>
    public static string Quote(string identifier) =>
        Identifier().IsMatch(identifier) ? $"\"{identifier}\"" : throw new ArgumentException($"'{identifier}' is not a table or column name of the register.");

    private static string OrderBy(string table, string columns) =>
        string.Join(", ", columns.Split(',', StringSplitOptions.TrimEntries).Select(c => $"{table}.{Quote(c)}"));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,127}$")]
    private static partial Regex Identifier();
}
