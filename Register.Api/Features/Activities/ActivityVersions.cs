using System.Text.Json;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Activities;

public sealed record ActivityVersionSummary(int Version, DateTime SavedAt, string? SavedBy, Register.Domain.Activities.ActivityStatus Status, bool Deleted);

/// <summary>A saved state: the activity exactly as the API returned it after that save (findings included).</summary>
public sealed record ActivityVersionResponse(int Version, DateTime SavedAt, string? SavedBy, bool Deleted, JsonElement Activity);

/// <summary>
/// Every save of an activity appends its state here, in the same transaction; nothing is updated or removed.
/// A delete appends a tombstone carrying the last state, so the history (and <c>asOf</c> reports) outlive the entry.
/// </summary>
internal static class ActivityVersions
{
    public const string InsertSql = """
        INSERT INTO activity_versions (activity_id, version, code, status, department_code, deleted, saved_at, saved_by, document)
        VALUES (@ActivityId, @Version, @Code, @Status, @DepartmentCode, @Deleted, @SavedAt, @SavedBy, @Document)
        """;
    public const string CountSql = "SELECT COUNT(*) FROM activity_versions WHERE activity_id = @ActivityId";
    public const string PageSql = """
        SELECT version AS Version, saved_at AS SavedAt, saved_by AS SavedBy, status AS Status, deleted AS Deleted
        FROM activity_versions WHERE activity_id = @ActivityId ORDER BY version {{paging}}
        """;
    public const string OneSql = """
        SELECT version AS Version, saved_at AS SavedAt, saved_by AS SavedBy, status AS Status, deleted AS Deleted, document AS Document
        FROM activity_versions WHERE activity_id = @ActivityId AND version = @Version
        """;

    /// <summary>The department of the entry's latest saved state: who may see its history, even after a delete.</summary>
    public const string LatestDepartmentSql = """
        SELECT department_code FROM activity_versions
        WHERE activity_id = @ActivityId AND version = (SELECT MAX(version) FROM activity_versions WHERE activity_id = @ActivityId)
        """;

    public const string ExistsSql = "SELECT COUNT(*) FROM activity_versions WHERE activity_id = @ActivityId";

    /// <summary>Whether the caller may see this entry's history: it exists and (for a department head) is of its departments.</summary>
    public static async Task<bool> VisibleAsync(DbSession session, int activityId, Infrastructure.Auth.Caller caller) =>
        await session.ExecuteScalarAsync<int>(ExistsSql, new { ActivityId = activityId }) > 0
        && caller.CanSee(await session.QuerySingleOrDefaultAsync<string?>(LatestDepartmentSql, new { ActivityId = activityId }));

    public static Task SaveAsync(DbSession session, ActivityResponse activity, int version, bool deleted, string? actor, DateTime now) =>
        session.ExecuteAsync(InsertSql, new
        {
            ActivityId = activity.Id,
            Version = version,
            activity.Code,
            Status = KebabEnum.ToKebab(activity.Status),
            activity.DepartmentCode,
            Deleted = deleted,
            SavedAt = now,
            SavedBy = actor,
            Document = JsonSerializer.Serialize(activity, RegisterJson.Options),
        });

    public sealed class VersionRow
    {
        public int Version { get; init; }
        public DateTime SavedAt { get; init; }
        public string? SavedBy { get; init; }
        public string Status { get; init; } = "";
        public bool Deleted { get; init; }
        public string Document { get; init; } = "";

        public ActivityVersionSummary ToSummary() =>
            new(Version, DateTime.SpecifyKind(SavedAt, DateTimeKind.Utc), SavedBy, KebabEnum.Parse<Register.Domain.Activities.ActivityStatus>(Status), Deleted);

        public ActivityVersionResponse ToResponse()
        {
            using var document = JsonDocument.Parse(Document);
            return new(Version, DateTime.SpecifyKind(SavedAt, DateTimeKind.Utc), SavedBy, Deleted, document.RootElement.Clone());
        }
    }
}
