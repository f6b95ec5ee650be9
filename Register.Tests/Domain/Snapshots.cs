using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Rules;

namespace Register.Tests.Domain;

/// <summary>
/// A complete, lawful register entry that yields no findings, for tests to vary with <c>with { ... }</c>,
/// and the catalog facts the variations need.
/// </summary>
internal static class Snapshots
{
    public static readonly DateOnly Today = new(2025, 10, 1);

    public static RuleContext Context => RuleContext.On(Today);

    public static class Bases
    {
        public static readonly LegalBasisRef Consent = new("by-99z-consent", LegalBasisKind.Consent);
        public static readonly LegalBasisRef Employment = new("by-99z-art6-employment", LegalBasisKind.General);
        public static readonly LegalBasisRef Contract = new("by-99z-art6-contract", LegalBasisKind.General);
        public static readonly LegalBasisRef SpecialEmployment = new("by-99z-art8-employment", LegalBasisKind.Special);
        public static readonly LegalBasisRef LegalDuty = new("by-99z-art6-legal-duty", LegalBasisKind.General);
        public static readonly LegalBasisRef OtherLaw = new("by-99z-art6-other-law", LegalBasisKind.General);
        public static readonly LegalBasisRef SpecialLegalDuty = new("by-99z-art8-legal-duty", LegalBasisKind.Special);
        public static readonly LegalBasisRef SpecialOtherLaw = new("by-99z-art8-other-law", LegalBasisKind.Special);
    }

    public static ActivityDataCategory OtherData(string code = "full-name") => new(code, NpdpcCategory.Other);
    public static ActivityDataCategory SpecialData(string code = "health") => new(code, NpdpcCategory.Special);
    public static ActivityDataCategory BiometricData(string code = "fingerprints") => new(code, NpdpcCategory.BiometricGenetic);
    public static ActivityDataCategory PublicData(string code = "published-name") => new(code, NpdpcCategory.Public);

    /// <summary>A photograph, video or voice category recorded biometric-genetic, with whether it is used to identify the person (null: not said).</summary>
    public static ActivityDataCategory ImageData(bool? usedForUniqueIdentification, string code = "cctv-video") =>
        new(code, NpdpcCategory.BiometricGenetic) { UsedForUniqueIdentification = usedForUniqueIdentification };

    public static ActivityDataCategory Depersonalised(ActivityDataCategory data) => data with { Depersonalised = true };

    public static Purpose PurposeOf(string text, params LegalBasisRef[] bases) => new(text, bases);

    public static RecipientContract CompleteContract() => new(
        Number: "17/2024",
        Date: new DateOnly(2024, 3, 1),
        Purposes: "Payroll accounting for the operator's employees",
        ActionCodes: ["storage", "use"],
        Confidentiality: true,
        MeasureCodes: ["encryption"]);

    public static ActivityRecipient StateBody(string code = "tax-inspectorate") => new(code, RecipientKind.StateBody);

    public static ActivityRecipient TransferTo(string country, bool adequate, string? exception, string code = "partner-university") =>
        new(code, RecipientKind.ThirdParty, Transfer: new Transfer(country, adequate, exception));

    public static ActivitySnapshot Complete() => new()
    {
        Code = "hr-personnel-files",
        DepartmentCode = "hr",
        Status = ActivityStatus.Approved,
        SubjectCategoryCodes = ["employees"],
        DataCategories = [OtherData("full-name"), OtherData("passport-data")],
        Purposes = [new Purpose("Concluding, performing and ending employment contracts", [Bases.Employment], "Labour Code, Art. 26")],
        Recipients =
        [
            StateBody(),
            new ActivityRecipient("payroll-bureau", RecipientKind.AuthorizedPerson, CompleteContract()),
        ],
        Retention = new Retention(RetentionKind.PerLegislation, Reference: "Minjust list No. 140 of 24.05.2012"),
        ProtectionMeasureCodes = ["access-control"],
        InformationSystemCodes = ["hr-system"],
        StartDate = new DateOnly(2022, 1, 10),
        ReviewDueDate = Today.AddMonths(6),
        LastApprovedOn = Today.AddMonths(-2),
        EstimatedSubjects = 800,
        IncludesMinorsUnder16 = false,
    };

    /// <summary>The findings of one rule, evaluated through the public entry point.</summary>
    public static List<Finding> FindingsOf(this ActivitySnapshot activity, string rule, RuleContext? context = null) =>
        ActivityRules.Evaluate(activity, context ?? Context).Where(f => f.Rule == rule).ToList();
}
