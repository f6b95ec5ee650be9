-- API keys: only a SHA-256 hash of the secret is kept; the prefix is a public handle that finds the row.
CREATE TABLE api_keys (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name        TEXT     NOT NULL,
    role        TEXT     NOT NULL,
    key_prefix  TEXT     NOT NULL,
    key_hash    TEXT     NOT NULL,
    created_at  DATETIME NOT NULL,
    created_by  TEXT     NULL,
    revoked_at  DATETIME NULL,
    CONSTRAINT uq_api_keys_key_prefix UNIQUE (key_prefix)
);
-- The departments a department head's key is bound to.
CREATE TABLE api_key_departments (
    key_id           INTEGER NOT NULL,
    department_code  TEXT    NOT NULL,
    CONSTRAINT pk_api_key_departments PRIMARY KEY (key_id, department_code),
    CONSTRAINT fk_api_key_departments_key_id FOREIGN KEY (key_id) REFERENCES api_keys (id),
    CONSTRAINT fk_api_key_departments_department_code FOREIGN KEY (department_code) REFERENCES departments (code)
);
CREATE INDEX ix_api_key_departments_department_code ON api_key_departments (department_code);
-- Who changed what and when, with the state before and after (the API's JSON). Append-only: the triggers
-- below refuse UPDATE and DELETE in the database itself, whoever connects.
CREATE TABLE audit_log (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    occurred_at  DATETIME NOT NULL,
    actor        TEXT     NULL,
    entity       TEXT     NOT NULL,
    entity_key   TEXT     NOT NULL,
    action       TEXT     NOT NULL,
    before_state TEXT     NULL,
    after_state  TEXT     NULL
);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_key);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at);
CREATE TRIGGER trg_audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated or deleted.');
END;
CREATE TRIGGER trg_audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated or deleted.');
END;
-- The versions of activities are history as well: appended by every save, never changed.
CREATE TRIGGER trg_activity_versions_no_update BEFORE UPDATE ON activity_versions
BEGIN
    SELECT RAISE(ABORT, 'activity_versions is append-only: rows cannot be updated or deleted.');
END;
CREATE TRIGGER trg_activity_versions_no_delete BEFORE DELETE ON activity_versions
BEGIN
    SELECT RAISE(ABORT, 'activity_versions is append-only: rows cannot be updated or deleted.');
END;
