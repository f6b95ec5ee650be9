using Register.Api.Infrastructure.Database;

namespace Register.Api.Features.InformationSystems;

internal static partial class SystemAssessments
{
    /// <summary>
    /// What one write transaction knows: the entries it changed and the users it read inside it.
    /// <para>
    /// Which systems a changed entry used before need not be recorded: the users held (the last committed number's, or
    /// those read here) are asked for the entry by id, O(log n) per system held, and the catalog of systems is small
    /// and does not grow with the register. So <see cref="Changed"/> may be called before or after the entry's rows
    /// change, and an entry written twice in one transaction is patched once, from what the users held to what it is.
    /// </para>
    /// </summary>
    private sealed class WriteState(DatabaseCache cache)
    {
        private readonly Dictionary<string, SystemUsers> _read = new(StringComparer.Ordinal);
        private Generation? _next;

        public HashSet<int> ChangedIds { get; } = [];

        /// <summary>
        /// The users as this transaction sees them: those of the last committed number (this write advanced it by one)
        /// or read here, with the entries it changed as they are now.
        /// </summary>
        public async Task<Dictionary<string, SystemUsers>> UsersAsync(DbSession session, long number, IReadOnlyList<string> codes)
        {
            var committed = cache.GenerationAt(number - 1, create: false);
            var changes = await CurrentChangesAsync(session);
            var result = new Dictionary<string, SystemUsers>(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var code in codes)
            {
                if (_read.TryGetValue(code, out var read)) result[code] = read.Patched(code, changes);
                else if (committed is not null && committed.Systems.TryGetValue(code, out var cached)) result[code] = cached.Patched(code, changes);
                else missing.Add(code);
            }
            if (missing.Count > 0)
            {
                foreach (var (code, loaded) in await LoadAsync(session, missing)) result[code] = _read[code] = loaded;
            }
            return result;
        }

        /// <summary>Before the commit: the next number's users, from the committed ones and those read here, patched.</summary>
        public async Task PrepareAsync(DbSession session)
        {
            // A write that changed no entry may have changed a catalog the contributions resolve: it hands nothing on.
            if (ChangedIds.Count == 0) return;
            var number = (await session.NumbersAsync()).Change;
            var committed = cache.GenerationAt(number - 1, create: false);
            var changes = await CurrentChangesAsync(session);
            var next = new Generation(number);
            if (committed is not null)
            {
                foreach (var (code, users) in committed.Systems) next.Systems[code] = users.Patched(code, changes);
            }
            foreach (var (code, users) in _read) next.Systems[code] = users.Patched(code, changes);
            _next = next;
        }

        public void Publish()
        {
            if (_next is not null) cache.Publish(_next);
        }

        private Task<Changes> CurrentChangesAsync(DbSession session) =>
            ChangedIds.Count == 0 ? Task.FromResult(Changes.None) : ChangesAsync(session, ChangedIds.ToHashSet());
    }
}
