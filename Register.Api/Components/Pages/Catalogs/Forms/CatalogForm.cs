using Register.Api.Components.Shared;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Http;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>A catalog entry as its form shows it: code, name, the version a save must match, and the fields' values.</summary>
public sealed record CatalogEntry(string Code, string Name, int Version, CatalogValues Values);

/// <summary>
/// The form of one catalog, as the generic pages use it: its fields, and the catalog's own operations run with the
/// caller (who may, validation, 404/409/412, the audit row are theirs). One implementation per catalog, each only
/// saying what is its own, as each catalog of <c>Features</c> supplies only its own part of <see cref="Catalog{TRequest,TResponse,TQuery}"/>.
/// </summary>
public interface ICatalogForm
{
    /// <summary>The register list's filter by an entry of this catalog (<c>register?recipient=code</c>); null when it has none.</summary>
    string? RegisterFilter { get; }

    /// <summary>The fields after the code, with their choices (other catalogs' entries) read with the caller.</summary>
    Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token);

    /// <summary>Help for the code of a new entry when the catalog's codes follow a rule of their own (countries).</summary>
    string? CodeHelp { get; }

    /// <summary>What a new entry's form starts with.</summary>
    CatalogValues Defaults();

    Task<CatalogEntry> GetAsync(Caller caller, string code, CancellationToken token);

    Task<CatalogEntry> CreateAsync(Caller caller, CatalogValues values, CancellationToken token);

    Task<CatalogEntry> UpdateAsync(Caller caller, string code, CatalogValues values, int version, CancellationToken token);

    Task DeleteAsync(Caller caller, string code, int version, CancellationToken token);
}

/// <summary>
/// A catalog's form over its operations: a catalog says how its entry fills the fields (<see cref="ValuesOf"/>) and how
/// the fields make its request (<see cref="RequestOf"/>); the save, the version check and the delete are the operation's.
/// </summary>
public abstract class CatalogForm<TRequest, TResponse, TQuery>(Catalog<TRequest, TResponse, TQuery> catalog) : ICatalogForm
    where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
{
    public virtual string? RegisterFilter => null;

    public virtual string? CodeHelp => null;

    public abstract Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token);

    public virtual CatalogValues Defaults() => new();

    protected abstract CatalogValues ValuesOf(TResponse entry);

    protected abstract string NameOf(TResponse entry);

    /// <summary>The request the fields make; <paramref name="code"/> is the new entry's typed code or the edited entry's.</summary>
    protected internal abstract TRequest RequestOf(string? code, CatalogValues values);

    public async Task<CatalogEntry> GetAsync(Caller caller, string code, CancellationToken token) =>
        Entry(await catalog.GetAsync(caller, code, Language, token));

    public async Task<CatalogEntry> CreateAsync(Caller caller, CatalogValues values, CancellationToken token) =>
        Entry(await catalog.CreateAsync(caller, RequestOf(values.Text("code"), values), Language, token));

    public async Task<CatalogEntry> UpdateAsync(Caller caller, string code, CatalogValues values, int version, CancellationToken token) =>
        Entry(await catalog.UpdateAsync(caller, code, RequestOf(code, values), IfMatch.Version(version), Language, token));

    public Task DeleteAsync(Caller caller, string code, int version, CancellationToken token) =>
        catalog.DeleteAsync(caller, code, IfMatch.Version(version), token);

    private CatalogEntry Entry(TResponse entry) => new(entry.Code, NameOf(entry), entry.Version, ValuesOf(entry));

    /// <summary>Other catalogs' entries as choices, by name.</summary>
    protected static IEnumerable<FieldChoice> Choices(IEnumerable<CatalogOption> options) => options.Select(o => new FieldChoice(o.Code, o.Name));
}
