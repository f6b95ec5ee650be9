-- Which reference entries (legal bases, countries, actions, measures shipped with the application) have been
-- seeded into this database. An entry is seeded once: an officer's later edit is never overwritten, and an
-- entry the officer deleted is not brought back on the next start.
CREATE TABLE dbo.reference_entries (
    catalog    NVARCHAR(64) NOT NULL,
    code       NVARCHAR(64) NOT NULL,
    seeded_at  DATETIME2    NOT NULL,
    CONSTRAINT pk_reference_entries PRIMARY KEY (catalog, code)
);
GO
