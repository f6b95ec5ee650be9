using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Register.Api.Infrastructure.Database;

public sealed class SqlServerDialect() : SqlDialect(new()
{
    ["{{paging}}"] = "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY",
    ["{{output-id}}"] = "OUTPUT INSERTED.id",
    ["{{returning-id}}"] = "",
})
{
    private const int UniqueIndexViolation = 2601;
    private const int UniqueConstraintViolation = 2627;
    private const int ReferenceConstraintViolation = 547;
    private const int DeadlockVictim = 1205;

    public static readonly SqlServerDialect Instance = new();

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    // Full-text search is word-based (word breakers, whole words and prefixes): it cannot find "наблюд" inside
    // "видеонаблюдение", so it would change what a search matches. Substring search stays the LIKE scan.
    public override bool HasTrigramIndex => false;

    // READ COMMITTED is enough to make If-Match atomic: every versioned write is
    // "UPDATE ... WHERE id = @Id AND version = @ExpectedVersion", and SQL Server takes the row's update lock before
    // it tests the predicate, so of two writers holding the same ETag the second waits for the first to commit,
    // then finds the version moved on (0 rows: 412). A higher level would only hold more shared locks, and more
    // shared locks mean more deadlocks between writers of different entries.
    public override DbTransaction BeginWrite(DbConnection connection) =>
        connection.BeginTransaction(IsolationLevel.ReadCommitted);

    // REPEATABLE READ keeps the rows a read has seen from changing until it ends. Writers update the activity
    // row before its link rows, so a writer waits for the reader rather than deadlocking with it.
    public override DbTransaction BeginRead(DbConnection connection) =>
        connection.BeginTransaction(IsolationLevel.RepeatableRead);

    // REPEATABLE READ would let a writer add rows the read has not reached or has passed (an entry's new version without the
    // entry). SERIALIZABLE holds every range read until the end, so the read is one point in the order of writes: a writer
    // touching what it has read waits for it (or, crossing it, one of the two is a deadlock victim). SNAPSHOT would not block
    // writers, but needs ALLOW_SNAPSHOT_ISOLATION on the database, which a migration cannot set (not in a transaction).
    public override DbTransaction BeginWholeRead(DbConnection connection) =>
        connection.BeginTransaction(IsolationLevel.Serializable);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqlException { Number: UniqueIndexViolation or UniqueConstraintViolation };

    public override bool IsForeignKeyViolation(DbException exception) =>
        exception is SqlException { Number: ReferenceConstraintViolation };

    public override bool IsDeadlock(DbException exception) => exception is SqlException { Number: DeadlockVictim };
}
