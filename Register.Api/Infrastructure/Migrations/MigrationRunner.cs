using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Infrastructure.Migrations;

/// <summary>
/// Applies the embedded scripts in name order, each in its own transaction, and records each in the
/// journal with its checksum. An applied script whose text has changed stops start-up: scripts are
/// append-only. Several instances may start at once: they serialise on a lock (see <see cref="MigrationEngine.AcquireLockAsync"/>)
/// and re-read the journal inside it, so each script runs exactly once.
/// </summary>
public sealed partial class MigrationRunner(IConnectionFactory connections, DatabaseProvider provider, ILogger<MigrationRunner> logger)
{
    public const string JournalTable = "schema_journal";

    public const string JournalChecksumSql = $"SELECT checksum FROM {JournalTable} WHERE script_name = @Name";
    public const string JournalInsertSql = $"INSERT INTO {JournalTable} (script_name, checksum, applied_at) VALUES (@Name, @Checksum, @AppliedAt)";
    public const string JournalNamesSql = $"SELECT script_name FROM {JournalTable}";

    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateAsync(MigrationScript.For(provider), cancellationToken);

    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForMigrationAsync(cancellationToken);
        var engine = MigrationEngine.For(provider);
        await engine.PrepareAsync(connection, cancellationToken);
        await using var migrationLock = await engine.AcquireLockAsync(connection, cancellationToken);

        var applied = new List<string>();
        foreach (var script in scripts)
        {
            await using var transaction = await engine.BeginScriptTransactionAsync(connection, cancellationToken);
            var journaled = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                JournalChecksumSql, new { script.Name }, transaction,
                cancellationToken: cancellationToken));

            if (journaled is not null)
            {
                if (!string.Equals(journaled, script.Checksum, StringComparison.OrdinalIgnoreCase))
                {
                    throw new MigrationException(
                        $"Migration script '{script.Name}' was changed after it was applied (journal checksum {journaled}, " +
                        $"script checksum {script.Checksum}). Scripts are append-only: restore it and add a new script instead.");
                }
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            try
            {
                foreach (var batch in engine.SplitBatches(script.Text))
                {
                    await connection.ExecuteAsync(new CommandDefinition(batch, transaction: transaction, cancellationToken: cancellationToken));
                }
                await connection.ExecuteAsync(new CommandDefinition(
                    JournalInsertSql,
                    new { script.Name, script.Checksum, AppliedAt = DateTime.UtcNow }, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbException exception)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new MigrationException($"Migration script '{script.Name}' failed and was rolled back: {exception.Message}", exception);
            }

            LogApplied(logger, script.Name);
            applied.Add(script.Name);
        }
        return applied;
    }

    /// <summary>Names of the embedded scripts the journal does not list: empty means the schema is current.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var journal = (await connection.QueryAsync<string>(new CommandDefinition(
            JournalNamesSql, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        return MigrationScript.For(provider).Select(s => s.Name).Where(name => !journal.Contains(name)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Script}")]
    private static partial void LogApplied(ILogger logger, string script);
}

/// <summary>What differs between the engines when migrating: the journal's DDL, the lock, and batches.</summary>
internal abstract partial class MigrationEngine
{
    public static MigrationEngine For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteMigrationEngine(),
        DatabaseProvider.SqlServer => new SqlServerMigrationEngine(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public abstract Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract Task<IAsyncDisposable> AcquireLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract Task<DbTransaction> BeginScriptTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract IEnumerable<string> SplitBatches(string script);

    protected sealed class NoLock : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

internal sealed class SqliteMigrationEngine : MigrationEngine
{
    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the database file: set once, it holds for every later connection.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        await using var transaction = await BeginScriptTransactionAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"CREATE TABLE IF NOT EXISTS {MigrationRunner.JournalTable} (script_name TEXT NOT NULL PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);",
            transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    // Each script's transaction is BEGIN IMMEDIATE: it holds the write lock from the journal check to the
    // commit, so a second process waits (busy timeout) and then sees the script journaled.
    public override Task<IAsyncDisposable> AcquireLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(new NoLock());

    public override Task<DbTransaction> BeginScriptTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(SqliteDialect.Instance.BeginWrite(connection));

    public override IEnumerable<string> SplitBatches(string script) => [script];
}

internal sealed partial class SqlServerMigrationEngine : MigrationEngine
{
    private const string LockName = "register-migrations";

    public const string CreateJournalSql =
        $"IF OBJECT_ID(N'dbo.{MigrationRunner.JournalTable}', N'U') IS NULL " +
        $"CREATE TABLE dbo.{MigrationRunner.JournalTable} (script_name NVARCHAR(255) NOT NULL PRIMARY KEY, checksum NVARCHAR(64) NOT NULL, applied_at DATETIME2 NOT NULL);";

    public const string GetAppLockSql =
        "DECLARE @result INT; EXEC @result = sp_getapplock @Resource = @Name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 60000; SELECT @result;";

    public const string ReleaseAppLockSql = "EXEC sp_releaseapplock @Resource = @Name, @LockOwner = 'Session';";

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Under the application lock, so two instances never race to create the journal.
        await using var migrationLock = await AcquireLockAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateJournalSql, cancellationToken: cancellationToken));
    }

    public override async Task<IAsyncDisposable> AcquireLockAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var result = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            GetAppLockSql, new { Name = LockName }, cancellationToken: cancellationToken));
        if (result < 0) throw new MigrationException($"Could not take the migration lock (sp_getapplock returned {result}).");
        return new AppLock(connection);
    }

    public override async Task<DbTransaction> BeginScriptTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override IEnumerable<string> SplitBatches(string script) =>
        GoSeparator().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch));

    [GeneratedRegex(@"^\s*GO\s*(?:--[^\r\n]*)?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();

    private sealed class AppLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await connection.ExecuteAsync(ReleaseAppLockSql, new { Name = LockName });
    }
}
