using System.Data;
using DbUp.Engine;
using DbUp.Engine.Transactions;

namespace Register.Api.Infrastructure.Migrations;

/// <summary>
/// DbUp's journal in the register's <c>schema_journal</c> table (the one every database since the first release has), with
/// each script's checksum: DbUp's own journal keeps only names, so it would not notice an applied script being edited.
/// Reading the journal checks every applied script against the embedded one and stops the run naming the first that
/// changed. DbUp reads it inside the run's transaction, so what it checks is what the run then relies on.
/// </summary>
public sealed class ChecksumJournal(Func<IConnectionManager> connectionManager, IReadOnlyDictionary<string, string> checksums, string createTableSql)
    : IJournal
{
    public const string Table = "schema_journal";

    public const string CreateSqlite =
        $"CREATE TABLE IF NOT EXISTS {Table} (script_name TEXT NOT NULL PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);";

    public const string CreateSqlServer =
        $"IF OBJECT_ID(N'dbo.{Table}', N'U') IS NULL " +
        $"CREATE TABLE dbo.{Table} (script_name NVARCHAR(255) NOT NULL PRIMARY KEY, checksum NVARCHAR(64) NOT NULL, applied_at DATETIME2 NOT NULL);";

    public const string EntriesSql = $"SELECT script_name, checksum FROM {Table}";

    public const string InsertSql = $"INSERT INTO {Table} (script_name, checksum, applied_at) VALUES (@Name, @Checksum, @AppliedAt)";

    public string[] GetExecutedScripts() =>
        connectionManager().ExecuteCommandsWithManagedConnection(command =>
        {
            EnsureTableExistsAndIsLatestVersion(command);
            var applied = new List<string>();
            using var select = command();
            select.CommandText = EntriesSql;
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var (name, journaled) = (reader.GetString(0), reader.GetString(1));
                if (checksums.TryGetValue(name, out var current) && !string.Equals(journaled, current, StringComparison.OrdinalIgnoreCase))
                {
                    throw new MigrationException(
                        $"Migration script '{name}' was changed after it was applied (journal checksum {journaled}, script checksum {current}). " +
                        "Scripts are append-only: restore it and add a new script instead.");
                }
                applied.Add(name);
            }
            return applied.ToArray();
        });

    public void StoreExecutedScript(SqlScript script, Func<IDbCommand> command)
    {
        using var insert = command();
        insert.CommandText = InsertSql;
        Add(insert, "Name", script.Name);
        Add(insert, "Checksum", checksums[script.Name]);
        Add(insert, "AppliedAt", DateTime.UtcNow);
        insert.ExecuteNonQuery();
    }

    public void EnsureTableExistsAndIsLatestVersion(Func<IDbCommand> command)
    {
        using var create = command();
        create.CommandText = createTableSql;
        create.ExecuteNonQuery();
    }

    private static void Add(IDbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
