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

    // Dapper sends a DateTime as DbType.DateTime, which SqlClient binds as SQL Server's DATETIME: rounded to 1/300 s
    // before it reaches a DATETIME2 column, so a version saved at 23:59:59.999 would land on the next day and out of
    // its asOf report. DateTime2 keeps every tick; SQLite writes both the same way (ISO text).
    static Db()
    {
        SqlMapper.AddTypeMap(typeof(DateTime), System.Data.DbType.DateTime2);
        SqlMapper.AddTypeMap(typeof(DateTime?), System.Data.DbType.DateTime2);
    }

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

    /// <summary>
    /// A read of the whole database that streams out what it reads (the register's export): it sees one state of every table
    /// from its first statement to its end, and it is never run again, since what it has written out cannot be taken back.
    /// </summary>
    public async Task ReadWholeAsync(Func<DbSession, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = dialect.BeginWholeRead(connection);
        await work(new DbSession(connection, transaction, dialect, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One read statement on its own, with no transaction around it: a single statement sees one state of the
    /// database by itself, and the BEGIN and COMMIT would cost more than the statement (it runs on every request).
    /// </summary>
    public Task<T> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        RetryDeadlocksAsync(async () =>
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            return await new DbSession(connection, null, dialect, cancellationToken).ExecuteScalarAsync<T>(sql, parameters);
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

    /// <summary>
    /// Runs the work as <see cref="WriteAsync{T}"/> would, then rolls it all back: what a write would do, with nothing
    /// kept (a dry run goes through the very writes it predicts). It queues with the writers like a write.
    /// </summary>
    public async Task<T> RehearseAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken) =>
        (await WriteAsync(async session => new Rehearsed<T>(await work(session)), cancellationToken)).Value;

    private async Task<T> WriteOnceAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = dialect.BeginWrite(connection);
        var session = new DbSession(connection, transaction, dialect, cancellationToken) { IsWrite = true };
        // First, so that writers serialise on the row (SQL Server) and the number read inside is exactly one past
        // the last committed one.
        await session.ExecuteAsync(AdvanceChangeNumberSql);
        var result = await work(session);
        // A rehearsal ends here: disposing the transaction rolls it back, and nothing runs before or after a commit.
        if (result is IRehearsed) return result;
        await session.CommitAsync(transaction);
        return result;
    }

    private interface IRehearsed;

    private sealed record Rehearsed<T>(T Value) : IRehearsed;

    /// <summary>Every write transaction advances the register's change number (see <see cref="NumbersSql"/>).</summary>
    public const string AdvanceChangeNumberSql = "UPDATE register_changes SET change_number = change_number + 1 WHERE id = 1";

    /// <summary>
    /// The register's change numbers as a session sees them (<see cref="RegisterNumbers"/>): what a process computed
    /// from the register at one number still holds while the number is the same, in this process and in any other
    /// sharing the database.
    /// </summary>
    public const string NumbersSql = "SELECT change_number AS Change, catalog_number AS Catalog FROM register_changes WHERE id = 1";

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
    private List<Func<Task>>? _beforeCommit;
    private RegisterNumbers? _numbers;
    private List<Action>? _afterCommit;

    public ISqlDialect Dialect => dialect;

    /// <summary>The request's cancellation, which every statement of this session observes.</summary>
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Which database this session is on, for state a process keeps per database (several hosts may share one process).</summary>
    public string DatabaseKey => connection.ConnectionString;

    /// <summary>True inside <see cref="Db.WriteAsync{T}"/>: the session may hold changes that are not committed yet.</summary>
    public bool IsWrite { get; init; }

    /// <summary>
    /// The register's change numbers as this session sees them. A read sees one state of the database throughout
    /// (SQLite's snapshot, SQL Server's repeatable read), so it reads them once; a write moves them itself (every
    /// write the change number, catalog writes the catalogs' number), so it reads them every time.
    /// </summary>
    public async Task<RegisterNumbers> NumbersAsync()
    {
        if (!IsWrite && _numbers is { } known) return known;
        var numbers = await connection.QuerySingleAsync<RegisterNumbers>(Command(Db.NumbersSql, null));
        if (!IsWrite) _numbers = numbers;
        return numbers;
    }

    /// <summary>Runs inside the write transaction once the unit of work has returned, just before the commit.</summary>
    public void BeforeCommit(Func<Task> work) => (_beforeCommit ??= []).Add(work);

    /// <summary>Runs once the write transaction has committed (never when it rolls back).</summary>
    public void AfterCommit(Action work) => (_afterCommit ??= []).Add(work);

    internal async Task CommitAsync(DbTransaction writeTransaction)
    {
        foreach (var work in _beforeCommit ?? []) await work();
        await writeTransaction.CommitAsync(cancellationToken);
        foreach (var work in _afterCommit ?? []) work();
    }

    private int _savepoints;

    /// <summary>
    /// Runs the work inside a savepoint of the write transaction: when it throws, what it wrote is undone and the
    /// transaction goes on without it (one row of an import refused, the others still tried).
    /// </summary>
    public async Task<T> SavepointAsync<T>(Func<Task<T>> work)
    {
        if (transaction is null) throw new InvalidOperationException("A savepoint needs a write transaction.");
        var name = $"sp{++_savepoints}";
        await transaction.SaveAsync(name, cancellationToken);
        try
        {
            return await work();
        }
        catch
        {
            await transaction.RollbackAsync(name, cancellationToken);
            throw;
        }
    }

    private CommandDefinition Command(string sql, object? parameters) =>
        new(dialect.Render(sql), parameters, transaction, cancellationToken: cancellationToken);

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        connection.QueryAsync<T>(Command(sql, parameters));

    /// <summary>Rows one at a time as they are read, for results too large to hold at once; finish before the next statement.</summary>
    public async IAsyncEnumerable<T> QueryUnbufferedAsync<T>(string sql, object? parameters = null)
    {
        await foreach (var row in connection.QueryUnbufferedAsync<T>(dialect.Render(sql), parameters, transaction).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>
    /// One statement's rows as a reader, column by column as they stream (the export reads every table so); dispose it
    /// before the next statement. No command timeout: a whole table of a large register streams for longer than a request's
    /// statement may take.
    /// </summary>
    public async Task<DbDataReader> ReaderAsync(string sql) =>
        await connection.ExecuteReaderAsync(
            new CommandDefinition(dialect.Render(sql), null, transaction, commandTimeout: 0, cancellationToken: cancellationToken),
            System.Data.CommandBehavior.SequentialAccess);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters));

    public Task<T> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        connection.ExecuteScalarAsync<T>(Command(sql, parameters))!;

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        connection.ExecuteAsync(Command(sql, parameters));

    /// <summary>A list page: the total matching rows (<paramref name="countSql"/>) and this page's rows (<paramref name="pageSql"/>).</summary>
    public async Task<(int Total, IReadOnlyList<T> Rows)> PageAsync<T>(string countSql, string pageSql, object parameters) =>
        (await ExecuteScalarAsync<int>(countSql, parameters), (await QueryAsync<T>(pageSql, parameters)).ToList());
}

/// <summary>
/// The register's change numbers (migrations 0005 and 0007): <see cref="Change"/> advances with every write
/// transaction, <see cref="Catalog"/> with every change to the catalogs the law's rules read about an entry's links.
/// </summary>
public sealed record RegisterNumbers(long Change, long Catalog);
