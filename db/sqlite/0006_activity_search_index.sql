-- Substring search of the register (GET /api/activities?q=) by an index. A LIKE '%term%' on search_text reads every
-- entry: 3 s at 100,000 of them. A trigram index holds every run of three characters of search_text, so a term of
-- three or more characters finds its candidate entries without reading the others; the query still applies the exact
-- LIKE to those candidates (ListActivities), so what matches is what the LIKE alone matched.
--
-- External content: the index reads the text from activities.search_text (rowid = activities.id) and keeps no copy.
-- case_sensitive 0: search_text is already folded in C# (SearchText.Fold), and folding here as well makes the index
-- find a superset of what the ASCII-case-insensitive LIKE finds, whatever a row holds.
CREATE VIRTUAL TABLE activities_search USING fts5(
    search_text,
    content = 'activities',
    content_rowid = 'id',
    tokenize = 'trigram case_sensitive 0'
);

-- The index follows every write of activities in the same transaction: an external-content index is told what to
-- remove with the values it indexed (the old row), and the triggers are the only writers, so those always agree.
CREATE TRIGGER activities_search_after_insert AFTER INSERT ON activities BEGIN
    INSERT INTO activities_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER activities_search_after_delete AFTER DELETE ON activities BEGIN
    INSERT INTO activities_search (activities_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER activities_search_after_update AFTER UPDATE OF id, search_text ON activities BEGIN
    INSERT INTO activities_search (activities_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO activities_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

-- The entries written before this script.
INSERT INTO activities_search (activities_search) VALUES ('rebuild');
