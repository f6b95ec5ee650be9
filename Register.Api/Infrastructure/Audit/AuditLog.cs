using System.Text.Json;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Audit;

/// <summary>The audit trail's entity names (as in the contract's paths, singular).</summary>
public static class AuditEntities
{
    public const string Department = "department";
    public const string SubjectCategory = "subject-category";
    public const string DataCategory = "data-category";
    public const string LegalBasis = "legal-basis";
    public const string Recipient = "recipient";
    public const string Country = "country";
    public const string InformationSystem = "information-system";
    public const string ProcessingAction = "processing-action";
    public const string ProtectionMeasure = "protection-measure";
    public const string Operator = "operator";
    public const string Activity = "activity";
    public const string ApiKey = "api-key";
    public const string CalendarYear = "calendar-year";
    public const string SubjectRequest = "subject-request";
    public const string Breach = "breach";
    public const string ReportSnapshot = "report-snapshot";
    public const string ActivityImport = "activity-import";
    /// <summary>The whole register, as an export writes it out and an import brings it in (the key is the export's id).</summary>
    public const string Register = "register";
}

/// <summary>The actor of the register's own changes (release corrections, depersonalisation after retention): no key made them.</summary>
public static class AuditActors
{
    public const string System = "system";
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Transition = "transition";
    public const string Revoke = "revoke";
    public const string Depersonalise = "depersonalise";
    public const string Export = "export";
    public const string Import = "import";
}

/// <summary>
/// Records a write in the audit trail, inside the write's own transaction: the change and its record commit
/// or roll back together. Before and after are the API's own representation of the entry (what the caller
/// could read anyway), so the trail holds no more personal data than the register and never a key's secret.
/// </summary>
public static class AuditLog
{
    public const string InsertSql = """
        INSERT INTO audit_log (occurred_at, actor, entity, entity_key, action, before_state, after_state)
        VALUES (@OccurredAt, @Actor, @Entity, @EntityKey, @Action, @Before, @After)
        """;

    public static Task RecordAsync(DbSession session, string? actor, TimeProvider clock, string entity, string entityKey, string action, object? before, object? after) =>
        session.ExecuteAsync(InsertSql, new
        {
            OccurredAt = clock.UtcNow(),
            Actor = actor,
            Entity = entity,
            EntityKey = entityKey,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), RegisterJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), RegisterJson.Options),
        });
}
