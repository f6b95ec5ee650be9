using System.Collections.Immutable;
using Register.Domain.Systems;

namespace Register.Api.Features.InformationSystems;

internal static partial class SystemAssessments
{
    /// <summary>
    /// The entries using one system, each as its contribution by activity id, and their sum. Immutable and persistent:
    /// a patched copy shares all but O(k log n) of its map with the original, so each change number's generation costs
    /// little more than the entries written. Entries that contribute nothing (retired) are left out: taking them out
    /// again would change nothing.
    /// </summary>
    private sealed class SystemUsers
    {
        private static readonly SystemUsers None = new(ImmutableDictionary<int, SystemContribution>.Empty, SystemUsage.Empty);

        private readonly ImmutableDictionary<int, SystemContribution> _contributions;

        private SystemUsers(ImmutableDictionary<int, SystemContribution> contributions, SystemUsage usage)
        {
            _contributions = contributions;
            Usage = usage;
        }

        public SystemUsage Usage { get; }

        public static SystemUsers Of(IEnumerable<KeyValuePair<int, SystemContribution>> contributions)
        {
            var map = ImmutableDictionary.CreateRange(contributions.Where(c => !c.Value.IsNone));
            return map.IsEmpty ? None : new SystemUsers(map, SystemUsage.Of(map.Values));
        }

        /// <summary>
        /// These users with the changed entries as they are now: O(k log n) for k changed entries, itself when none of
        /// them used the system before or uses it now, or when they contribute as before.
        /// </summary>
        public SystemUsers Patched(string code, Changes changes)
        {
            ImmutableDictionary<int, SystemContribution>.Builder? patched = null;
            var usage = Usage;
            foreach (var id in changes.Ids)
            {
                var before = _contributions.GetValueOrDefault(id);
                var after = changes.ContributionOf(id, code);
                if (before == after) continue;

                patched ??= _contributions.ToBuilder();
                usage = usage.Replace(before, after);
                if (after.IsNone) patched.Remove(id);
                else patched[id] = after;
            }
            return patched is null ? this : new SystemUsers(patched.ToImmutable(), usage);
        }
    }

    /// <summary>The entries one write changed, and what each contributes now to each system it lists.</summary>
    private sealed class Changes(IReadOnlySet<int> ids, Dictionary<string, Dictionary<int, SystemContribution>> bySystem)
    {
        public static readonly Changes None = new(new HashSet<int>(), []);

        public IReadOnlySet<int> Ids => ids;

        /// <summary>None when the entry no longer lists the system (or no longer exists) or is retired.</summary>
        public SystemContribution ContributionOf(int id, string systemCode) =>
            bySystem.TryGetValue(systemCode, out var users) ? users.GetValueOrDefault(id) : SystemContribution.None;
    }
}
