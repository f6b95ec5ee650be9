-- The internal-control journals the Regulation keeps around the register: subjects' requests (Law 99-З ст. 10-14) and
-- breaches of the protection of personal data (ст. 16 п. 1), with the working-day calendar their deadlines are counted on.
-- The requester's details are the most sensitive data the register holds: after their retention the register
-- depersonalises them (depersonalised_at records when), and the audit trail never holds them.

-- A year of the working-day calendar as the officer keeps it (holidays and the government's transfers of working days).
-- A year with no row is computed from the standard holidays and is not confirmed.
CREATE TABLE calendar_years (
    year                               INTEGER NOT NULL,
    holidays                           TEXT NOT NULL,
    transferred_days_off               TEXT NOT NULL,
    transferred_working_days           TEXT NOT NULL,
    confirmed                          BOOLEAN NOT NULL,
    source                             TEXT NULL,
    version                            INTEGER NOT NULL,
    updated_at                         DATETIME NOT NULL,
    updated_by                         TEXT NULL,
    CONSTRAINT pk_calendar_years PRIMARY KEY (year)
);

-- The journals' numbers, "2026-0012": the next number of a journal in a year.
CREATE TABLE journal_numbers (
    journal                            TEXT NOT NULL,
    year                               INTEGER NOT NULL,
    last_number                        INTEGER NOT NULL,
    CONSTRAINT pk_journal_numbers PRIMARY KEY (journal, year)
);

CREATE TABLE subject_requests (
    id                                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    number                             TEXT NOT NULL,
    kind                               TEXT NOT NULL,
    received_on                        DATE NOT NULL,
    form                               TEXT NOT NULL,
    requester_full_name                TEXT NULL,
    requester_address                  TEXT NULL,
    requester_birth_date               DATE NULL,
    requester_identification_number    TEXT NULL,
    requester_is_representative        BOOLEAN NOT NULL,
    requester_subject_full_name        TEXT NULL,
    summary                            TEXT NULL,
    status                             TEXT NOT NULL,
    answer_on                          DATE NULL,
    answer_form                        TEXT NULL,
    answer_outcome                     TEXT NULL,
    answer_refusal_reason              TEXT NULL,
    repeat_in_calendar_year            BOOLEAN NOT NULL,
    search_text                        TEXT NOT NULL,
    depersonalised_at                  DATETIME NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    created_by                         TEXT NULL,
    updated_at                         DATETIME NOT NULL,
    updated_by                         TEXT NULL,
    CONSTRAINT uq_subject_requests_number UNIQUE (number)
);
CREATE INDEX ix_subject_requests_received_on ON subject_requests (received_on);
CREATE INDEX ix_subject_requests_status ON subject_requests (status);

CREATE TABLE subject_request_departments (
    request_id                         INTEGER NOT NULL,
    department_code                    TEXT NOT NULL,
    CONSTRAINT pk_subject_request_departments PRIMARY KEY (request_id, department_code),
    CONSTRAINT fk_subject_request_departments_request FOREIGN KEY (request_id) REFERENCES subject_requests (id),
    CONSTRAINT fk_subject_request_departments_department FOREIGN KEY (department_code) REFERENCES departments (code)
);
CREATE INDEX ix_subject_request_departments_department_code ON subject_request_departments (department_code);

-- Entries are named by id, with no foreign key: a request concerns an entry even after the entry is deleted (its history stays).
CREATE TABLE subject_request_activities (
    request_id                         INTEGER NOT NULL,
    activity_id                        INTEGER NOT NULL,
    CONSTRAINT pk_subject_request_activities PRIMARY KEY (request_id, activity_id),
    CONSTRAINT fk_subject_request_activities_request FOREIGN KEY (request_id) REFERENCES subject_requests (id)
);

CREATE TABLE breaches (
    id                                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    number                             TEXT NOT NULL,
    detected_at                        DATETIME NOT NULL,
    occurred_at                        DATETIME NULL,
    kind                               TEXT NOT NULL,
    description                        TEXT NULL,
    subjects_affected                  INTEGER NULL,
    notification_required              BOOLEAN NOT NULL,
    exemption_reason                   TEXT NULL,
    npdpc_notified_at                  DATETIME NULL,
    npdpc_reference                    TEXT NULL,
    subjects_notified_at               DATETIME NULL,
    consequences                       TEXT NULL,
    measures_taken                     TEXT NULL,
    measures_planned                   TEXT NULL,
    status                             TEXT NOT NULL,
    search_text                        TEXT NOT NULL,
    depersonalised_at                  DATETIME NULL,
    version                            INTEGER NOT NULL,
    created_at                         DATETIME NOT NULL,
    created_by                         TEXT NULL,
    updated_at                         DATETIME NOT NULL,
    updated_by                         TEXT NULL,
    CONSTRAINT uq_breaches_number UNIQUE (number)
);
CREATE INDEX ix_breaches_detected_at ON breaches (detected_at);

-- What a breach touched, a row per link: its kind (department, information-system, activity, data-category,
-- subject-category) and the code (an entry's id as text). A catalog entry a breach names cannot be deleted (the catalogs'
-- delete checks this table); an entry can, as for requests.
CREATE TABLE breach_links (
    breach_id                          INTEGER NOT NULL,
    link                               TEXT NOT NULL,
    code                               TEXT NOT NULL,
    ordinal                            INTEGER NOT NULL,
    CONSTRAINT pk_breach_links PRIMARY KEY (breach_id, link, code),
    CONSTRAINT fk_breach_links_breach FOREIGN KEY (breach_id) REFERENCES breaches (id)
);
CREATE INDEX ix_breach_links_link_code ON breach_links (link, code);
