-- The register: every catalog of the contract, the operator, processing activities and their versions.

-- Categories of data subjects (Regulation ch. 5): employees, applicants, students, visitors...
CREATE TABLE subject_categories (
    code                               TEXT NOT NULL,
    name_ru                            TEXT NOT NULL,
    name_be                            TEXT NULL,
    name_en                            TEXT NULL,
    description                        TEXT NULL,
    may_include_minors                 BOOLEAN NOT NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_subject_categories PRIMARY KEY (code)
);

-- Categories of personal data, each in one NPDPC category (Order No. 12): public, other, special, biometric-genetic.
CREATE TABLE data_categories (
    code                               TEXT NOT NULL,
    name_ru                            TEXT NOT NULL,
    name_be                            TEXT NULL,
    name_en                            TEXT NULL,
    group_name                         TEXT NULL,
    npdpc_category                     TEXT NOT NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_data_categories PRIMARY KEY (code)
);

-- Legal bases: consent (Art. 5), Art. 6, Art. 8 p.2, Art. 9 p.1 cross-border exceptions.
CREATE TABLE legal_bases (
    code                               TEXT NOT NULL,
    name_ru                            TEXT NOT NULL,
    name_be                            TEXT NULL,
    name_en                            TEXT NULL,
    kind                               TEXT NOT NULL,
    citation                           TEXT NULL,
    law                                TEXT NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_legal_bases PRIMARY KEY (code)
);

-- ISO 3166-1 countries with adequacy per NPDPC Order No. 14 (as amended by No. 114).
CREATE TABLE countries (
    code                               TEXT NOT NULL,
    name_ru                            TEXT NOT NULL,
    name_be                            TEXT NULL,
    name_en                            TEXT NULL,
    adequate_protection                BOOLEAN NOT NULL,
    source                             TEXT NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_countries PRIMARY KEY (code)
);

-- Actions with personal data (Art. 1).
CREATE TABLE processing_actions (
    code                               TEXT NOT NULL,
    name_ru                            TEXT NOT NULL,
    name_be                            TEXT NULL,
    name_en                            TEXT NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_processing_actions PRIMARY KEY (code)
);

-- Protection measures (Art. 17): organisational, technical, cryptographic (with the means named).
CREATE TABLE protection_measures (
    code                               TEXT NOT NULL,
    name_ru                            TEXT NOT NULL,
    name_be                            TEXT NULL,
    name_en                            TEXT NULL,
    kind                               TEXT NOT NULL,
    crypto_means                       TEXT NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_protection_measures PRIMARY KEY (code)
);

-- Recipients: third parties, authorized persons (Art. 7 processors, with contract terms), state bodies.
CREATE TABLE recipients (
    code                               TEXT NOT NULL,
    name                               TEXT NOT NULL,
    kind                               TEXT NOT NULL,
    country_code                       TEXT NULL,
    contract_number                    TEXT NULL,
    contract_date                      DATE NULL,
    contract_purposes                  TEXT NULL,
    contract_confidentiality           BOOLEAN NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_recipients PRIMARY KEY (code),
    CONSTRAINT fk_recipients_country_code FOREIGN KEY (country_code) REFERENCES countries (code)
);
CREATE INDEX ix_recipients_country_code ON recipients (country_code);

CREATE TABLE recipient_contract_actions (
    recipient_code                     TEXT NOT NULL,
    action_code                        TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_recipient_contract_actions PRIMARY KEY (recipient_code, action_code),
    CONSTRAINT fk_recipient_contract_actions_recipient_code FOREIGN KEY (recipient_code) REFERENCES recipients (code),
    CONSTRAINT fk_recipient_contract_actions_action_code FOREIGN KEY (action_code) REFERENCES processing_actions (code)
);
CREATE INDEX ix_recipient_contract_actions_action_code ON recipient_contract_actions (action_code);

CREATE TABLE recipient_contract_measures (
    recipient_code                     TEXT NOT NULL,
    measure_code                       TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_recipient_contract_measures PRIMARY KEY (recipient_code, measure_code),
    CONSTRAINT fk_recipient_contract_measures_recipient_code FOREIGN KEY (recipient_code) REFERENCES recipients (code),
    CONSTRAINT fk_recipient_contract_measures_measure_code FOREIGN KEY (measure_code) REFERENCES protection_measures (code)
);
CREATE INDEX ix_recipient_contract_measures_measure_code ON recipient_contract_measures (measure_code);

