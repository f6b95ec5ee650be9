using System.Data.Common;
using Dapper;

namespace Register.Api.Infrastructure.Database;

/// <summary>
/// The application's only way to the database: opens a connection, renders the dialect tokens and
/// runs Dapper. Reads use <see cref="ReadAsync{T}"/>; anything that writes uses <see cref="WriteAsync{T}"/>,
/// which runs in one transaction and commits only when the work returns.
/// </summary>
public sealed class Db(IConnectionFactory connections, ISqlDialect dialect)
{
    private const int Attempts = 3;
    private static readonly TimeSpan WriterQueueTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// SQLite has one writer per database file. Writers of this process queue here, asynchronously and in
    /// arrival order, rather than each blocking a thread-pool thread inside SQLite's busy handler: under a burst
    /// of 50 writers those blocked threads starved the pool, the lock holder finished late, and unlucky writers
    /// gave up after the busy timeout with "database is locked" (503). The busy timeout still orders this
    /// process against others on the same file (the keys and backup commands). SQL Server locks rows: no queue.
    /// </summary>
    private readonly SemaphoreSlim? _writers = dialect.Provider == DatabaseProvider.Sqlite ? new(1, 1) : null;

    public ISqlDialect Dialect => dialect;

    public Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken) =>
        RetryDeadlocksAsync(async () =>
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var transaction = dialect.BeginRead(connection);
            var result = await work(new DbSession(connection, transaction, dialect, cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);

    public async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_writers is null) return await RetryDeadlocksAsync(() => WriteOnceAsync(work, cancellationToken), cancellationToken);
        if (!await _writers.WaitAsync(WriterQueueTimeout, cancellationToken))
        {
            // SQLITE_BUSY: the problem handler answers 503 with Retry-After, as for a lock held by another process.
            throw new Microsoft.Data.Sqlite.SqliteException("Too many writes are waiting for the database.", 5);
        }
        try
        {
            return await WriteOnceAsync(work, cancellationToken);
        }
        finally
        {
            _writers.Release();
        }
    }

    private async Task<T> WriteOnceAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = dialect.BeginWrite(connection);
        var result = await work(new DbSession(connection, transaction, dialect, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// SQL Server picks a deadlock victim and rolls its transaction back whole (e.g. a writer computing a system's
    /// figures over rows another writer holds, while that one waits for its rows). Nothing of it was saved, so the
    /// unit of work runs again, a bounded number of times, rather than answering 500.
    /// </summary>
    private async Task<T> RetryDeadlocksAsync<T>(Func<Task<T>> unitOfWork, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await unitOfWork();
            }
            catch (DbException exception) when (attempt < Attempts && dialect.IsDeadlock(exception))
            {
                await Task.Delay(Random.Shared.Next(10, 50 * attempt), cancellationToken);
            }
        }
    }
}

/// <summary>One connection (and, for writes, its transaction). Every statement goes through the dialect.</summary>
public sealed class DbSession(DbConnection connection, DbTransaction? transaction, ISqlDialect dialect, CancellationToken cancellationToken)
{
    public ISqlDialect Dialect => dialect;

    private CommandDefinition Command(string sql, object? parameters) =>
        new(dialect.Render(sql), parameters, transaction, cancellationToken: cancellationToken);

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        connection.QueryAsync<T>(Command(sql, parameters));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters));

    public Task<T> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        connection.ExecuteScalarAsync<T>(Command(sql, parameters))!;

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        connection.ExecuteAsync(Command(sql, parameters));
}
