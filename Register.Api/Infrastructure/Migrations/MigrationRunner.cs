using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Engine;
using DbUp.Sqlite.Helpers;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Infrastructure.Migrations;

/// <summary>
/// Applies the embedded scripts with DbUp, in name order, all pending scripts in one transaction: a failing script leaves
/// the database as it was. DbUp lacks two guarantees the register keeps, added here: an applied script whose text has
/// changed stops start-up naming it (the journal keeps each script's checksum, see <see cref="ChecksumJournal"/>), and
/// instances starting together run one after the other. On SQLite the run's transaction is an immediate one (the
/// database's write lock, taken before the journal is read); on SQL Server the run holds an application lock.
/// </summary>
public sealed partial class MigrationRunner(IConnectionFactory connections, DatabaseProvider provider, ILogger<MigrationRunner> logger)
{
    public const string JournalTable = ChecksumJournal.Table;
    public const string JournalNamesSql = $"SELECT script_name FROM {JournalTable}";
    public const string JournalInsertSql = ChecksumJournal.InsertSql;

    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateAsync(MigrationScript.For(provider), cancellationToken);

    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForMigrationAsync(cancellationToken);
        var checksums = scripts.ToDictionary(s => s.Name, s => s.Checksum, StringComparer.Ordinal);
        var dbUpScripts = scripts.Select(s => new SqlScript(s.Name, s.Text));

        DatabaseUpgradeResult result;
        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL is a property of the database file: set once, it holds for every later connection. It cannot change
            // inside a transaction, so before the run's.
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
            result = Upgrade(DeployChanges.To.SqliteDatabase(new SharedConnection(connection)), dbUpScripts, checksums, ChecksumJournal.CreateSqlite);
        }
        else
        {
            await using var applicationLock = await SqlServerMigrationLock.AcquireAsync(connection, cancellationToken);
            result = Upgrade(DeployChanges.To.SqlDatabase(connection.ConnectionString), dbUpScripts, checksums, ChecksumJournal.CreateSqlServer);
        }

        if (!result.Successful)
        {
            throw result.Error as MigrationException ?? new MigrationException(
                $"Migration script '{result.ErrorScript?.Name}' failed and the upgrade was rolled back: {result.Error?.Message}", result.Error);
        }
        var applied = result.Scripts.Select(s => s.Name).ToList();
        foreach (var name in applied) LogApplied(logger, name);
        return applied;
    }

    private DatabaseUpgradeResult Upgrade(
        DbUp.Builder.UpgradeEngineBuilder builder, IEnumerable<SqlScript> scripts, IReadOnlyDictionary<string, string> checksums, string createJournalSql) =>
        builder
            .WithScripts(scripts)
            .JournalTo((connectionManager, _) => new ChecksumJournal(connectionManager, checksums, createJournalSql))
            // One transaction for the run: begun before the journal is read, so on SQLite it is also the lock.
            .WithTransaction()
            // Scripts are plain SQL: a '$' in one is text, not a DbUp variable.
            .WithVariablesDisabled()
            .LogTo(logger)
            .Build()
            .PerformUpgrade();

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

/// <summary>
/// SQL Server: instances starting together take turns on an exclusive application lock, held by the session for the
/// whole run (DbUp's transaction alone would not stop a second instance reading the journal before the first commits).
/// </summary>
internal sealed class SqlServerMigrationLock : IAsyncDisposable
{
    private const string LockName = "register-migrations";

    public const string GetAppLockSql =
        "DECLARE @result INT; EXEC @result = sp_getapplock @Resource = @Name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 120000; SELECT @result;";

    public const string ReleaseAppLockSql = "EXEC sp_releaseapplock @Resource = @Name, @LockOwner = 'Session';";

    private readonly DbConnection _connection;

    private SqlServerMigrationLock(DbConnection connection) => _connection = connection;

    public static async Task<SqlServerMigrationLock> AcquireAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var result = await connection.ExecuteScalarAsync<int>(new CommandDefinition(GetAppLockSql, new { Name = LockName }, cancellationToken: cancellationToken));
        if (result < 0) throw new MigrationException($"Could not take the migration lock (sp_getapplock returned {result}).");
        return new SqlServerMigrationLock(connection);
    }

    public async ValueTask DisposeAsync() => await _connection.ExecuteAsync(ReleaseAppLockSql, new { Name = LockName });
}
