using System.Globalization;
using System.Text;

namespace Register.Api.Infrastructure.Database;

/// <summary>
/// Case-insensitive search that behaves the same on both engines. SQLite's <c>lower()</c>/<c>NOCASE</c> fold
/// only ASCII, and SQL Server's result depends on the column collation; so the application folds text
/// itself: each searchable row keeps a <c>search_text</c> column written through <see cref="Fold"/>, and
/// a query term goes through the same function and into <c>search_text LIKE @Pattern ESCAPE '\'</c>.
/// Folding is Unicode lower-casing (Cyrillic included) plus ё → е, which Russian readers treat as one letter.
/// </summary>
public static class SearchText
{
    public static string Fold(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part)) continue;
            if (builder.Length > 0) builder.Append('\n');
            builder.Append(part.ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е'));
        }
        return builder.ToString();
    }

    /// <summary>A LIKE pattern that finds <paramref name="term"/> anywhere, with LIKE's wildcards escaped.</summary>
    public static string ContainsPattern(string term) => $"%{EscapeLike(Fold(term.Trim()))}%";

    /// <summary>Text matched literally by <c>LIKE ... ESCAPE '\'</c>: its wildcards (and SQL Server's <c>[</c>) escaped.</summary>
    public static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_").Replace("[", @"\[");
}
