-- The keys that protect the web interface's session cookies and antiforgery tokens (ASP.NET Core Data Protection),
-- kept in the register's database so that every instance behind a load balancer reads one key ring and accepts the
-- others' cookies. Each row is one key's XML as Data Protection writes it; rows are only ever added.
CREATE TABLE dbo.data_protection_keys (
    id            INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_data_protection_keys PRIMARY KEY,
    friendly_name NVARCHAR(200) NOT NULL,
    xml           NVARCHAR(MAX) NOT NULL,
    created_at    DATETIME2     NOT NULL,
    CONSTRAINT uq_data_protection_keys_friendly_name UNIQUE (friendly_name)
);
GO
