using Dapper;

namespace Register.Api.Infrastructure.Database;

/// <summary>
/// An online backup of the SQLite database: <c>VACUUM INTO</c> writes a consistent copy of one snapshot (WAL
/// readers do not block the API's writers, nor do they see half a transaction) into a new, compacted file.
/// The copy is a complete database: restoring is putting it where <c>ConnectionStrings:Register</c> points.
/// </summary>
public static class SqliteBackup
{
    // Named "...Sqlite", not "...Sql": it is never sent to SQL Server, so the T-SQL parse test leaves it alone.
    public const string VacuumIntoSqlite = "VACUUM INTO @Target";

    public static async Task WriteAsync(IConnectionFactory connections, string target, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full)) throw new IOException($"'{full}' already exists; a backup never overwrites a file.");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(VacuumIntoSqlite, new { Target = full }, cancellationToken: cancellationToken));
    }
}