-- Information resources (systems) where the data lives: electronic or paper.
CREATE TABLE information_systems (
    code                               TEXT NOT NULL,
    name                               TEXT NOT NULL,
    kind                               TEXT NOT NULL,
    connected_to_public_network        BOOLEAN NOT NULL,
    owner_department_code              TEXT NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_information_systems PRIMARY KEY (code),
    CONSTRAINT fk_information_systems_owner_department_code FOREIGN KEY (owner_department_code) REFERENCES departments (code)
);
CREATE INDEX ix_information_systems_owner_department_code ON information_systems (owner_department_code);

-- The operator (a single row, id 1) and the person responsible for organising processing.
CREATE TABLE operator (
    id                                 INTEGER NOT NULL,
    name                               TEXT NOT NULL,
    address                            TEXT NULL,
    unp                                TEXT NULL,
    responsible_full_name              TEXT NULL,
    responsible_position               TEXT NULL,
    responsible_phone                  TEXT NULL,
    responsible_email                  TEXT NULL,
    responsible_postal_address         TEXT NULL,
    version                            INTEGER NOT NULL,
    updated_at                         DATETIME NOT NULL,
    CONSTRAINT pk_operator PRIMARY KEY (id)
);

CREATE TABLE operator_branches (
    ordinal                            INTEGER NOT NULL,
    name                               TEXT NOT NULL,
    address                            TEXT NULL,
    responsible_full_name              TEXT NULL,
    responsible_position               TEXT NULL,
    responsible_phone                  TEXT NULL,
    responsible_email                  TEXT NULL,
    responsible_postal_address         TEXT NULL,
    CONSTRAINT pk_operator_branches PRIMARY KEY (ordinal)
);

-- Processing activities: the register entries. The NPDPC category and cross-border flag are computed on read, never stored,
-- so a change to a data category or a country can never leave them stale.
CREATE TABLE activities (
    id                                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    code                               TEXT NOT NULL,
    title                              TEXT NOT NULL,
    description                        TEXT NULL,
    department_code                    TEXT NULL,
    status                             TEXT NOT NULL,
    retention_kind                     TEXT NULL,
    retention_period                   TEXT NULL,
    retention_event                    TEXT NULL,
    retention_reference                TEXT NULL,
    storage_form                       TEXT NULL,
    processing_method                  TEXT NULL,
    data_source                        TEXT NULL,
    start_date                         DATE NULL,
    termination_condition              TEXT NULL,
    estimated_subjects                 INTEGER NULL,
    includes_minors_under16            BOOLEAN NOT NULL,
    review_due_date                    DATE NULL,
    last_approved_on                   DATE NULL,
    search_text                        TEXT NOT NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    created_by                         TEXT NULL,
    updated_at                         DATETIME NOT NULL,
    updated_by                         TEXT NULL,
    CONSTRAINT uq_activities_code UNIQUE (code),
    CONSTRAINT fk_activities_department_code FOREIGN KEY (department_code) REFERENCES departments (code)
);
CREATE INDEX ix_activities_department_code ON activities (department_code);
CREATE INDEX ix_activities_status ON activities (status);

CREATE TABLE activity_subject_categories (
    activity_id                        INTEGER NOT NULL,
    subject_category_code              TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_activity_subject_categories PRIMARY KEY (activity_id, subject_category_code),
    CONSTRAINT fk_activity_subject_categories_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id),
    CONSTRAINT fk_activity_subject_categories_subject_category_code FOREIGN KEY (subject_category_code) REFERENCES subject_categories (code)
);
CREATE INDEX ix_activity_subject_categories_subject_category_code ON activity_subject_categories (subject_category_code);

CREATE TABLE activity_data_categories (
    activity_id                        INTEGER NOT NULL,
    data_category_code                 TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    retention_kind                     TEXT NULL,
    retention_period                   TEXT NULL,
    retention_event                    TEXT NULL,
    retention_reference                TEXT NULL,
    CONSTRAINT pk_activity_data_categories PRIMARY KEY (activity_id, data_category_code),
    CONSTRAINT fk_activity_data_categories_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id),
    CONSTRAINT fk_activity_data_categories_data_category_code FOREIGN KEY (data_category_code) REFERENCES data_categories (code)
);
CREATE INDEX ix_activity_data_categories_data_category_code ON activity_data_categories (data_category_code);

CREATE TABLE activity_purposes (
    activity_id                        INTEGER NOT NULL,
    ordinal                            INTEGER NOT NULL,
    text                               TEXT NOT NULL,
    legal_reference                    TEXT NULL,
    CONSTRAINT pk_activity_purposes PRIMARY KEY (activity_id, ordinal),
    CONSTRAINT fk_activity_purposes_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id)
);

