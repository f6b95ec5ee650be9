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
    public ISqlDialect Dialect => dialect;

    public async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await work(new DbSession(connection, null, dialect, cancellationToken));
    }

    public async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = dialect.BeginWrite(connection);
        var result = await work(new DbSession(connection, transaction, dialect, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return result;
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
