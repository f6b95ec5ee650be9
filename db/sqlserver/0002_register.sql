-- The register: every catalog of the contract, the operator, processing activities and their versions.

-- Categories of data subjects (Regulation ch. 5): employees, applicants, students, visitors...
CREATE TABLE dbo.subject_categories (
    code                               NVARCHAR(64) NOT NULL,
    name_ru                            NVARCHAR(500) NOT NULL,
    name_be                            NVARCHAR(500) NULL,
    name_en                            NVARCHAR(500) NULL,
    description                        NVARCHAR(4000) NULL,
    may_include_minors                 BIT NOT NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_subject_categories PRIMARY KEY (code)
);
GO

-- Categories of personal data, each in one NPDPC category (Order No. 12): public, other, special, biometric-genetic.
CREATE TABLE dbo.data_categories (
    code                               NVARCHAR(64) NOT NULL,
    name_ru                            NVARCHAR(500) NOT NULL,
    name_be                            NVARCHAR(500) NULL,
    name_en                            NVARCHAR(500) NULL,
    group_name                         NVARCHAR(300) NULL,
    npdpc_category                     NVARCHAR(40) NOT NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_data_categories PRIMARY KEY (code)
);
GO

-- Legal bases: consent (Art. 5), Art. 6, Art. 8 p.2, Art. 9 p.1 cross-border exceptions.
CREATE TABLE dbo.legal_bases (
    code                               NVARCHAR(64) NOT NULL,
    name_ru                            NVARCHAR(500) NOT NULL,
    name_be                            NVARCHAR(500) NULL,
    name_en                            NVARCHAR(500) NULL,
    kind                               NVARCHAR(40) NOT NULL,
    citation                           NVARCHAR(300) NULL,
    law                                NVARCHAR(500) NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_legal_bases PRIMARY KEY (code)
);
GO

-- ISO 3166-1 countries with adequacy per NPDPC Order No. 14 (as amended by No. 114).
CREATE TABLE dbo.countries (
    code                               NVARCHAR(64) NOT NULL,
    name_ru                            NVARCHAR(500) NOT NULL,
    name_be                            NVARCHAR(500) NULL,
    name_en                            NVARCHAR(500) NULL,
    adequate_protection                BIT NOT NULL,
    source                             NVARCHAR(4000) NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_countries PRIMARY KEY (code)
);
GO

-- Actions with personal data (Art. 1).
CREATE TABLE dbo.processing_actions (
    code                               NVARCHAR(64) NOT NULL,
    name_ru                            NVARCHAR(500) NOT NULL,
    name_be                            NVARCHAR(500) NULL,
    name_en                            NVARCHAR(500) NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_processing_actions PRIMARY KEY (code)
);
GO

-- Protection measures (Art. 17): organisational, technical, cryptographic (with the means named).
CREATE TABLE dbo.protection_measures (
    code                               NVARCHAR(64) NOT NULL,
    name_ru                            NVARCHAR(500) NOT NULL,
    name_be                            NVARCHAR(500) NULL,
    name_en                            NVARCHAR(500) NULL,
    kind                               NVARCHAR(40) NOT NULL,
    crypto_means                       NVARCHAR(4000) NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_protection_measures PRIMARY KEY (code)
);
GO

-- Recipients: third parties, authorized persons (Art. 7 processors, with contract terms), state bodies.
CREATE TABLE dbo.recipients (
    code                               NVARCHAR(64) NOT NULL,
    name                               NVARCHAR(500) NOT NULL,
    kind                               NVARCHAR(40) NOT NULL,
    country_code                       NVARCHAR(64) NULL,
    contract_number                    NVARCHAR(300) NULL,
    contract_date                      DATE NULL,
    contract_purposes                  NVARCHAR(4000) NULL,
    contract_confidentiality           BIT NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_recipients PRIMARY KEY (code),
    CONSTRAINT fk_recipients_country_code FOREIGN KEY (country_code) REFERENCES dbo.countries (code)
);
GO
CREATE INDEX ix_recipients_country_code ON dbo.recipients (country_code);
GO

