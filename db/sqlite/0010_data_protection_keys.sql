-- The keys that protect the web interface's session cookies and antiforgery tokens (ASP.NET Core Data Protection),
-- kept in the register's database so that every instance behind a load balancer reads one key ring and accepts the
-- others' cookies. Each row is one key's XML as Data Protection writes it; rows are only ever added.
CREATE TABLE data_protection_keys (
    id            INTEGER  NOT NULL PRIMARY KEY AUTOINCREMENT,
    friendly_name TEXT     NOT NULL,
    xml           TEXT     NOT NULL,
    created_at    DATETIME NOT NULL,
    CONSTRAINT uq_data_protection_keys_friendly_name UNIQUE (friendly_name)
);