CREATE TABLE activity_purpose_bases (
    activity_id                        INTEGER NOT NULL,
    purpose_ordinal                    INTEGER NOT NULL,
    legal_basis_code                   TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_activity_purpose_bases PRIMARY KEY (activity_id, purpose_ordinal, legal_basis_code),
    CONSTRAINT fk_activity_purpose_bases_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id),
    CONSTRAINT fk_activity_purpose_bases_legal_basis_code FOREIGN KEY (legal_basis_code) REFERENCES legal_bases (code)
);
CREATE INDEX ix_activity_purpose_bases_legal_basis_code ON activity_purpose_bases (legal_basis_code);

CREATE TABLE activity_recipients (
    activity_id                        INTEGER NOT NULL,
    ordinal                            INTEGER NOT NULL,
    recipient_code                     TEXT NOT NULL,
    transfer_country_code              TEXT NULL,
    transfer_legal_basis_code          TEXT NULL,
    CONSTRAINT pk_activity_recipients PRIMARY KEY (activity_id, ordinal),
    CONSTRAINT fk_activity_recipients_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id),
    CONSTRAINT fk_activity_recipients_recipient_code FOREIGN KEY (recipient_code) REFERENCES recipients (code),
    CONSTRAINT fk_activity_recipients_transfer_country_code FOREIGN KEY (transfer_country_code) REFERENCES countries (code),
    CONSTRAINT fk_activity_recipients_transfer_legal_basis_code FOREIGN KEY (transfer_legal_basis_code) REFERENCES legal_bases (code)
);
CREATE INDEX ix_activity_recipients_recipient_code ON activity_recipients (recipient_code);
CREATE INDEX ix_activity_recipients_transfer_country_code ON activity_recipients (transfer_country_code);
CREATE INDEX ix_activity_recipients_transfer_legal_basis_code ON activity_recipients (transfer_legal_basis_code);

CREATE TABLE activity_information_systems (
    activity_id                        INTEGER NOT NULL,
    system_code                        TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_activity_information_systems PRIMARY KEY (activity_id, system_code),
    CONSTRAINT fk_activity_information_systems_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id),
    CONSTRAINT fk_activity_information_systems_system_code FOREIGN KEY (system_code) REFERENCES information_systems (code)
);
CREATE INDEX ix_activity_information_systems_system_code ON activity_information_systems (system_code);

CREATE TABLE activity_actions (
    activity_id                        INTEGER NOT NULL,
    action_code                        TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_activity_actions PRIMARY KEY (activity_id, action_code),
    CONSTRAINT fk_activity_actions_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id),
    CONSTRAINT fk_activity_actions_action_code FOREIGN KEY (action_code) REFERENCES processing_actions (code)
);
CREATE INDEX ix_activity_actions_action_code ON activity_actions (action_code);

CREATE TABLE activity_protection_measures (
    activity_id                        INTEGER NOT NULL,
    measure_code                       TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_activity_protection_measures PRIMARY KEY (activity_id, measure_code),
    CONSTRAINT fk_activity_protection_measures_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id),
    CONSTRAINT fk_activity_protection_measures_measure_code FOREIGN KEY (measure_code) REFERENCES protection_measures (code)
);
CREATE INDEX ix_activity_protection_measures_measure_code ON activity_protection_measures (measure_code);

CREATE TABLE activity_access_positions (
    activity_id                        INTEGER NOT NULL,
    ordinal                            INTEGER NOT NULL,
    position                           TEXT NOT NULL,
    CONSTRAINT pk_activity_access_positions PRIMARY KEY (activity_id, ordinal),
    CONSTRAINT fk_activity_access_positions_activity_id FOREIGN KEY (activity_id) REFERENCES activities (id)
);

-- Every saved state of every activity, as the JSON document the API returned; kept after a delete (a tombstone version).
-- No foreign key to activities: history outlives the entry.
CREATE TABLE activity_versions (
    activity_id                        INTEGER NOT NULL,
    version                            INTEGER NOT NULL,
    code                               TEXT NOT NULL,
    status                             TEXT NOT NULL,
    department_code                    TEXT NULL,
    deleted                            BOOLEAN NOT NULL,
    saved_at                           DATETIME NOT NULL,
    saved_by                           TEXT NULL,
    document                           TEXT NOT NULL,
    CONSTRAINT pk_activity_versions PRIMARY KEY (activity_id, version)
);
CREATE INDEX ix_activity_versions_saved_at ON activity_versions (saved_at);
