using System.Globalization;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Keys;

/// <summary>The officer's keys operations: issue (the secret shown once), list (never a secret), revoke at once.</summary>
public sealed class Keys(Db db, ApiKeyStore keys, TimeProvider clock)
{
    private static readonly CreateKeyRequestValidator Validator = new();
    private static readonly PageQueryValidator ListValidator = new();

    /// <summary>Issues a key; the answer is the only place its secret ever appears.</summary>
    public async Task<CreatedKeyResponse> CreateAsync(Caller caller, CreateKeyRequest request, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        await Validator.EnsureValidAsync(request, cancellationToken);
        var departments = (request.DepartmentCodes ?? []).Select(c => c!).Distinct(StringComparer.Ordinal).ToList();
        var (info, key) = await db.WriteAsync(async session =>
        {
            if (departments.Count > 0)
            {
                var known = (await session.QueryAsync<string>(ApiKeyStore.DepartmentExistsSql, new { Codes = departments })).ToHashSet(StringComparer.Ordinal);
                var unknown = departments.Where(d => !known.Contains(d)).ToList();
                if (unknown.Count > 0) throw new InvalidRequestException("departmentCodes", ForReader.Text(
                    $"В справочнике «Подразделения» нет кодов: {string.Join(", ", unknown.Select(c => $"«{c}»"))}.",
                    $"Unknown department(s): {string.Join(", ", unknown)}."));
            }
            var created = await keys.CreateAsync(session, request.Name!, request.Role!, departments, caller.Name);
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.ApiKey, created.Info.Id.ToString(CultureInfo.InvariantCulture),
                AuditActions.Create, before: null, after: KeyResponse.From(created.Info));
            return created;
        }, cancellationToken);
        return new CreatedKeyResponse(info.Id, info.Name, info.Role, info.DepartmentCodes, info.Prefix, info.CreatedAt, key);
    }

    public async Task<PageResponse<KeyResponse>> ListAsync(Caller caller, PageQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        await ListValidator.EnsureValidAsync(query, cancellationToken);
        var (total, items) = await keys.ListAsync(query.Skip, query.Size, cancellationToken);
        return new PageResponse<KeyResponse>(items.Select(KeyResponse.From).ToList(), total, query.PageNumber, query.Size);
    }

    /// <summary>
    /// Revokes a key at once: the next request carrying it is refused (keys are checked against the database on every
    /// request, and the interface's sessions with it end). Needs no If-Match: revoking is idempotent and must never be
    /// blocked by a stale read.
    /// </summary>
    public async Task RevokeAsync(Caller caller, int id, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        await db.WriteAsync(async session =>
        {
            var before = await keys.FindAsync(session, id) ?? throw new NotFoundException(ForReader.Text($"Ключа доступа {id} нет.", $"There is no API key {id}."));
            if (await session.ExecuteAsync(ApiKeyStore.RevokeSql, new { Id = id, Now = clock.UtcNow() }) == 1)
            {
                var after = await keys.FindAsync(session, id);
                await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.ApiKey, id.ToString(CultureInfo.InvariantCulture),
                    AuditActions.Revoke, KeyResponse.From(before), KeyResponse.From(after!));
            }
            return true;
        }, cancellationToken);
    }
}
