-- Departments: the operator's structural units. Codes are the catalog's identity (contract: ^[a-z0-9][a-z0-9.-]{0,63}$).
CREATE TABLE departments (
    code            TEXT     NOT NULL PRIMARY KEY,
    name            TEXT     NOT NULL,
    parent_code     TEXT     NULL REFERENCES departments (code),
    head_full_name  TEXT     NULL,
    head_position   TEXT     NULL,
    head_email      TEXT     NULL,
    head_phone      TEXT     NULL,
    search_text     TEXT     NOT NULL,
    version         INTEGER  NOT NULL,
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL
);
CREATE INDEX ix_departments_parent_code ON departments (parent_code);