CREATE TABLE dbo.recipient_contract_actions (
    recipient_code                     NVARCHAR(64) NOT NULL,
    action_code                        NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_recipient_contract_actions PRIMARY KEY (recipient_code, action_code),
    CONSTRAINT fk_recipient_contract_actions_recipient_code FOREIGN KEY (recipient_code) REFERENCES dbo.recipients (code),
    CONSTRAINT fk_recipient_contract_actions_action_code FOREIGN KEY (action_code) REFERENCES dbo.processing_actions (code)
);
GO
CREATE INDEX ix_recipient_contract_actions_action_code ON dbo.recipient_contract_actions (action_code);
GO

CREATE TABLE dbo.recipient_contract_measures (
    recipient_code                     NVARCHAR(64) NOT NULL,
    measure_code                       NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_recipient_contract_measures PRIMARY KEY (recipient_code, measure_code),
    CONSTRAINT fk_recipient_contract_measures_recipient_code FOREIGN KEY (recipient_code) REFERENCES dbo.recipients (code),
    CONSTRAINT fk_recipient_contract_measures_measure_code FOREIGN KEY (measure_code) REFERENCES dbo.protection_measures (code)
);
GO
CREATE INDEX ix_recipient_contract_measures_measure_code ON dbo.recipient_contract_measures (measure_code);
GO

-- Information resources (systems) where the data lives: electronic or paper.
CREATE TABLE dbo.information_systems (
    code                               NVARCHAR(64) NOT NULL,
    name                               NVARCHAR(500) NOT NULL,
    kind                               NVARCHAR(40) NOT NULL,
    connected_to_public_network        BIT NOT NULL,
    owner_department_code              NVARCHAR(64) NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_information_systems PRIMARY KEY (code),
    CONSTRAINT fk_information_systems_owner_department_code FOREIGN KEY (owner_department_code) REFERENCES dbo.departments (code)
);
GO
CREATE INDEX ix_information_systems_owner_department_code ON dbo.information_systems (owner_department_code);
GO

-- The operator (a single row, id 1) and the person responsible for organising processing.
CREATE TABLE dbo.operator (
    id                                 INT NOT NULL,
    name                               NVARCHAR(500) NOT NULL,
    address                            NVARCHAR(4000) NULL,
    unp                                NVARCHAR(40) NULL,
    responsible_full_name              NVARCHAR(300) NULL,
    responsible_position               NVARCHAR(300) NULL,
    responsible_phone                  NVARCHAR(50) NULL,
    responsible_email                  NVARCHAR(320) NULL,
    responsible_postal_address         NVARCHAR(4000) NULL,
    version                            INT NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    CONSTRAINT pk_operator PRIMARY KEY (id)
);
GO

CREATE TABLE dbo.operator_branches (
    ordinal                            INT NOT NULL,
    name                               NVARCHAR(500) NOT NULL,
    address                            NVARCHAR(4000) NULL,
    responsible_full_name              NVARCHAR(300) NULL,
    responsible_position               NVARCHAR(300) NULL,
    responsible_phone                  NVARCHAR(50) NULL,
    responsible_email                  NVARCHAR(320) NULL,
    responsible_postal_address         NVARCHAR(4000) NULL,
    CONSTRAINT pk_operator_branches PRIMARY KEY (ordinal)
);
GO

