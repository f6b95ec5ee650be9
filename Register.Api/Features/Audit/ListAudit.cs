using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Audit;

public sealed record ListAuditQuery : PageQuery
{
    public string? Entity { get; init; }
    /// <summary>The entry's code (or an activity's / key's id).</summary>
    public string? Key { get; init; }
    public string? Actor { get; init; }
    /// <summary>From this instant (inclusive), ISO 8601.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Before this instant (exclusive), ISO 8601.</summary>
    public DateTimeOffset? To { get; init; }
}

public sealed class ListAuditQueryValidator : AbstractValidator<ListAuditQuery>
{
    public ListAuditQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Entity).CatalogCode();
        RuleFor(q => q.Key).PlainText(64);
        RuleFor(q => q.Actor).PlainText(200);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}

public sealed record AuditEntryResponse(long Id, DateTime OccurredAt, string? Actor, string Entity, string EntityKey, string Action,
    JsonElement? Before, JsonElement? After);

/// <summary>The audit trail: who changed what and when, newest first, with each entry's state before and after.</summary>
public sealed class AuditTrail(Db db)
{
    private const string Filter = """
        WHERE (@Entity IS NULL OR entity = @Entity)
          AND (@Key IS NULL OR entity_key = @Key)
          AND (@Actor IS NULL OR actor = @Actor)
          AND (@From IS NULL OR occurred_at >= @From)
          AND (@To IS NULL OR occurred_at < @To)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM audit_log {Filter}";

    public const string PageSql = $"""
        SELECT id AS Id, occurred_at AS OccurredAt, actor AS Actor, entity AS Entity, entity_key AS EntityKey, action AS Action,
               before_state AS BeforeState, after_state AS AfterState
        FROM audit_log {Filter} ORDER BY id DESC {"{{paging}}"}
        """;

    private static readonly ListAuditQueryValidator Validator = new();

    /// <summary>The officer and the auditor read the trail; it holds every change, so department heads do not.</summary>
    public async Task<PageResponse<AuditEntryResponse>> ListAsync(Caller caller, ListAuditQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.AuditReader);
        await Validator.EnsureValidAsync(query, cancellationToken);
        var parameters = new
        {
            query.Entity, query.Key, query.Actor,
            From = query.From?.UtcDateTime, To = query.To?.UtcDateTime,
            query.Skip, Take = query.Size,
        };
        var (total, rows) = await db.ReadAsync(session => session.PageAsync<AuditRow>(CountSql, PageSql, parameters), cancellationToken);
        return new PageResponse<AuditEntryResponse>(rows.Select(r => r.ToResponse()).ToList(), total, query.PageNumber, query.Size);
    }

    private sealed class AuditRow
    {
        public long Id { get; init; }
        public DateTime OccurredAt { get; init; }
        public string? Actor { get; init; }
        public string Entity { get; init; } = "";
        public string EntityKey { get; init; } = "";
        public string Action { get; init; } = "";
        public string? BeforeState { get; init; }
        public string? AfterState { get; init; }

        public AuditEntryResponse ToResponse() =>
            new(Id, DateTime.SpecifyKind(OccurredAt, DateTimeKind.Utc), Actor, Entity, EntityKey, Action, Parse(BeforeState), Parse(AfterState));

        private static JsonElement? Parse(string? json)
        {
            if (json is null) return null;
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
    }
}

public sealed class ListAudit(AuditTrail trail) : Endpoint<ListAuditQuery, PageResponse<AuditEntryResponse>>
{
    public override void Configure()
    {
        Get("/api/audit");
        Policies(Access.AuditReader.Policy);
        Description(b => b.Documented("Audit", "Read the audit trail",
                "Every write (catalogs, operator, entries, transitions, keys) with its actor, time and the state before and after, " +
                "newest first; append-only. The officer and the auditor.")
            .Produces<PageResponse<AuditEntryResponse>>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(ListAuditQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await trail.ListAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
}
