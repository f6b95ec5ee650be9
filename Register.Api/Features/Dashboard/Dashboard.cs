using FastEndpoints;
using Register.Api.Features.Breaches;
using Register.Api.Features.Calendar;
using Register.Api.Features.Compliance;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Journals;

namespace Register.Api.Features.Dashboard;

/// <summary>
/// The figures the officer (or a department head, for its departments) starts the day with. Each is what a list filter
/// returns, so the interface can link a figure to the list behind it.
/// </summary>
public sealed class Dashboards(Db db, TimeProvider clock)
{
    public const string StatusCountsSql = """
        SELECT status AS Status, COUNT(*) AS Count FROM activities
        WHERE @Scoped = 0 OR department_code IN @ScopeDepartments
        GROUP BY status
        """;
    public const string ReviewsOverdueSql = """
        SELECT COUNT(*) FROM activities
        WHERE status <> 'retired' AND review_due_date < @Today AND (@Scoped = 0 OR department_code IN @ScopeDepartments)
        """;
    // Only what the clocks need: the counts never read a requester's details.
    public const string OpenRequestsSql = """
        SELECT r.kind AS Kind, r.received_on AS ReceivedOn, r.status AS Status, r.answer_on AS AnswerOn FROM subject_requests r
        WHERE r.status IN ('received', 'in-progress')
          AND (@Scoped = 0 OR EXISTS (SELECT 1 FROM subject_request_departments d WHERE d.request_id = r.id AND d.department_code IN @ScopeDepartments))
        """;
    public const string BreachClocksSql = """
        SELECT b.detected_at AS DetectedAt, b.notification_required AS NotificationRequired, b.npdpc_notified_at AS NpdpcNotifiedAt, b.status AS Status
        FROM breaches b
        WHERE @Scoped = 0 OR EXISTS (SELECT 1 FROM breach_links l WHERE l.breach_id = b.id AND l.link = 'department' AND l.code IN @ScopeDepartments)
        """;

    /// <summary>"Due soon": within this many working days of today.</summary>
    public const int DueSoonWorkingDays = 3;

    public async Task<DashboardResponse> GetAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        var today = clock.Today();
        var scope = new { Scoped = caller.Scope is null ? 0 : 1, ScopeDepartments = caller.Scope ?? [] };
        return await db.ReadAsync(async session =>
        {
            var statuses = (await session.QueryAsync<StatusCount>(StatusCountsSql, scope)).ToDictionary(s => s.Status, s => s.Count);
            int Entries(ActivityStatus status) => statuses.GetValueOrDefault(KebabEnum.ToKebab(status));
            var reviewsOverdue = await session.ExecuteScalarAsync<int>(ReviewsOverdueSql,
                new { scope.Scoped, scope.ScopeDepartments, Today = today.ToDateTime(TimeOnly.MinValue) });

            var findings = await FindingTotals.OfAsync(session, caller.Scope, today);

            var calendar = await WorkingCalendars.LoadAsync(session);
            var dueSoonUntil = calendar.DeadlineFrom(today, DueSoonWorkingDays, DayKind.Working).On;
            var requests = (await session.QueryAsync<SubjectRequestRow>(OpenRequestsSql, scope))
                .Select(r => Features.SubjectRequests.SubjectRequests.Due(r, calendar, today)).ToList();
            var breaches = (await session.QueryAsync<BreachRow>(BreachClocksSql, scope)).ToList();

            return new DashboardResponse(
                new EntryCounts(Entries(ActivityStatus.Draft), Entries(ActivityStatus.InReview), Entries(ActivityStatus.Approved), Entries(ActivityStatus.Retired)),
                new FindingCounts(findings.Errors, findings.Warnings),
                reviewsOverdue,
                new RequestCounts(requests.Count, requests.Count(d => !d.Overdue && d.On <= dueSoonUntil), requests.Count(d => d.Overdue), dueSoonUntil),
                new BreachCounts(
                    breaches.Count(b => KebabEnum.Parse<BreachStatus>(b.Status).IsOpen()),
                    breaches.Count(b => b.NpdpcNotifiedAt is null && Features.Breaches.Breaches.Due(b, calendar, today) is { Overdue: true })),
                today);
        }, cancellationToken);
    }

    private sealed class StatusCount
    {
        public string Status { get; init; } = "";
        public int Count { get; init; }
    }
}

public sealed class GetDashboard(Dashboards dashboards) : EndpointWithoutRequest<DashboardResponse>
{
    public override void Configure()
    {
        Get("/api/dashboard");
        Description(b => b.Documented("Dashboard", "What needs attention today",
                "Entries by status, findings by severity, reviews overdue, subject requests open / due within 3 working days / " +
                "overdue, breaches open / NPDPC notification overdue: the caller's (a department head: its departments'). Each figure " +
                "is a list filter's total: requests ?open=true, ?open=true&overdue=false&dueBefore={dueSoonUntil}, ?open=true&overdue=true; " +
                "breaches ?open=true, ?overdue=true&notified=false; findings /api/compliance/findings?severity=.")
            .Produces<DashboardResponse>());
    }

    public override async Task HandleAsync(CancellationToken cancellationToken) =>
        await Send.OkAsync(await dashboards.GetAsync(HttpContext.Caller(), cancellationToken), cancellationToken);
}
