using System.Collections.Concurrent;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Infrastructure.Auth;

public sealed record ApiKeyInfo(int Id, string Name, string Role, IReadOnlyList<string> DepartmentCodes, string Prefix,
    DateTime CreatedAt, string? CreatedBy, DateTime? RevokedAt);

/// <summary>API keys in the database. Creating returns the only copy of the secret; the store keeps its hash.</summary>
public sealed class ApiKeyStore(Db db, TimeProvider clock)
{
    // Keys a process has verified, by the hash of the presented key. Bounded: only keys that matched get in, and
    // an operator has tens of them, not thousands; past the bound the cache simply starts again.
    private const int MaxVerifiedKeys = 1_000;
    private readonly ConcurrentDictionary<string, ApiKeyInfo> _verified = new(StringComparer.Ordinal);

    public const string InsertSql = """
        INSERT INTO api_keys (name, role, key_prefix, key_hash, created_at, created_by)
        {{output-id}}
        VALUES (@Name, @Role, @Prefix, @Hash, @Now, @CreatedBy)
        {{returning-id}}
        """;
    public const string InsertDepartmentSql = "INSERT INTO api_key_departments (key_id, department_code) VALUES (@KeyId, @Code)";
    public const string FindByPrefixSql = "SELECT id AS Id, name AS Name, role AS Role, key_hash AS Hash, revoked_at AS RevokedAt FROM api_keys WHERE key_prefix = @Prefix";
    public const string DepartmentsSql = "SELECT key_id AS KeyId, department_code AS Code FROM api_key_departments WHERE key_id IN @Ids ORDER BY department_code";
    public const string CountSql = "SELECT COUNT(*) FROM api_keys";
    public const string PageSql = """
        SELECT id AS Id, name AS Name, role AS Role, key_prefix AS Prefix, created_at AS CreatedAt, created_by AS CreatedBy, revoked_at AS RevokedAt
        FROM api_keys ORDER BY id {{paging}}
        """;
    public const string OneSql = """
        SELECT id AS Id, name AS Name, role AS Role, key_prefix AS Prefix, created_at AS CreatedAt, created_by AS CreatedBy, revoked_at AS RevokedAt
        FROM api_keys WHERE id = @Id
        """;
    public const string RevokeSql = "UPDATE api_keys SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL";
    public const string IsActiveSql = "SELECT COUNT(*) FROM api_keys WHERE id = @Id AND revoked_at IS NULL";
    public const string DepartmentExistsSql = "SELECT code FROM departments WHERE code IN @Codes";

    /// <summary>Creates a key inside the caller's transaction; returns its row and the secret to show once.</summary>
    public async Task<(ApiKeyInfo Info, string Key)> CreateAsync(DbSession session, string name, string role, IReadOnlyList<string> departments, string? createdBy)
    {
        var secret = ApiKeySecret.Generate();
        var now = clock.GetUtcNow().UtcDateTime;
        var id = await session.ExecuteScalarAsync<int>(InsertSql, new { Name = name, Role = role, secret.Prefix, secret.Hash, Now = now, CreatedBy = createdBy });
        if (departments.Count > 0)
        {
            await session.ExecuteAsync(InsertDepartmentSql, departments.Select(code => new { KeyId = id, Code = code }).ToList());
        }
        return ((await FindAsync(session, id))!, secret.Key);
    }

    public Task<(ApiKeyInfo Info, string Key)> CreateAsync(string name, string role, IReadOnlyList<string> departments, string? createdBy, CancellationToken cancellationToken) =>
        db.WriteAsync(session => CreateAsync(session, name, role, departments, createdBy), cancellationToken);

    /// <summary>
    /// The key a presented secret belongs to, if it is ours, matches, and is not revoked. A key is looked up and its
    /// hash compared once per process; after that each request only asks the database whether it is still active
    /// (one primary-key read), so a revocation by any process stops it at once. A key's name, role and departments
    /// never change after it is created.
    /// </summary>
    public async Task<ApiKeyInfo?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (ApiKeySecret.PrefixOf(presented) is not { } prefix) return null;
        var hash = ApiKeySecret.HashOf(presented);
        if (_verified.TryGetValue(hash, out var verified))
        {
            if (await db.ScalarAsync<int>(IsActiveSql, new { verified.Id }, cancellationToken) == 1) return verified;
            _verified.TryRemove(hash, out _);
            return null;
        }

        var key = await db.ReadAsync(async session =>
        {
            var row = await session.QuerySingleOrDefaultAsync<KeyRow>(FindByPrefixSql, new { Prefix = prefix });
            if (row is null || row.RevokedAt is not null || !ApiKeySecret.Matches(presented, row.Hash)) return null;
            return await FindAsync(session, row.Id);
        }, cancellationToken);
        if (key is not null)
        {
            if (_verified.Count >= MaxVerifiedKeys) _verified.Clear();
            _verified[hash] = key;
        }
        return key;
    }

    /// <summary>Whether the key is still active (one primary-key read): the web interface asks before each operation.</summary>
    public async Task<bool> IsActiveAsync(int id, CancellationToken cancellationToken) =>
        await db.ScalarAsync<int>(IsActiveSql, new { Id = id }, cancellationToken) == 1;

    public async Task<ApiKeyInfo?> FindAsync(DbSession session, int id)
    {
        var row = await session.QuerySingleOrDefaultAsync<InfoRow>(OneSql, new { Id = id });
        return row is null ? null : (await WithDepartments(session, [row]))[0];
    }

    public async Task<(int Total, IReadOnlyList<ApiKeyInfo> Items)> ListAsync(int skip, int take, CancellationToken cancellationToken) =>
        await db.ReadAsync(async session =>
        {
            var total = await session.ExecuteScalarAsync<int>(CountSql);
            var rows = (await session.QueryAsync<InfoRow>(PageSql, new { Skip = skip, Take = take })).ToList();
            return (total, await WithDepartments(session, rows));
        }, cancellationToken);

    public static async Task<bool> AnyAsync(DbSession session) => await session.ExecuteScalarAsync<int>(CountSql) > 0;

    private static async Task<IReadOnlyList<ApiKeyInfo>> WithDepartments(DbSession session, IReadOnlyList<InfoRow> rows)
    {
        if (rows.Count == 0) return [];
        var departments = (await session.QueryAsync<DepartmentRow>(DepartmentsSql, new { Ids = rows.Select(r => r.Id).ToList() }))
            .ToLookup(d => d.KeyId, d => d.Code);
        return rows.Select(r => new ApiKeyInfo(r.Id, r.Name, r.Role, departments[r.Id].ToList(), r.Prefix,
            DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), r.CreatedBy,
            r.RevokedAt is { } revoked ? DateTime.SpecifyKind(revoked, DateTimeKind.Utc) : null)).ToList();
    }

    private sealed class KeyRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string Hash { get; init; } = "";
        public DateTime? RevokedAt { get; init; }
    }

    private sealed class InfoRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string Prefix { get; init; } = "";
        public DateTime CreatedAt { get; init; }
        public string? CreatedBy { get; init; }
        public DateTime? RevokedAt { get; init; }
    }

    private sealed class DepartmentRow
    {
        public int KeyId { get; init; }
        public string Code { get; init; } = "";
    }
}