-- Processing activities: the register entries. The NPDPC category and cross-border flag are computed on read, never stored,
-- so a change to a data category or a country can never leave them stale.
CREATE TABLE dbo.activities (
    id                                 INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_activities PRIMARY KEY,
    code                               NVARCHAR(64) NOT NULL,
    title                              NVARCHAR(500) NOT NULL,
    description                        NVARCHAR(MAX) NULL,
    department_code                    NVARCHAR(64) NULL,
    status                             NVARCHAR(40) NOT NULL,
    retention_kind                     NVARCHAR(40) NULL,
    retention_period                   NVARCHAR(40) NULL,
    retention_event                    NVARCHAR(4000) NULL,
    retention_reference                NVARCHAR(4000) NULL,
    storage_form                       NVARCHAR(40) NULL,
    processing_method                  NVARCHAR(40) NULL,
    data_source                        NVARCHAR(40) NULL,
    start_date                         DATE NULL,
    termination_condition              NVARCHAR(4000) NULL,
    estimated_subjects                 INT NULL,
    includes_minors_under16            BIT NOT NULL,
    review_due_date                    DATE NULL,
    last_approved_on                   DATE NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    created_by                         NVARCHAR(300) NULL,
    updated_at                         DATETIME2 NOT NULL,
    updated_by                         NVARCHAR(300) NULL,
    CONSTRAINT uq_activities_code UNIQUE (code),
    CONSTRAINT fk_activities_department_code FOREIGN KEY (department_code) REFERENCES dbo.departments (code)
);
GO
CREATE INDEX ix_activities_department_code ON dbo.activities (department_code);
GO
CREATE INDEX ix_activities_status ON dbo.activities (status);
GO

CREATE TABLE dbo.activity_subject_categories (
    activity_id                        INT NOT NULL,
    subject_category_code              NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_activity_subject_categories PRIMARY KEY (activity_id, subject_category_code),
    CONSTRAINT fk_activity_subject_categories_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id),
    CONSTRAINT fk_activity_subject_categories_subject_category_code FOREIGN KEY (subject_category_code) REFERENCES dbo.subject_categories (code)
);
GO
CREATE INDEX ix_activity_subject_categories_subject_category_code ON dbo.activity_subject_categories (subject_category_code);
GO

CREATE TABLE dbo.activity_data_categories (
    activity_id                        INT NOT NULL,
    data_category_code                 NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    retention_kind                     NVARCHAR(40) NULL,
    retention_period                   NVARCHAR(40) NULL,
    retention_event                    NVARCHAR(4000) NULL,
    retention_reference                NVARCHAR(4000) NULL,
    CONSTRAINT pk_activity_data_categories PRIMARY KEY (activity_id, data_category_code),
    CONSTRAINT fk_activity_data_categories_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id),
    CONSTRAINT fk_activity_data_categories_data_category_code FOREIGN KEY (data_category_code) REFERENCES dbo.data_categories (code)
);
GO
CREATE INDEX ix_activity_data_categories_data_category_code ON dbo.activity_data_categories (data_category_code);
GO

CREATE TABLE dbo.activity_purposes (
    activity_id                        INT NOT NULL,
    ordinal                            INT NOT NULL,
    text                               NVARCHAR(4000) NOT NULL,
    legal_reference                    NVARCHAR(4000) NULL,
    CONSTRAINT pk_activity_purposes PRIMARY KEY (activity_id, ordinal),
    CONSTRAINT fk_activity_purposes_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id)
);
GO

CREATE TABLE dbo.activity_purpose_bases (
    activity_id                        INT NOT NULL,
    purpose_ordinal                    INT NOT NULL,
    legal_basis_code                   NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_activity_purpose_bases PRIMARY KEY (activity_id, purpose_ordinal, legal_basis_code),
    CONSTRAINT fk_activity_purpose_bases_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id),
    CONSTRAINT fk_activity_purpose_bases_legal_basis_code FOREIGN KEY (legal_basis_code) REFERENCES dbo.legal_bases (code)
);
GO
CREATE INDEX ix_activity_purpose_bases_legal_basis_code ON dbo.activity_purpose_bases (legal_basis_code);
GO

