using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
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
            .WithMessage($"'severity' must be one of: {KebabEnum.Allowed<Severity>()}.");
    }
}

public sealed record RegisterFinding(
    int ActivityId, string ActivityCode, string Title, string? DepartmentCode, ActivityStatus Status,
    string Rule, Severity Severity, string Message, string? Path);

public sealed class ListFindings : IEndpoint
{
    /// <summary>Retired entries no longer process data, so the law asks nothing more of them.</summary>
    public const string ActivityIdsSql = """
        SELECT id FROM activities
        WHERE status <> 'retired' AND (@Department IS NULL OR department_code = @Department)
          AND (@Scoped = 0 OR department_code IN @ScopeDepartments)
        ORDER BY code
        """;

    private const int Batch = 200;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/compliance/findings", ListFindingsHandler)
            .WithName(nameof(ListFindings)).WithTags("Compliance")
            .Validates<ListFindingsQuery>();

    /// <summary>What the law still requires across the register: every finding of every current entry, errors first.</summary>
    public static async Task<Ok<PageResponse<RegisterFinding>>> ListFindingsHandler(
        [AsParameters] ListFindingsQuery query, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var scope = Caller.From(context).Scope;
        Severity? severity = query.Severity is null ? null : KebabEnum.Parse<Severity>(query.Severity);
        var findings = await db.ReadAsync(async session =>
        {
            var ids = (await session.QueryAsync<int>(ActivityIdsSql,
                new { query.Department, Scoped = scope is null ? 0 : 1, ScopeDepartments = scope ?? [] })).ToList();
            var all = new List<RegisterFinding>();
            foreach (var chunk in ids.Chunk(Batch))
            {
                var assessed = await ActivityAssessor.AssessAsync(session, await ActivityStore.LoadAsync(session, chunk), clock.Today());
                all.AddRange(assessed.SelectMany(a => a.Findings
                    .Where(f => (severity is null || f.Severity == severity) && (query.Rule is null || f.Rule == query.Rule))
                    .Select(f => new RegisterFinding(a.State.Id, a.State.Code, a.State.Content.Title, a.State.Content.DepartmentCode,
                        a.State.Status, f.Rule, f.Severity, f.Message, f.Path))));
            }
            return all;
        }, cancellationToken);

        var ordered = findings.OrderBy(f => f.Severity).ThenBy(f => f.ActivityCode, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new PageResponse<RegisterFinding>(
            ordered.Skip(query.Skip).Take(query.Size).ToList(), ordered.Count, query.PageNumber, query.Size));
    }
}
