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

/// <summary>
/// What an authorized person processes under. Law 99-З, ст. 1: an authorized person is one «которые в соответствии
/// с актом законодательства, решением государственного органа, являющегося оператором, либо на основании договора
/// с оператором осуществляют обработку персональных данных от имени оператора или в его интересах»; ст. 7 п. 1 puts
/// the terms in «договоре между оператором и уполномоченным лицом, акте законодательства либо решении
/// государственного органа». JSON: <c>contract</c>, <c>legislation</c>, <c>state-body-decision</c>.
/// </summary>
public enum AuthorityKind
{
    /// <summary>A contract with the operator (the default: what every authorized person recorded before this fact existed acts under).</summary>
    Contract,
    /// <summary>An act of legislation.</summary>
    Legislation,
    /// <summary>A decision of the state body that is the operator.</summary>
    StateBodyDecision,
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
