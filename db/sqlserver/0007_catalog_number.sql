-- The catalogs' change number. It advances with any change to the catalog facts the law's rules read about an
-- entry's links: a data category's NPDPC category, a legal basis's kind, a country's adequacy, a recipient's kind
-- and contract, a system's kind and network connection. A process keeps those facts in memory while the number
-- holds, instead of reading them for every entry it assesses. Triggers advance it, not the application, so that no
-- writer (another process, a script, a future endpoint) can change a fact and leave the number behind. Any change
-- to those tables counts (names too): catalog edits are rare, and an advance that changed no fact costs one re-read.
ALTER TABLE dbo.register_changes ADD catalog_number BIGINT NOT NULL CONSTRAINT df_register_changes_catalog_number DEFAULT 0;
GO
CREATE TRIGGER dbo.trg_data_categories_catalog_number ON dbo.data_categories
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.trg_legal_bases_catalog_number ON dbo.legal_bases
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.trg_countries_catalog_number ON dbo.countries
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.trg_recipients_catalog_number ON dbo.recipients
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.trg_recipient_contract_actions_catalog_number ON dbo.recipient_contract_actions
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.trg_recipient_contract_measures_catalog_number ON dbo.recipient_contract_measures
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.trg_information_systems_catalog_number ON dbo.information_systems
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
GO
