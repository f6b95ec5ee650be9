-- Which reference entries (legal bases, countries, actions, measures shipped with the application) have been
-- seeded into this database. An entry is seeded once: an officer's later edit is never overwritten, and an
-- entry the officer deleted is not brought back on the next start.
CREATE TABLE reference_entries (
    catalog    TEXT     NOT NULL,
    code       TEXT     NOT NULL,
    seeded_at  DATETIME NOT NULL,
    CONSTRAINT pk_reference_entries PRIMARY KEY (catalog, code)
);
