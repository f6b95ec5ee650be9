namespace Register.Api.Infrastructure.Database;

/// <summary>
/// Queries for a trigram index over <c>search_text</c> (SQLite's FTS5 <c>trigram</c> tokenizer; see
/// <see cref="ISqlDialect.HasTrigramIndex"/>). The index only narrows the rows to candidates: a search still applies
/// the exact <c>search_text LIKE</c> of <see cref="SearchText.ContainsPattern"/>, so what it matches does not change.
/// </summary>
public static class TrigramSearch
{
    /// <summary>The index holds every run of three characters; a shorter term has none to look up.</summary>
    public const int MinimumLength = 3;

    /// <summary>
    /// The FTS5 query that finds every row whose folded text contains <paramref name="term"/>, or null when the folded
    /// term is too short for the index (the caller keeps the plain LIKE). The term is one phrase in double quotes with
    /// its inner quotes doubled: inside a phrase FTS5 reads nothing as syntax (no OR, NEAR, *, ^, -, column filter), so
    /// no input can make the query fail.
    /// </summary>
    public static string? Phrase(string term)
    {
        var folded = SearchText.Fold(term.Trim());
        // Characters, not UTF-16 units: the tokenizer counts code points, and "𝔘𝔫" is two of them in four units.
        if (folded.EnumerateRunes().Count() < MinimumLength) return null;
        return $"\"{folded.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
