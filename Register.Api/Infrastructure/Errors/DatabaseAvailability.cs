using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Register.Api.Infrastructure.Errors;

/// <summary>Which database errors mean "the database is not there right now" (503) rather than a bug (500).</summary>
public static class DatabaseAvailability
{
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_IOERR 10, SQLITE_CORRUPT 11, SQLITE_CANTOPEN 14, SQLITE_NOTADB 26, SQLITE_READONLY 8.
    private static readonly HashSet<int> SqliteUnavailable = [5, 6, 8, 10, 11, 14, 26];

    public static bool IsUnavailable(DbException exception) => exception switch
    {
        SqliteException sqlite => SqliteUnavailable.Contains(sqlite.SqliteErrorCode),
        // Number 0 or negative: transport-level failures; -2 timeout; 4060 cannot open database; 18456 login failed.
        // Class 20 and above: fatal errors that end the connection. On Linux the managed network layer reports a
        // refused or dropped connection with SNI numbers (26, 35, 40...) rather than the Windows socket codes
        // listed, at class 20; without this an unreachable server would be a 500 there.
        SqlException sql => sql.Class >= 20 || sql.Number is <= 0 or 4060 or 18456 or 233 or 10053 or 10054 or 10060 or 10061 or 40613,
        _ => false,
    };
}
