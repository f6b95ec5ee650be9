namespace Register.Domain.Activities;

public enum ActivityStatus
{
    Draft,
    InReview,
    Approved,
    Retired,
}

public enum RetentionKind
{
    Fixed,
    AfterEvent,
    UntilConsentWithdrawn,
    UntilPurposeAchieved,
    PerLegislation,
}

public enum StorageForm
{
    Paper,
    Electronic,
    Mixed,
}

public enum ProcessingMethod
{
    Automated,
    NonAutomated,
    Mixed,
}

public enum DataSource
{
    Subject,
    ThirdParty,
    Mixed,
}
