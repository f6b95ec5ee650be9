using System.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Catalogs;

/// <summary>
/// Where a catalog entry may be referenced from. <see cref="Sql"/> selects the identifiers of the referring
/// rows (e.g. activity codes) for <c>@Code</c>; <see cref="What"/> names them in the 409 ("activities").
/// </summary>
public sealed record CatalogUsage(string What, string Sql);

/// <summary>The write steps every catalog shares: duplicate codes, versions, and deletes of entries in use.</summary>
public static class CatalogWrites
{
    private const int NamedUsers = 10;

    /// <summary>Runs an INSERT; a duplicate code is a 409 naming it.</summary>
    public static async Task InsertAsync(DbSession session, string sql, object parameters, string entity, string code)
    {
        try
        {
            await session.ExecuteAsync(sql, parameters);
        }
        catch (DbException exception) when (session.Dialect.IsUniqueViolation(exception))
        {
            throw new ConflictException($"A {entity} with code '{code}' already exists.");
        }
    }

    /// <summary>
    /// A PUT's body may repeat the code, but not change it: codes are the catalog's identity, and other entries and
    /// clients refer to them. Returns the 400 to answer, or null when the body agrees with the URL.
    /// </summary>
    public static ValidationProblem? CodeMismatch(string? bodyCode, string code) =>
        bodyCode is not null && bodyCode != code
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["code"] = [$"The body's code '{bodyCode}' differs from the URL's '{code}'; codes cannot be renamed."],
            })
            : null;

    /// <summary>An UPDATE or DELETE conditioned on the version touched nothing although the entry exists: 412.</summary>
    public static void EnsureApplied(int affectedRows, int currentVersion)
    {
        if (affectedRows == 0) throw new PreconditionFailedException(ETags.Format(currentVersion));
    }

    /// <summary>409 naming what still refers to the entry, so the officer knows what to change first.</summary>
    public static async Task EnsureNotInUseAsync(DbSession session, string entity, string code, IEnumerable<CatalogUsage> usages)
    {
        var uses = new List<string>();
        foreach (var usage in usages)
        {
            var users = (await session.QueryAsync<string>(usage.Sql, new { Code = code })).Distinct().ToList();
            if (users.Count == 0) continue;
            var named = string.Join(", ", users.Take(NamedUsers));
            uses.Add(users.Count > NamedUsers ? $"{usage.What} {named} and {users.Count - NamedUsers} more" : $"{usage.What} {named}");
        }
        if (uses.Count > 0)
        {
            throw new ConflictException($"The {entity} '{code}' is in use by {string.Join("; ", uses)}. Remove those references first.");
        }
    }

    /// <summary>Deletes after the usage check; a reference that appeared meanwhile still fails on its foreign key (409).</summary>
    public static async Task<int> DeleteAsync(DbSession session, string sql, object parameters, string entity, string code)
    {
        try
        {
            return await session.ExecuteAsync(sql, parameters);
        }
        catch (DbException exception) when (session.Dialect.IsForeignKeyViolation(exception))
        {
            throw new ConflictException($"The {entity} '{code}' is in use. Remove the references to it first.");
        }
    }
}
