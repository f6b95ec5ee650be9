using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Compliance;

/// <summary>
/// How many findings the current register has by rule, counted in one pass for the interface's overview (the finding list
/// pages through them; counting by rule from it would assess the register once per rule). Same scope and same entries as
/// <see cref="Compliance.FindingsAsync"/>: the current (not retired) entries the caller may see.
/// </summary>
public sealed class FindingsByRule(Db db, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return await db.ReadAsync(async session =>
        {
            var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
            await Compliance.ForEachCurrentAsync(session, caller.Scope, department: null, clock.Today(), assessed =>
            {
                foreach (var finding in assessed.Findings) byRule[finding.Rule] = byRule.GetValueOrDefault(finding.Rule) + 1;
            });
            return (IReadOnlyDictionary<string, int>)byRule;
        }, cancellationToken);
    }
}
