namespace Register.Domain.Catalogs;

public enum LegalBasisKind
{
    /// <summary>Consent of the subject, Art. 5.</summary>
    Consent,
    /// <summary>Processing without consent, Art. 6.</summary>
    General,
    /// <summary>Special data without consent, Art. 8 p.2.</summary>
    Special,
    /// <summary>Cross-border exceptions for countries without adequate protection, Art. 9 p.1.</summary>
    CrossBorder,
}

public enum RecipientKind
{
    ThirdParty,
    /// <summary>A processor acting on the operator's behalf (Art. 7): needs a contract with set terms.</summary>
    AuthorizedPerson,
    StateBody,
}

public enum ProtectionMeasureKind
{
    Organisational,
    Technical,
    Cryptographic,
}

public enum InformationSystemKind
{
    Electronic,
    Paper,
}