CREATE TABLE dbo.activity_recipients (
    activity_id                        INT NOT NULL,
    ordinal                            INT NOT NULL,
    recipient_code                     NVARCHAR(64) NOT NULL,
    transfer_country_code              NVARCHAR(64) NULL,
    transfer_legal_basis_code          NVARCHAR(64) NULL,
    CONSTRAINT pk_activity_recipients PRIMARY KEY (activity_id, ordinal),
    CONSTRAINT fk_activity_recipients_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id),
    CONSTRAINT fk_activity_recipients_recipient_code FOREIGN KEY (recipient_code) REFERENCES dbo.recipients (code),
    CONSTRAINT fk_activity_recipients_transfer_country_code FOREIGN KEY (transfer_country_code) REFERENCES dbo.countries (code),
    CONSTRAINT fk_activity_recipients_transfer_legal_basis_code FOREIGN KEY (transfer_legal_basis_code) REFERENCES dbo.legal_bases (code)
);
GO
CREATE INDEX ix_activity_recipients_recipient_code ON dbo.activity_recipients (recipient_code);
GO
CREATE INDEX ix_activity_recipients_transfer_country_code ON dbo.activity_recipients (transfer_country_code);
GO
CREATE INDEX ix_activity_recipients_transfer_legal_basis_code ON dbo.activity_recipients (transfer_legal_basis_code);
GO

CREATE TABLE dbo.activity_information_systems (
    activity_id                        INT NOT NULL,
    system_code                        NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_activity_information_systems PRIMARY KEY (activity_id, system_code),
    CONSTRAINT fk_activity_information_systems_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id),
    CONSTRAINT fk_activity_information_systems_system_code FOREIGN KEY (system_code) REFERENCES dbo.information_systems (code)
);
GO
CREATE INDEX ix_activity_information_systems_system_code ON dbo.activity_information_systems (system_code);
GO

CREATE TABLE dbo.activity_actions (
    activity_id                        INT NOT NULL,
    action_code                        NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_activity_actions PRIMARY KEY (activity_id, action_code),
    CONSTRAINT fk_activity_actions_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id),
    CONSTRAINT fk_activity_actions_action_code FOREIGN KEY (action_code) REFERENCES dbo.processing_actions (code)
);
GO
CREATE INDEX ix_activity_actions_action_code ON dbo.activity_actions (action_code);
GO

CREATE TABLE dbo.activity_protection_measures (
    activity_id                        INT NOT NULL,
    measure_code                       NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_activity_protection_measures PRIMARY KEY (activity_id, measure_code),
    CONSTRAINT fk_activity_protection_measures_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id),
    CONSTRAINT fk_activity_protection_measures_measure_code FOREIGN KEY (measure_code) REFERENCES dbo.protection_measures (code)
);
GO
CREATE INDEX ix_activity_protection_measures_measure_code ON dbo.activity_protection_measures (measure_code);
GO

CREATE TABLE dbo.activity_access_positions (
    activity_id                        INT NOT NULL,
    ordinal                            INT NOT NULL,
    position                           NVARCHAR(300) NOT NULL,
    CONSTRAINT pk_activity_access_positions PRIMARY KEY (activity_id, ordinal),
    CONSTRAINT fk_activity_access_positions_activity_id FOREIGN KEY (activity_id) REFERENCES dbo.activities (id)
);
GO

-- Every saved state of every activity, as the JSON document the API returned; kept after a delete (a tombstone version).
-- No foreign key to activities: history outlives the entry.
CREATE TABLE dbo.activity_versions (
    activity_id                        INT NOT NULL,
    version                            INT NOT NULL,
    code                               NVARCHAR(64) NOT NULL,
    status                             NVARCHAR(40) NOT NULL,
    department_code                    NVARCHAR(64) NULL,
    deleted                            BIT NOT NULL,
    saved_at                           DATETIME2 NOT NULL,
    saved_by                           NVARCHAR(300) NULL,
    document                           NVARCHAR(MAX) NOT NULL,
    CONSTRAINT pk_activity_versions PRIMARY KEY (activity_id, version)
);
GO
CREATE INDEX ix_activity_versions_saved_at ON dbo.activity_versions (saved_at);
GO
