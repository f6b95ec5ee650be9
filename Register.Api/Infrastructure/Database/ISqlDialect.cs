using System.Data.Common;

namespace Register.Api.Infrastructure.Database;

/// <summary>
/// The few real differences between SQL Server and SQLite. SQL in the application is written once, in
/// the subset both engines accept, with a handful of tokens that a dialect renders:
/// <list type="bullet">
/// <item><c>{{paging}}</c>: after ORDER BY, takes <c>@Skip</c> and <c>@Take</c>.</item>
/// <item><c>{{output-id}}</c> (between the column list and VALUES) and <c>{{returning-id}}</c> (at the end):
/// an INSERT that returns the new <c>id</c>.</item>
/// </list>
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>
    /// True when activities' search text has a trigram index (SQLite: FTS5 <c>activities_search</c>, migration 0006)
    /// that narrows a substring search to its candidates. SQL Server has none: its full-text search finds words, not
    /// substrings, so there a search stays a LIKE scan.
    /// </summary>
    bool HasTrigramIndex { get; }

    string Render(string sql);

    /// <summary>Starts the transaction every write runs in (on SQLite it takes the write lock up front).</summary>
    DbTransaction BeginWrite(DbConnection connection);

    /// <summary>
    /// Starts the transaction a multi-statement read runs in, so an entry and its link rows come from one state
    /// even while a writer saves the next version.
    /// </summary>
    DbTransaction BeginRead(DbConnection connection);

    /// <summary>
    /// Starts the transaction of a read of every table (the export), which must see one state of all of them: no write may
    /// land between the first table read and the last.
    /// </summary>
    DbTransaction BeginWholeRead(DbConnection connection);

    /// <summary>True when the exception means "a unique key already holds this value".</summary>
    bool IsUniqueViolation(DbException exception);

    /// <summary>True when the exception means "a row still refers to the one being deleted".</summary>
    bool IsForeignKeyViolation(DbException exception);

    /// <summary>True when the engine chose this transaction as a deadlock victim and rolled it back whole.</summary>
    bool IsDeadlock(DbException exception);
}

public abstract class SqlDialect : ISqlDialect
{
    private readonly Dictionary<string, string> _tokens;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _rendered = new();

    protected SqlDialect(Dictionary<string, string> tokens) => _tokens = tokens;

    public abstract DatabaseProvider Provider { get; }
    public abstract bool HasTrigramIndex { get; }

    // SQL texts are constants, so each is rendered once and then served from the cache.
    public string Render(string sql) => _rendered.GetOrAdd(sql, RenderUncached);

    private string RenderUncached(string sql)
    {
        var text = sql;
        foreach (var (token, replacement) in _tokens) text = text.Replace(token, replacement, StringComparison.Ordinal);
        if (text.Contains("{{", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unknown SQL dialect token in: {sql}");
        }
        return text;
    }

    public abstract DbTransaction BeginWrite(DbConnection connection);
    public abstract DbTransaction BeginRead(DbConnection connection);
    public abstract DbTransaction BeginWholeRead(DbConnection connection);
    public abstract bool IsUniqueViolation(DbException exception);
    public abstract bool IsForeignKeyViolation(DbException exception);
    public abstract bool IsDeadlock(DbException exception);
}
