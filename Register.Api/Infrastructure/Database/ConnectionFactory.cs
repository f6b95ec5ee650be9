using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Register.Api.Infrastructure.Database;

public interface IConnectionFactory
{
    /// <summary>A connection to the existing database; fails when the database is not there.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A connection that may create the database (SQLite's file): only migrations open one.</summary>
    Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);
}

public sealed class SqliteConnectionFactory : IConnectionFactory
{
    private const int BusyTimeoutMilliseconds = 10_000;
    // Another instance migrating holds the write lock for its whole run (seconds on a large register, e.g. building an index).
    private const int MigrationBusyTimeoutMilliseconds = 300_000;
    private const int SqliteCantOpen = 14;
    private readonly string _connectionString;
    private readonly string? _filePath;

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout; keep it in step.
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        _connectionString = builder.ToString();
        _filePath = builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory
            ? Path.GetFullPath(source)
            : null;
    }

    /// <summary>
    /// Refuses to open when the database file has gone (its folder removed or moved): a pooled connection would
    /// otherwise go on writing into the vanished file, and those writes would be lost. The pool is dropped, so
    /// once the file is back the next request reconnects to it.
    /// </summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_filePath is not null && !File.Exists(_filePath))
        {
            SqliteConnection.ClearAllPools();
            throw new SqliteException($"The database file '{Path.GetFileName(_filePath)}' is not available.", SqliteCantOpen);
        }
        return OpenConnectionAsync(BusyTimeoutMilliseconds, cancellationToken);
    }

    public Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(MigrationBusyTimeoutMilliseconds, cancellationToken);

    private async Task<DbConnection> OpenConnectionAsync(int busyTimeoutMilliseconds, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // What PRAGMA busy_timeout sets, without compiling and running a statement on every open (every request
            // opens a pooled connection, often twice).
            var result = SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, busyTimeoutMilliseconds);
            if (result != SQLitePCL.raw.SQLITE_OK) throw new SqliteException("Could not set the busy timeout.", result);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

public sealed class SqlServerConnectionFactory(string connectionString) : IConnectionFactory
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
