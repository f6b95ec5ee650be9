-- The internal-control journals the Regulation keeps around the register: subjects' requests (Law 99-З ст. 10-14) and
-- breaches of the protection of personal data (ст. 16 п. 1), with the working-day calendar their deadlines are counted on.
-- The requester's details are the most sensitive data the register holds: after their retention the register
-- depersonalises them (depersonalised_at records when), and the audit trail never holds them.

-- A year of the working-day calendar as the officer keeps it (holidays and the government's transfers of working days).
-- A year with no row is computed from the standard holidays and is not confirmed.
CREATE TABLE dbo.calendar_years (
    year                               INT NOT NULL,
    holidays                           NVARCHAR(MAX) NOT NULL,
    transferred_days_off               NVARCHAR(MAX) NOT NULL,
    transferred_working_days           NVARCHAR(MAX) NOT NULL,
    confirmed                          BIT NOT NULL,
    source                             NVARCHAR(2000) NULL,
    version                            INT NOT NULL,
    updated_at                         DATETIME2 NOT NULL,
    updated_by                         NVARCHAR(200) NULL,
    CONSTRAINT pk_calendar_years PRIMARY KEY (year)
);
GO

-- The journals' numbers, "2026-0012": the next number of a journal in a year.
CREATE TABLE dbo.journal_numbers (
    journal                            NVARCHAR(40) NOT NULL,
    year                               INT NOT NULL,
    last_number                        INT NOT NULL,
    CONSTRAINT pk_journal_numbers PRIMARY KEY (journal, year)
);
GO

CREATE TABLE dbo.subject_requests (
    id                                 INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_subject_requests PRIMARY KEY,
    number                             NVARCHAR(20) NOT NULL,
    kind                               NVARCHAR(40) NOT NULL,
    received_on                        DATE NOT NULL,
    form                               NVARCHAR(40) NOT NULL,
    requester_full_name                NVARCHAR(300) NULL,
    requester_address                  NVARCHAR(1000) NULL,
    requester_birth_date               DATE NULL,
    requester_identification_number    NVARCHAR(100) NULL,
    requester_is_representative        BIT NOT NULL,
    requester_subject_full_name        NVARCHAR(300) NULL,
    summary                            NVARCHAR(4000) NULL,
    status                             NVARCHAR(40) NOT NULL,
    answer_on                          DATE NULL,
    answer_form                        NVARCHAR(40) NULL,
    answer_outcome                     NVARCHAR(4000) NULL,
    answer_refusal_reason              NVARCHAR(4000) NULL,
    repeat_in_calendar_year            BIT NOT NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    depersonalised_at                  DATETIME2 NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    created_by                         NVARCHAR(200) NULL,
    updated_at                         DATETIME2 NOT NULL,
    updated_by                         NVARCHAR(200) NULL,
    CONSTRAINT uq_subject_requests_number UNIQUE (number)
);
GO
CREATE INDEX ix_subject_requests_received_on ON dbo.subject_requests (received_on);
GO
CREATE INDEX ix_subject_requests_status ON dbo.subject_requests (status);
GO

CREATE TABLE dbo.subject_request_departments (
    request_id                         INT NOT NULL,
    department_code                    NVARCHAR(64) NOT NULL,
    CONSTRAINT pk_subject_request_departments PRIMARY KEY (request_id, department_code),
    CONSTRAINT fk_subject_request_departments_request FOREIGN KEY (request_id) REFERENCES dbo.subject_requests (id),
    CONSTRAINT fk_subject_request_departments_department FOREIGN KEY (department_code) REFERENCES dbo.departments (code)
);
GO
CREATE INDEX ix_subject_request_departments_department_code ON dbo.subject_request_departments (department_code);
GO

-- Entries are named by id, with no foreign key: a request concerns an entry even after the entry is deleted (its history stays).
CREATE TABLE dbo.subject_request_activities (
    request_id                         INT NOT NULL,
    activity_id                        INT NOT NULL,
    CONSTRAINT pk_subject_request_activities PRIMARY KEY (request_id, activity_id),
    CONSTRAINT fk_subject_request_activities_request FOREIGN KEY (request_id) REFERENCES dbo.subject_requests (id)
);
GO

CREATE TABLE dbo.breaches (
    id                                 INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_breaches PRIMARY KEY,
    number                             NVARCHAR(20) NOT NULL,
    detected_at                        DATETIME2 NOT NULL,
    occurred_at                        DATETIME2 NULL,
    kind                               NVARCHAR(40) NOT NULL,
    description                        NVARCHAR(4000) NULL,
    subjects_affected                  INT NULL,
    notification_required              BIT NOT NULL,
    exemption_reason                   NVARCHAR(2000) NULL,
    npdpc_notified_at                  DATETIME2 NULL,
    npdpc_reference                    NVARCHAR(300) NULL,
    subjects_notified_at               DATETIME2 NULL,
    consequences                       NVARCHAR(4000) NULL,
    measures_taken                     NVARCHAR(4000) NULL,
    measures_planned                   NVARCHAR(4000) NULL,
    status                             NVARCHAR(40) NOT NULL,
    search_text                        NVARCHAR(MAX) NOT NULL,
    depersonalised_at                  DATETIME2 NULL,
    version                            INT NOT NULL,
    created_at                         DATETIME2 NOT NULL,
    created_by                         NVARCHAR(200) NULL,
    updated_at                         DATETIME2 NOT NULL,
    updated_by                         NVARCHAR(200) NULL,
    CONSTRAINT uq_breaches_number UNIQUE (number)
);
GO
CREATE INDEX ix_breaches_detected_at ON dbo.breaches (detected_at);
GO

-- What a breach touched, a row per link: its kind (department, information-system, activity, data-category,
-- subject-category) and the code (an entry's id as text). A catalog entry a breach names cannot be deleted (the catalogs'
-- delete checks this table); an entry can, as for requests.
CREATE TABLE dbo.breach_links (
    breach_id                          INT NOT NULL,
    link                               NVARCHAR(40) NOT NULL,
    code                               NVARCHAR(64) NOT NULL,
    ordinal                            INT NOT NULL,
    CONSTRAINT pk_breach_links PRIMARY KEY (breach_id, link, code),
    CONSTRAINT fk_breach_links_breach FOREIGN KEY (breach_id) REFERENCES dbo.breaches (id)
);
GO
CREATE INDEX ix_breach_links_link_code ON dbo.breach_links (link, code);
GO
