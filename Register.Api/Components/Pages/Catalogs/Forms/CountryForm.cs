using Register.Api.Components.Shared;
using Register.Api.Features.Countries;
using Register.Api.Infrastructure.Auth;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>A country: names, whether it ensures adequate protection of subjects' rights, and where that is stated.</summary>
public sealed class CountryForm(Countries catalog) : CatalogForm<CountryRequest, CountryResponse, ListCountriesQuery>(catalog)
{
    public override string? CodeHelp => T("Код ISO 3166-1 из двух строчных латинских букв, например «by».", "The ISO 3166-1 two-letter code in lower case, e.g. \"by\".");

    public override Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token) =>
        Task.FromResult<IReadOnlyList<CatalogField>>(
        [
            .. Field.Names(),
            Field.Checkbox("adequateProtection", T("Обеспечивает надлежащий уровень защиты прав субъектов", "Ensures adequate protection of subjects' rights"),
                T("По перечню НЦЗПД (приказ № 14). Без надлежащей защиты передача требует исключения из п. 1 ст. 9.",
                  "Per the NPDPC's list (Order 14). Without it, a transfer needs an Art. 9 p. 1 exception.")),
            Field.Multiline("source", T("Источник", "Source"), T("Документ, которым это установлено.", "The document that states it.")),
        ]);

    protected override string NameOf(CountryResponse entry) => entry.Name ?? entry.Code;

    protected override CatalogValues ValuesOf(CountryResponse entry) => new CatalogValues()
        .Set(entry.Names).Set("adequateProtection", entry.AdequateProtection).Set("source", entry.Source);

    protected internal override CountryRequest RequestOf(string? code, CatalogValues values) =>
        new(code, values.Names(), values.Flag("adequateProtection"), values.Text("source"));
}
