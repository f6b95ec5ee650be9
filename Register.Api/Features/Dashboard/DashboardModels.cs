using System.Text.Json.Serialization;

namespace Register.Api.Features.Dashboard;

/// <summary>The caller's entries by status (a department head: its departments').</summary>
public sealed record EntryCounts(int Draft, [property: JsonPropertyName("in-review")] int InReview, int Approved, int Retired);

/// <summary>The findings of the caller's current (not retired) entries, by severity.</summary>
public sealed record FindingCounts(int Error, int Warning);

/// <summary>
/// Subject requests waiting for an answer: all of them, those due within 3 working days (on or before
/// <see cref="DueSoonUntil"/>, not yet overdue) and those past their due date.
/// </summary>
public sealed record RequestCounts(int Open, int DueSoon, int Overdue, DateOnly DueSoonUntil);

/// <summary>Breaches not closed, and those whose notification to the NPDPC is past its deadline and not sent.</summary>
public sealed record BreachCounts(int Open, int NotificationOverdue);

/// <summary>What needs the caller's attention today, scoped to what the caller may see.</summary>
public sealed record DashboardResponse(
    EntryCounts Entries, FindingCounts Findings, int ReviewsOverdue, RequestCounts Requests, BreachCounts Breaches, DateOnly Today);
