-- Reports kept as evidence: the exact bytes the report endpoint wrote, with their SHA-256, who made them, when and
-- why. Append-only like the audit trail: the trigger below refuses UPDATE and DELETE in the database itself.
-- The department is named by code with no foreign key: a snapshot keeps saying what it said after the department goes.
CREATE TABLE dbo.report_snapshots (
    id               INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_report_snapshots PRIMARY KEY,
    report           NVARCHAR(64)   NOT NULL,
    format           NVARCHAR(16)   NOT NULL,
    lang             NVARCHAR(8)    NOT NULL,
    department_code  NVARCHAR(64)   NULL,
    as_of            DATE           NULL,
    file_name        NVARCHAR(260)  NOT NULL,
    content_type     NVARCHAR(200)  NOT NULL,
    sha256           NVARCHAR(64)   NOT NULL,
    size             BIGINT         NOT NULL,
    content          VARBINARY(MAX) NOT NULL,
    note             NVARCHAR(2000) NULL,
    created_at       DATETIME2      NOT NULL,
    created_by       NVARCHAR(200)  NULL
);
GO
CREATE INDEX ix_report_snapshots_report ON dbo.report_snapshots (report);
GO
CREATE TRIGGER dbo.trg_report_snapshots_append_only ON dbo.report_snapshots
INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 51002, 'report_snapshots is append-only: rows cannot be updated or deleted.', 1;
END;
GO
