-- Reports kept as evidence: the exact bytes the report endpoint wrote, with their SHA-256, who made them, when and
-- why. Append-only like the audit trail: the triggers below refuse UPDATE and DELETE in the database itself.
-- The department is named by code with no foreign key: a snapshot keeps saying what it said after the department goes.
CREATE TABLE report_snapshots (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    report           TEXT     NOT NULL,
    format           TEXT     NOT NULL,
    lang             TEXT     NOT NULL,
    department_code  TEXT     NULL,
    as_of            DATE     NULL,
    file_name        TEXT     NOT NULL,
    content_type     TEXT     NOT NULL,
    sha256           TEXT     NOT NULL,
    size             BIGINT   NOT NULL,
    content          BLOB     NOT NULL,
    note             TEXT     NULL,
    created_at       DATETIME NOT NULL,
    created_by       TEXT     NULL
);
CREATE INDEX ix_report_snapshots_report ON report_snapshots (report);
CREATE TRIGGER trg_report_snapshots_no_update BEFORE UPDATE ON report_snapshots
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots is append-only: rows cannot be updated or deleted.');
END;
CREATE TRIGGER trg_report_snapshots_no_delete BEFORE DELETE ON report_snapshots
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots is append-only: rows cannot be updated or deleted.');
END;
