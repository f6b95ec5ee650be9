-- The register's change number: every write transaction advances it (Db.WriteAsync), so a process can tell from
-- one row whether what it computed from the register (each information system's users, for rule 11) still holds.
CREATE TABLE dbo.register_changes (
    id             INT    NOT NULL,
    change_number  BIGINT NOT NULL,
    CONSTRAINT pk_register_changes PRIMARY KEY (id)
);
GO
INSERT INTO dbo.register_changes (id, change_number) VALUES (1, 0);
GO
-- Lists filter on a department or a status and page in code order: the index serves both, with no sort.
CREATE INDEX ix_activities_department_code_code ON dbo.activities (department_code, code);
GO
DROP INDEX ix_activities_department_code ON dbo.activities;
GO
CREATE INDEX ix_activities_status_code ON dbo.activities (status, code);
GO
DROP INDEX ix_activities_status ON dbo.activities;
GO
-- A system's users are read by system code; with the activity id in the index the table is not visited.
CREATE INDEX ix_activity_information_systems_system_code_activity_id ON dbo.activity_information_systems (system_code, activity_id);
GO
DROP INDEX ix_activity_information_systems_system_code ON dbo.activity_information_systems;
GO
