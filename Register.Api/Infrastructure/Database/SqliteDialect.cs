using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Register.Api.Infrastructure.Database;

public sealed class SqliteDialect() : SqlDialect(new()
{
    ["{{paging}}"] = "LIMIT @Take OFFSET @Skip",
    ["{{output-id}}"] = "",
    ["{{returning-id}}"] = "RETURNING id",
})
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintForeignKey = 787;

    public static readonly SqliteDialect Instance = new();

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override bool HasTrigramIndex => true;

    // BEGIN IMMEDIATE: a write takes the database's write lock at once, so two writers queue on the
    // busy timeout instead of both reading and then failing to upgrade (SQLITE_BUSY mid-transaction).
    public override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    // A deferred transaction in WAL mode reads one snapshot from its first SELECT to its end, without blocking writers.
    public override DbTransaction BeginRead(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: true);

    // The same snapshot: WAL lets writers go on meanwhile, and the read never sees them.
    public override DbTransaction BeginWholeRead(DbConnection connection) => BeginRead(connection);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } e
        && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    public override bool IsForeignKeyViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintForeignKey };

    // One writer at a time (BEGIN IMMEDIATE) cannot deadlock; a lock held too long is SQLITE_BUSY, a 503.
    public override bool IsDeadlock(DbException exception) => false;
}
