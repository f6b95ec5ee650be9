namespace Register.Tests.Infrastructure;

/// <summary>Checks of SQLite's trigram index over activities' search text (migration 0006).</summary>
public static class SearchIndexChecks
{
    /// <summary>
    /// FTS5 compares an external-content index with its table row by row (rank 1) and fails with "database disk image
    /// is malformed" when an entry's indexed text is not the text the row holds.
    /// </summary>
    public const string IntegrityCheckSqlite = "INSERT INTO activities_search (activities_search, rank) VALUES ('integrity-check', 1)";
}
