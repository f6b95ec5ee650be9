-- Departments: the operator's structural units. Codes are the catalog's identity (contract: ^[a-z0-9][a-z0-9.-]{0,63}$).
CREATE TABLE dbo.departments (
    code            NVARCHAR(64)   NOT NULL CONSTRAINT pk_departments PRIMARY KEY,
    name            NVARCHAR(500)  NOT NULL,
    parent_code     NVARCHAR(64)   NULL CONSTRAINT fk_departments_parent REFERENCES dbo.departments (code),
    head_full_name  NVARCHAR(300)  NULL,
    head_position   NVARCHAR(300)  NULL,
    head_email      NVARCHAR(320)  NULL,
    head_phone      NVARCHAR(50)   NULL,
    search_text     NVARCHAR(1000) NOT NULL,
    version         INT            NOT NULL,
    created_at      DATETIME2      NOT NULL,
    updated_at      DATETIME2      NOT NULL
);
GO
CREATE INDEX ix_departments_parent_code ON dbo.departments (parent_code);
GO
