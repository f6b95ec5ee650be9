-- The catalogs' change number. It advances with any change to the catalog facts the law's rules read about an
-- entry's links: a data category's NPDPC category, a legal basis's kind, a country's adequacy, a recipient's kind
-- and contract, a system's kind and network connection. A process keeps those facts in memory while the number
-- holds, instead of reading them for every entry it assesses. Triggers advance it, not the application, so that no
-- writer (another process, a script, a future endpoint) can change a fact and leave the number behind. Any change
-- to those tables counts (names too): catalog edits are rare, and an advance that changed no fact costs one re-read.
ALTER TABLE register_changes ADD COLUMN catalog_number INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER trg_data_categories_insert_catalog_number AFTER INSERT ON data_categories
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_data_categories_update_catalog_number AFTER UPDATE ON data_categories
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_data_categories_delete_catalog_number AFTER DELETE ON data_categories
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_legal_bases_insert_catalog_number AFTER INSERT ON legal_bases
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_legal_bases_update_catalog_number AFTER UPDATE ON legal_bases
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_legal_bases_delete_catalog_number AFTER DELETE ON legal_bases
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_countries_insert_catalog_number AFTER INSERT ON countries
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_countries_update_catalog_number AFTER UPDATE ON countries
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_countries_delete_catalog_number AFTER DELETE ON countries
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipients_insert_catalog_number AFTER INSERT ON recipients
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipients_update_catalog_number AFTER UPDATE ON recipients
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipients_delete_catalog_number AFTER DELETE ON recipients
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipient_contract_actions_insert_catalog_number AFTER INSERT ON recipient_contract_actions
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipient_contract_actions_update_catalog_number AFTER UPDATE ON recipient_contract_actions
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipient_contract_actions_delete_catalog_number AFTER DELETE ON recipient_contract_actions
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipient_contract_measures_insert_catalog_number AFTER INSERT ON recipient_contract_measures
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipient_contract_measures_update_catalog_number AFTER UPDATE ON recipient_contract_measures
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_recipient_contract_measures_delete_catalog_number AFTER DELETE ON recipient_contract_measures
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_information_systems_insert_catalog_number AFTER INSERT ON information_systems
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_information_systems_update_catalog_number AFTER UPDATE ON information_systems
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
CREATE TRIGGER trg_information_systems_delete_catalog_number AFTER DELETE ON information_systems
BEGIN
    UPDATE register_changes SET catalog_number = catalog_number + 1 WHERE id = 1;
END;
