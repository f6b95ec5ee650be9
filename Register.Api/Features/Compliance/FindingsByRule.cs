using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Compliance;

/// <summary>
/// How many findings the current register has by rule, for the interface's overview: the same pass, and the same cached
/// totals, as the dashboard's counts by severity (<see cref="FindingTotals"/>). Same scope and same entries as
/// <see cref="Compliance.FindingsAsync"/>: the current (not retired) entries the caller may see.
/// </summary>
public sealed class FindingsByRule(Db db, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return await db.ReadAsync(async session => (await FindingTotals.OfAsync(session, caller.Scope, clock.Today())).ByRule, cancellationToken);
    }
}
