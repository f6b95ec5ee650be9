using FastEndpoints;
using FluentValidation;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Activities;
using Register.Domain.Rules;
using Severity = Register.Domain.Rules.Severity;

namespace Register.Api.Features.Compliance;

public sealed record ListFindingsQuery : PageQuery
{
    public string? Department { get; init; }
    public string? Severity { get; init; }
    public string? Rule { get; init; }
}

public sealed class ListFindingsQueryValidator : AbstractValidator<ListFindingsQuery>
{
    public ListFindingsQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Department).CatalogCode();
        RuleFor(q => q.Rule).CatalogCode();
        RuleFor(q => q.Severity).Must(v => v is null || KebabEnum.TryParse<Severity>(v, out _))
            .WithMessage(_ => ForReader.Text($"Уровень — одно из значений: {KebabEnum.Allowed<Severity>()}.", $"'severity' must be one of: {KebabEnum.Allowed<Severity>()}."));
    }
}

/// <summary>A finding with the entry it is about.</summary>
/// <param name="ActivityId">The entry's id.</param>
/// <param name="ActivityCode">The entry's code.</param>
/// <param name="Title">The entry's title.</param>
/// <param name="DepartmentCode">The entry's department.</param>
/// <param name="Status">The entry's status.</param>
/// <param name="Rule">The rule's stable code (e.g. <c>special-data-basis</c>), for clients to key on.</param>
/// <param name="Severity">An error blocks review and approval; a warning does not.</param>
/// <param name="Message">The message in English, as it has always been (kept for existing clients); <c>messages</c> has it in every language.</param>
/// <param name="Messages">The message in each of the register's languages, keyed like a catalog's <c>names</c>.</param>
/// <param name="Path">The field concerned, when there is one (e.g. <c>purposes[1].legalBasisCodes</c>).</param>
public sealed record RegisterFinding(
    int ActivityId, string ActivityCode, string Title, string? DepartmentCode, ActivityStatus Status,
    string Rule, Severity Severity, string Message, FindingMessages Messages, string? Path);

/// <summary>What the law still requires across the register: every finding of every current entry, errors first.</summary>
public sealed class Compliance(Db db, TimeProvider clock)
{
    /// <summary>Retired entries no longer process data, so the law asks nothing more of them.</summary>
    public const string ActivityIdsSql = """
        SELECT id FROM activities
        WHERE status <> 'retired' AND (@Department IS NULL OR department_code = @Department)
          AND (@Scoped = 0 OR department_code IN @ScopeDepartments)
        ORDER BY code
        """;

    private const int Batch = 200;

    private static readonly ListFindingsQueryValidator Validator = new();

    public async Task<PageResponse<RegisterFinding>> FindingsAsync(Caller caller, ListFindingsQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await Validator.EnsureValidAsync(query, cancellationToken);
        var scope = caller.Scope;
        Severity? severity = query.Severity is null ? null : KebabEnum.Parse<Severity>(query.Severity);
        var findings = await db.ReadAsync(async session =>
        {
            var all = new List<RegisterFinding>();
            await ForEachCurrentAsync(session, scope, query.Department, clock.Today(), a => all.AddRange(a.Findings
                .Where(f => (severity is null || f.Severity == severity) && (query.Rule is null || f.Rule == query.Rule))
                .Select(f => new RegisterFinding(a.State.Id, a.State.Code, a.State.Content.Title, a.State.Content.DepartmentCode,
                    a.State.Status, f.Rule, f.Severity, f.Message.En, FindingMessages.From(f.Message), f.Path))));
            return all;
        }, cancellationToken);

        var ordered = findings.OrderBy(f => f.Severity).ThenBy(f => f.ActivityCode, StringComparer.Ordinal).ToList();
        return new PageResponse<RegisterFinding>(
            ordered.Skip(query.Skip).Take(query.Size).ToList(), ordered.Count, query.PageNumber, query.Size);
    }

    /// <summary>
    /// Every current (not retired) entry in <paramref name="scope"/>, assessed on <paramref name="today"/>, a batch at a time so
    /// that a large register is never loaded whole.
    /// </summary>
    internal static async Task ForEachCurrentAsync(
        DbSession session, IReadOnlyCollection<string>? scope, string? department, DateOnly today, Action<AssessedActivity> visit)
    {
        var ids = (await session.QueryAsync<int>(ActivityIdsSql,
            new { Department = department, Scoped = scope is null ? 0 : 1, ScopeDepartments = scope ?? [] })).ToList();
        var assessor = await ActivityAssessor.BatchesAsync(session, today);
        foreach (var chunk in ids.Chunk(Batch))
        {
            foreach (var assessed in await assessor.AssessAsync(session, await ActivityStore.LoadAsync(session, chunk))) visit(assessed);
        }
    }
}

public sealed class ListFindings(Compliance compliance) : Endpoint<ListFindingsQuery, PageResponse<RegisterFinding>>
{
    public override void Configure()
    {
        Get("/api/compliance/findings");
        Description(b => b.Documented("Compliance", "List findings across the register",
                "Every finding of every current (not retired) entry, errors first, filtered by department, severity or rule. A " +
                "department head sees its departments' findings.")
            .Produces<PageResponse<RegisterFinding>>()
            .ProducesProblems(StatusCodes.Status400BadRequest));
    }

    public override async Task HandleAsync(ListFindingsQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await compliance.FindingsAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
}
