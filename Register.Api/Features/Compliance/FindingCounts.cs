using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Rules;

namespace Register.Api.Features.Compliance;

/// <summary>How many findings the current register has, by severity and by rule, and how many entries carry them.</summary>
public sealed record FindingTotals(int Errors, int Warnings, IReadOnlyDictionary<string, int> ByRule, int EntriesWithErrors);

/// <summary>
/// The register's findings counted in one pass, for the interface's overview (the finding list pages through them;
/// counting by rule from it would assess the register once per rule). Same scope and same entries as
/// <see cref="Compliance.FindingsAsync"/>: the current (not retired) entries the caller may see.
/// </summary>
public sealed class FindingCounts(Db db, TimeProvider clock)
{
    private const int Batch = 200;

    public async Task<FindingTotals> CountAsync(Caller caller, string? department, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        var scope = caller.Scope;
        return await db.ReadAsync(async session =>
        {
            var ids = (await session.QueryAsync<int>(Compliance.ActivityIdsSql,
                new { Department = department, Scoped = scope is null ? 0 : 1, ScopeDepartments = scope ?? [] })).ToList();
            int errors = 0, warnings = 0, entriesWithErrors = 0;
            var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var chunk in ids.Chunk(Batch))
            {
                foreach (var assessed in await ActivityAssessor.AssessAsync(session, await ActivityStore.LoadAsync(session, chunk), clock.Today()))
                {
                    var entryErrors = assessed.Findings.Count(f => f.Severity == Severity.Error);
                    errors += entryErrors;
                    warnings += assessed.Findings.Count - entryErrors;
                    if (entryErrors > 0) entriesWithErrors++;
                    foreach (var finding in assessed.Findings) byRule[finding.Rule] = byRule.GetValueOrDefault(finding.Rule) + 1;
                }
            }
            return new FindingTotals(errors, warnings, byRule, entriesWithErrors);
        }, cancellationToken);
    }
}
