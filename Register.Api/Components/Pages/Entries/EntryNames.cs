using Register.Api.Components.Shared;
using Register.Api.Infrastructure.Auth;

namespace Register.Api.Components.Pages.Entries;

/// <summary>Every catalog an entry refers to, so that it reads with names instead of codes.</summary>
public sealed record EntryNames(
    IReadOnlyList<CatalogOption> Departments, IReadOnlyList<CatalogOption> Subjects, IReadOnlyList<CatalogOption> Data,
    IReadOnlyList<CatalogOption> Bases, IReadOnlyList<CatalogOption> Recipients, IReadOnlyList<CatalogOption> Countries,
    IReadOnlyList<CatalogOption> Systems, IReadOnlyList<CatalogOption> Actions, IReadOnlyList<CatalogOption> Measures)
{
    public static async Task<EntryNames> LoadAsync(CatalogDirectory catalogs, Caller caller, CancellationToken token) => new(
        await catalogs.DepartmentsAsync(caller, token), await catalogs.SubjectCategoriesAsync(caller, token), await catalogs.DataCategoriesAsync(caller, token),
        await catalogs.LegalBasesAsync(caller, token), await catalogs.RecipientsAsync(caller, token), await catalogs.CountriesAsync(caller, token),
        await catalogs.InformationSystemsAsync(caller, token), await catalogs.ActionsAsync(caller, token), await catalogs.MeasuresAsync(caller, token));
}
