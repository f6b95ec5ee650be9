-- SQLite's 0006 gives activities' substring search (GET /api/activities?q=) a trigram index. SQL Server has no index
-- that keeps the contract: its full-text search is word-based (whole words and word prefixes through language word
-- breakers), so "наблюд" would not find "видеонаблюдение", nor "%" a literal percent sign. The search stays an exact
-- LIKE '%term%' scan of search_text here (ListActivities). The decision is recorded on the column, where whoever looks
-- for the missing index finds why; the schema's tables and columns stay as SQLite's, less the SQLite-only index.
EXEC sys.sp_addextendedproperty
    @name = N'MS_Description',
    @value = N'Activities'' folded search text (SearchText.Fold: lower case, ё as е). Substring search is LIKE ''%term%'' ESCAPE ''\'' over it: SQL Server full-text search matches words, not substrings, so it has no index here; SQLite has an FTS5 trigram index (activities_search).',
    @level0type = N'SCHEMA', @level0name = N'dbo',
    @level1type = N'TABLE',  @level1name = N'activities',
    @level2type = N'COLUMN', @level2name = N'search_text';
GO
