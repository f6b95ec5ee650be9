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

    public static readonly SqlServerDialect Instance = new();

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override DbTransaction BeginWrite(DbConnection connection) =>
        connection.BeginTransaction(IsolationLevel.ReadCommitted);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqlException { Number: UniqueIndexViolation or UniqueConstraintViolation };

    public override bool IsForeignKeyViolation(DbException exception) =>
        exception is SqlException { Number: ReferenceConstraintViolation };
}
