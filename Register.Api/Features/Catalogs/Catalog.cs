using System.Data.Common;
using FluentValidation;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Catalogs;

/// <summary>A catalog's request body: the code may be left out on PUT (the route names the entry).</summary>
public interface ICatalogRequest
{
    string? Code { get; }
}

/// <summary>A catalog entry as the API returns it: addressed by code, versioned by its ETag.</summary>
public interface ICatalogResponse
{
    string Code { get; }
    int Version { get; }
}

/// <summary>What names a catalog: its route, its OpenAPI tag, the words for it in messages, its audit entity.</summary>
public sealed record CatalogInfo(string Collection, string Tag, CatalogWord Word, string AuditEntity, string Description)
{
    /// <summary>The English word for one entry (the API's messages and descriptions).</summary>
    public string Entity => Word.English;

    public string Item => Collection + "/{code}";

    public string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>
/// The five operations every catalog has (list, get, create, update, delete), written once: who may run them, the
/// validation, the 404/409/412 decisions and the audit row. A catalog supplies only what is its own (its SQL, its
/// references, what it computes) by overriding the storage steps. The API's endpoints and the web interface both call
/// these operations with their caller.
/// </summary>
public abstract class Catalog<TRequest, TResponse, TQuery>(Db db, TimeProvider clock)
    where TRequest : class, ICatalogRequest
    where TResponse : class, ICatalogResponse
    where TQuery : PageQuery
{
    public abstract CatalogInfo Info { get; }

    protected abstract IValidator<TRequest> RequestValidator { get; }

    protected abstract IValidator<TQuery> QueryValidator { get; }

    /// <summary>The entry as the caller reads it, names resolved in <paramref name="language"/>; null when there is none.</summary>
    protected abstract Task<TResponse?> FindAsync(DbSession session, string code, string language);

    protected abstract Task<(int Total, IReadOnlyList<TResponse> Items)> PageAsync(DbSession session, TQuery query, string language);

    /// <summary>Inserts the entry; checks of its references that need the database throw <see cref="InvalidRequestException"/>.</summary>
    protected abstract Task InsertAsync(DbSession session, string code, TRequest request, DateTime now);

    /// <summary>Updates the entry if it is at <paramref name="expectedVersion"/> (any version when null); returns the rows changed.</summary>
    protected abstract Task<int> UpdateAsync(DbSession session, string code, TRequest request, int? expectedVersion, DateTime now);

    /// <summary>Deletes the entry if it is at <c>@ExpectedVersion</c> (any when null); <c>@Code</c> names it.</summary>
    protected abstract string DeleteSql { get; }

    /// <summary>What may still refer to an entry: a delete is refused (409) naming them.</summary>
    protected virtual IReadOnlyList<CatalogUsage> Usages => [];

    /// <summary>Rows that belong to the entry and go with it, removed just before it (e.g. a recipient's contract lists).</summary>
    protected virtual Task DeleteOwnedRowsAsync(DbSession session, string code) => Task.CompletedTask;

    public async Task<PageResponse<TResponse>> ListAsync(Caller caller, TQuery query, string language, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await QueryValidator.EnsureValidAsync(query, cancellationToken);
        var (total, items) = await db.ReadAsync(session => PageAsync(session, query, language), cancellationToken);
        return new PageResponse<TResponse>(items, total, query.PageNumber, query.Size);
    }

    public async Task<TResponse> GetAsync(Caller caller, string code, string language, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return await db.ReadAsync(session => FindAsync(session, code, language), cancellationToken) ?? throw NotFound(code);
    }

    public async Task<TResponse> CreateAsync(Caller caller, TRequest request, string language, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        await RequestValidator.EnsureValidAsync(request, cancellationToken);
        return await db.WriteAsync(session => WriteNewAsync(session, request, caller.Name, language), cancellationToken);
    }

    /// <summary>The create inside a transaction the caller holds (the demo register loads many entries in one).</summary>
    public async Task<TResponse> CreateInAsync(DbSession session, TRequest request, string? actor)
    {
        await RequestValidator.EnsureValidAsync(request, session.CancellationToken);
        return await WriteNewAsync(session, request, actor, Languages.Default);
    }

    private async Task<TResponse> WriteNewAsync(DbSession session, TRequest request, string? actor, string language)
    {
        var code = request.Code ?? throw new InvalidRequestException("code", ForReader.Text("Заполните код.", "'code' must not be empty."));
        try
        {
            await InsertAsync(session, code, request, clock.UtcNow());
        }
        catch (DbException exception) when (session.Dialect.IsUniqueViolation(exception))
        {
            throw new ConflictException(ForReader.Text(
                $"В справочнике «{Info.Word.Catalog}» уже есть запись с кодом «{code}». Выберите другой код или измените ту запись.",
                $"A {Info.Entity} with code '{code}' already exists."));
        }
        var created = await FindAsync(session, code, Languages.Default) ?? throw new InvalidOperationException($"The new {Info.Entity} '{code}' cannot be read back.");
        await AuditLog.RecordAsync(session, actor, clock, Info.AuditEntity, code, AuditActions.Create, null, created);
        return await InLanguageAsync(session, created, language);
    }

    public async Task<TResponse> UpdateAsync(Caller caller, string code, TRequest request, IfMatch ifMatch, string language, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        await RequestValidator.EnsureValidAsync(request, cancellationToken);
        // Codes are the catalog's identity (entries and clients refer to them): a body may repeat it, never change it.
        if (request.Code is not null && request.Code != code)
        {
            throw new InvalidRequestException("code", ForReader.Text(
                $"Код «{request.Code}» не совпадает с кодом записи «{code}»: код записи не меняется.",
                $"The body's code '{request.Code}' differs from the URL's '{code}'; codes cannot be renamed."));
        }
        var expectedVersion = ifMatch.Required();
        return await db.WriteAsync(session => WriteChangeAsync(session, code, request, expectedVersion, caller.Name, language), cancellationToken);
    }

    /// <summary>A change inside a transaction the caller holds, whatever the current version (the release corrections).</summary>
    public async Task<TResponse> UpdateInAsync(DbSession session, string code, TRequest request, string? actor)
    {
        await RequestValidator.EnsureValidAsync(request, session.CancellationToken);
        return await WriteChangeAsync(session, code, request, expectedVersion: null, actor, Languages.Default);
    }

    /// <summary>The entry as the API returns it (names in Russian), inside a transaction the caller holds.</summary>
    public Task<TResponse?> FindInAsync(DbSession session, string code) => FindAsync(session, code, Languages.Default);

    private async Task<TResponse> WriteChangeAsync(DbSession session, string code, TRequest request, int? expectedVersion, string? actor, string language)
    {
        var before = await FindAsync(session, code, Languages.Default) ?? throw NotFound(code);
        if (await UpdateAsync(session, code, request, expectedVersion, clock.UtcNow()) == 0)
        {
            throw new PreconditionFailedException(ETags.Format(before.Version));
        }
        var after = (await FindAsync(session, code, Languages.Default))!;
        await AuditLog.RecordAsync(session, actor, clock, Info.AuditEntity, code, AuditActions.Update, before, after);
        return await InLanguageAsync(session, after, language);
    }

    public async Task DeleteAsync(Caller caller, string code, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        var expectedVersion = ifMatch.Required();
        await db.WriteAsync(async session =>
        {
            var before = await FindAsync(session, code, Languages.Default) ?? throw NotFound(code);
            await EnsureNotInUseAsync(session, code);
            await DeleteOwnedRowsAsync(session, code);
            int deleted;
            try
            {
                deleted = await session.ExecuteAsync(DeleteSql, new { Code = code, ExpectedVersion = expectedVersion });
            }
            catch (DbException exception) when (session.Dialect.IsForeignKeyViolation(exception))
            {
                // A reference that appeared after the usage check still fails on its foreign key.
                throw new ConflictException(ForReader.Text(
                    $"Запись «{code}» справочника «{Info.Word.Catalog}» используется. Сначала уберите ссылки на неё.",
                    $"The {Info.Entity} '{code}' is in use. Remove the references to it first."));
            }
            if (deleted == 0) throw new PreconditionFailedException(ETags.Format(before.Version));
            await AuditLog.RecordAsync(session, caller.Name, clock, Info.AuditEntity, code, AuditActions.Delete, before, null);
            return true;
        }, cancellationToken);
    }

    private async Task<TResponse> InLanguageAsync(DbSession session, TResponse entry, string language) =>
        language == Languages.Default ? entry : (await FindAsync(session, entry.Code, language))!;

    private NotFoundException NotFound(string code) =>
        new(ForReader.Text($"В справочнике «{Info.Word.Catalog}» нет записи с кодом «{code}».", $"There is no {Info.Entity} '{code}'."));

    private const int NamedUsers = 10;

    /// <summary>409 naming what still refers to the entry, so the officer knows what to change first.</summary>
    private async Task EnsureNotInUseAsync(DbSession session, string code)
    {
        var uses = new List<string>();
        foreach (var usage in Usages)
        {
            var users = (await session.QueryAsync<string>(usage.Sql, new { Code = code })).Distinct().ToList();
            if (users.Count == 0) continue;
            var named = string.Join(", ", users.Take(NamedUsers));
            var what = ForReader.Text(usage.WhatRu, usage.What);
            uses.Add(users.Count > NamedUsers
                ? ForReader.Text($"{what} {named} и ещё {users.Count - NamedUsers}", $"{what} {named} and {users.Count - NamedUsers} more")
                : $"{what} {named}");
        }
        if (uses.Count > 0)
        {
            throw new ConflictException(ForReader.Text(
                $"Запись «{code}» справочника «{Info.Word.Catalog}» используется: {string.Join("; ", uses)}. Сначала уберите эти ссылки.",
                $"The {Info.Entity} '{code}' is in use by {string.Join("; ", uses)}. Remove those references first."));
        }
    }
}

/// <summary>
/// Where a catalog entry may be referenced from. <see cref="Sql"/> selects the identifiers of the referring rows
/// (e.g. activity codes) for <c>@Code</c>; <see cref="WhatRu"/> and <see cref="What"/> name them in the 409
/// («записи реестра», "activities").
/// </summary>
public sealed record CatalogUsage(string WhatRu, string What, string Sql);
