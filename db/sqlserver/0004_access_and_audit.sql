-- API keys: only a SHA-256 hash of the secret is kept; the prefix is a public handle that finds the row.
CREATE TABLE dbo.api_keys (
    id          INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_api_keys PRIMARY KEY,
    name        NVARCHAR(200) NOT NULL,
    role        NVARCHAR(40)  NOT NULL,
    key_prefix  NVARCHAR(32)  NOT NULL,
    key_hash    NVARCHAR(128) NOT NULL,
    created_at  DATETIME2     NOT NULL,
    created_by  NVARCHAR(200) NULL,
    revoked_at  DATETIME2     NULL,
    CONSTRAINT uq_api_keys_key_prefix UNIQUE (key_prefix)
);
GO
-- The departments a department head's key is bound to.
CREATE TABLE dbo.api_key_departments (
    key_id           INT          NOT NULL,
    department_code  NVARCHAR(64) NOT NULL,
    CONSTRAINT pk_api_key_departments PRIMARY KEY (key_id, department_code),
    CONSTRAINT fk_api_key_departments_key_id FOREIGN KEY (key_id) REFERENCES dbo.api_keys (id),
    CONSTRAINT fk_api_key_departments_department_code FOREIGN KEY (department_code) REFERENCES dbo.departments (code)
);
GO
CREATE INDEX ix_api_key_departments_department_code ON dbo.api_key_departments (department_code);
GO
-- Who changed what and when, with the state before and after (the API's JSON). Append-only: the triggers
-- below refuse UPDATE and DELETE in the database itself, whoever connects.
CREATE TABLE dbo.audit_log (
    id           INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_audit_log PRIMARY KEY,
    occurred_at  DATETIME2     NOT NULL,
    actor        NVARCHAR(200) NULL,
    entity       NVARCHAR(64)  NOT NULL,
    entity_key   NVARCHAR(64)  NOT NULL,
    action       NVARCHAR(40)  NOT NULL,
    before_state NVARCHAR(MAX) NULL,
    after_state  NVARCHAR(MAX) NULL
);
GO
CREATE INDEX ix_audit_log_entity ON dbo.audit_log (entity, entity_key);
GO
CREATE INDEX ix_audit_log_occurred_at ON dbo.audit_log (occurred_at);
GO
CREATE TRIGGER dbo.trg_audit_log_append_only ON dbo.audit_log
INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 51000, 'audit_log is append-only: rows cannot be updated or deleted.', 1;
END;
GO
-- The versions of activities are history as well: appended by every save, never changed.
CREATE TRIGGER dbo.trg_activity_versions_append_only ON dbo.activity_versions
INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 51001, 'activity_versions is append-only: rows cannot be updated or deleted.', 1;
END;
GO
