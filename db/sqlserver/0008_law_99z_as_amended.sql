-- Law 99-З as amended and as the NPDPC reads it (docs/demo-register.md §12, Register.Api/ReferenceData/README.md).
-- Biometric data is data used for unique identification (ст. 1): a data category records whether it is so used (NULL: not
-- stated, the recorded NPDPC category stands), and whether its data is depersonalised (OAC Order 66 p. 1 as worded by
-- Order 259: a system holding only public and/or depersonalised data needs no class).
ALTER TABLE dbo.data_categories ADD used_for_unique_identification BIT NULL;
GO
ALTER TABLE dbo.data_categories ADD depersonalised BIT NOT NULL CONSTRAINT df_data_categories_depersonalised DEFAULT 0;
GO

-- An authorized person acts under a contract, an act of legislation or a state body's decision (ст. 7 п. 1). Every one
-- recorded before acts under a contract, which is what the register assumed.
ALTER TABLE dbo.recipients ADD authority_kind NVARCHAR(40) NOT NULL CONSTRAINT df_recipients_authority_kind DEFAULT 'contract'
    CONSTRAINT ck_recipients_authority_kind CHECK (authority_kind IN ('contract', 'legislation', 'state-body-decision'));
GO
ALTER TABLE dbo.recipients ADD document_reference NVARCHAR(500) NULL;
GO
