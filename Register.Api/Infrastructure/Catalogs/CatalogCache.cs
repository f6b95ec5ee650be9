using System.Collections.Concurrent;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Infrastructure.Catalogs;

/// <summary>
/// Something read from the catalogs the law's rules use, kept in memory per database for one value of the
/// catalogs' change number (<see cref="RegisterNumbers.Catalog"/>, advanced by triggers on those tables, migration
/// 0007). A session checks the number as it sees the database, so what it gets is what its own snapshot says, after
/// any process's catalog write. Per database, as test hosts serve several from one process.
/// </summary>
internal sealed class CatalogCache<T>(Func<DbSession, Task<T>> load) where T : class
{
    private readonly ConcurrentDictionary<string, (long Number, T Value)> _cached = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(DbSession session)
    {
        var number = (await session.NumbersAsync()).Catalog;
        if (_cached.TryGetValue(session.DatabaseKey, out var cached) && cached.Number == number) return cached.Value;

        var loaded = await load(session);
        // A write transaction sees its own catalog changes before they commit, and it may still roll back, after which
        // another transaction would reach the same number with other catalogs: only what a read saw is kept.
        if (!session.IsWrite)
        {
            _cached.AddOrUpdate(session.DatabaseKey, (number, loaded), (_, existing) => existing.Number > number ? existing : (number, loaded));
        }
        return loaded;
    }
}
