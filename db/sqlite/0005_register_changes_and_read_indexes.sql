-- The register's change number: every write transaction advances it (Db.WriteAsync), so a process can tell from
-- one row whether what it computed from the register (each information system's users, for rule 11) still holds.
CREATE TABLE register_changes (
    id             INTEGER NOT NULL,
    change_number  INTEGER NOT NULL,
    CONSTRAINT pk_register_changes PRIMARY KEY (id)
);
INSERT INTO register_changes (id, change_number) VALUES (1, 0);

-- Lists filter on a department or a status and page in code order: the index serves both, with no sort.
CREATE INDEX ix_activities_department_code_code ON activities (department_code, code);
DROP INDEX ix_activities_department_code;
CREATE INDEX ix_activities_status_code ON activities (status, code);
DROP INDEX ix_activities_status;

-- A system's users are read by system code; with the activity id in the index the table is not visited.
CREATE INDEX ix_activity_information_systems_system_code_activity_id ON activity_information_systems (system_code, activity_id);
DROP INDEX ix_activity_information_systems_system_code;
