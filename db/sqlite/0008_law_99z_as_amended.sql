-- Law 99-З as amended and as the NPDPC reads it (docs/demo-register.md §12, Register.Api/ReferenceData/README.md).
-- Biometric data is data used for unique identification (ст. 1): a data category records whether it is so used (NULL: not
-- stated, the recorded NPDPC category stands), and whether its data is depersonalised (OAC Order 66 p. 1 as worded by
-- Order 259: a system holding only public and/or depersonalised data needs no class).
ALTER TABLE data_categories ADD COLUMN used_for_unique_identification BOOLEAN NULL;
ALTER TABLE data_categories ADD COLUMN depersonalised BOOLEAN NOT NULL DEFAULT 0;

-- An authorized person acts under a contract, an act of legislation or a state body's decision (ст. 7 п. 1). Every one
-- recorded before acts under a contract, which is what the register assumed.
ALTER TABLE recipients ADD COLUMN authority_kind TEXT NOT NULL DEFAULT 'contract'
    CHECK (authority_kind IN ('contract', 'legislation', 'state-body-decision'));
ALTER TABLE recipients ADD COLUMN document_reference TEXT NULL;
