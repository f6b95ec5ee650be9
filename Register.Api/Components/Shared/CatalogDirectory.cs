using Register.Api.Features.Catalogs;
using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.LegalBases;
using Register.Api.Features.ProcessingActions;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Components.Shared;

/// <summary>One catalog entry as the interface names it: its code, its name in the user's language, and a note.</summary>
public sealed record CatalogOption(string Code, string Name, string? Note = null)
{
    /// <summary>How a picker shows it: the name, then the code (people search by name, the law's texts cite codes).</summary>
    public string Label => $"{Name} ({Code})";
}

/// <summary>
/// The catalogs' entries by code, read through the catalogs' own list operations with the caller, once per request or
/// circuit and only for the catalogs a page asks for: entries, filters and pickers show names, never bare codes.
/// </summary>
public sealed class CatalogDirectory(
    Departments departments, SubjectCategories subjects, DataCategories data, LegalBases bases, Recipients recipients,
    Countries countries, InformationSystems systems, ProcessingActions actions, ProtectionMeasures measures)
{
    private readonly Dictionary<string, Task<IReadOnlyList<CatalogOption>>> _loaded = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<CatalogOption>> DepartmentsAsync(Caller caller, CancellationToken token) =>
        Load("departments", () => All(departments, caller, p => new ListDepartmentsQuery { Page = p, PageSize = PageQuery.MaxPageSize }, d => new(d.Code, d.Name), token));

    public Task<IReadOnlyList<CatalogOption>> SubjectCategoriesAsync(Caller caller, CancellationToken token) =>
        Load("subjects", () => All(subjects, caller, Query, s => new(s.Code, s.Name ?? s.Code, s.MayIncludeMinors ? Ui.T("могут быть несовершеннолетние", "may include minors") : null), token));

    public Task<IReadOnlyList<CatalogOption>> DataCategoriesAsync(Caller caller, CancellationToken token) =>
        Load("data", () => All(data, caller, p => new ListDataCategoriesQuery { Page = p, PageSize = PageQuery.MaxPageSize },
            d => new(d.Code, d.Name ?? d.Code, Labels.Category(d.EffectiveNpdpcCategory)), token));

    public Task<IReadOnlyList<CatalogOption>> LegalBasesAsync(Caller caller, CancellationToken token) =>
        Load("bases", () => All(bases, caller, p => new ListLegalBasesQuery { Page = p, PageSize = PageQuery.MaxPageSize },
            b => new(b.Code, b.Name ?? b.Code, b.Citation), token));

    public Task<IReadOnlyList<CatalogOption>> RecipientsAsync(Caller caller, CancellationToken token) =>
        Load("recipients", () => All(recipients, caller, p => new ListRecipientsQuery { Page = p, PageSize = PageQuery.MaxPageSize },
            r => new(r.Code, r.Name, r.CountryCode), token));

    public Task<IReadOnlyList<CatalogOption>> CountriesAsync(Caller caller, CancellationToken token) =>
        Load("countries", () => All(countries, caller, p => new ListCountriesQuery { Page = p, PageSize = PageQuery.MaxPageSize },
            c => new(c.Code, c.Name ?? c.Code, c.AdequateProtection ? Ui.T("надлежащая защита", "adequate protection") : Ui.T("без надлежащей защиты", "no adequate protection")), token));

    public Task<IReadOnlyList<CatalogOption>> InformationSystemsAsync(Caller caller, CancellationToken token) =>
        Load("systems", () => All(systems, caller, p => new ListInformationSystemsQuery { Page = p, PageSize = PageQuery.MaxPageSize }, s => new(s.Code, s.Name, s.OacClass), token));

    public Task<IReadOnlyList<CatalogOption>> ActionsAsync(Caller caller, CancellationToken token) =>
        Load("actions", () => All(actions, caller, Query, a => new(a.Code, a.Name ?? a.Code), token));

    public Task<IReadOnlyList<CatalogOption>> MeasuresAsync(Caller caller, CancellationToken token) =>
        Load("measures", () => All(measures, caller, p => new ListProtectionMeasuresQuery { Page = p, PageSize = PageQuery.MaxPageSize },
            m => new(m.Code, m.Name ?? m.Code, m.CryptoMeans), token));

    /// <summary>The name of a code in a loaded list, or the code itself when it is not there.</summary>
    public static string Name(IReadOnlyList<CatalogOption> options, string? code) =>
        code is null ? "—" : options.FirstOrDefault(o => o.Code == code)?.Name ?? code;

    private static CatalogQuery Query(int page) => new() { Page = page, PageSize = PageQuery.MaxPageSize };

    private Task<IReadOnlyList<CatalogOption>> Load(string key, Func<Task<IReadOnlyList<CatalogOption>>> load)
    {
        if (!_loaded.TryGetValue(key, out var task)) _loaded[key] = task = load();
        return task;
    }

    private static async Task<IReadOnlyList<CatalogOption>> All<TRequest, TResponse, TQuery>(
        Catalog<TRequest, TResponse, TQuery> catalog, Caller caller, Func<int, TQuery> query, Func<TResponse, CatalogOption> option, CancellationToken token)
        where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
    {
        var options = new List<CatalogOption>();
        for (var page = 1; ; page++)
        {
            var result = await catalog.ListAsync(caller, query(page), Ui.Language, token);
            options.AddRange(result.Items.Select(option));
            if (options.Count >= result.Total || result.Items.Count == 0) break;
        }
        return options;
    }
}
