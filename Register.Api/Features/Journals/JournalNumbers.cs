using System.Globalization;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Features.Journals;

/// <summary>
/// A journal's numbers, as an officer writes them in a paper log: the year and the entry's place in it, "2026-0012".
/// Taken inside the write's transaction: writes take turns (SQLite has one writer; on SQL Server every write first
/// updates the register's change number), so no two entries get one number.
/// </summary>
public static class JournalNumbers
{
    public const string AdvanceSql = "UPDATE journal_numbers SET last_number = last_number + 1 WHERE journal = @Journal AND year = @Year";
    public const string StartSql = "INSERT INTO journal_numbers (journal, year, last_number) VALUES (@Journal, @Year, 1)";
    public const string LastSql = "SELECT last_number FROM journal_numbers WHERE journal = @Journal AND year = @Year";

    public static async Task<string> NextAsync(DbSession session, string journal, int year)
    {
        var key = new { Journal = journal, Year = year };
        if (await session.ExecuteAsync(AdvanceSql, key) == 0) await session.ExecuteAsync(StartSql, key);
        var number = await session.ExecuteScalarAsync<int>(LastSql, key);
        return string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{number:0000}");
    }
}
