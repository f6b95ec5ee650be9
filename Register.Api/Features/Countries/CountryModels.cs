using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Countries;

public static class CountryRoutes
{
    public const string Collection = "/api/countries";
    public const string Item = "/api/countries/{code}";
    public const string Tag = "Countries";
    public const string Entity = "country";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>A country, with whether it ensures adequate protection of subjects' rights (NPDPC Order No. 14, Art. 9).</summary>
public sealed record CountryResponse(string Code, LocalizedNames Names, string? Name, bool AdequateProtection, string? Source, int Version) : ICatalogResponse;

/// <summary>The body of POST and PUT; on PUT the code comes from the route.</summary>
public sealed record CountryRequest(string? Code, LocalizedNames? Names, bool? AdequateProtection, string? Source) : ICatalogRequest;

public sealed class CountryRequestValidator : AbstractValidator<CountryRequest>
{
    /// <summary>ISO 3166-1 alpha-2, lower-case like every catalog code.</summary>
    public const string CodePattern = "^[a-z]{2}$";
    public const int SourceMaxLength = 2000;

    public CountryRequestValidator()
    {
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop).CatalogCode()
            .Matches(CodePattern).WithMessage(_ => ForReader.Text("Код страны — две строчные латинские буквы по ISO 3166-1 alpha-2, например «by».", "'{PropertyName}' must be an ISO 3166-1 alpha-2 code in lower case, e.g. 'by'."));
        RuleFor(r => r.Names).NotNull().SetValidator(new LocalizedNamesValidator()!);
        RuleFor(r => r.AdequateProtection).NotNull();
        RuleFor(r => r.Source).PlainText(SourceMaxLength);
    }
}

internal sealed class CountryRow
{
    public const string Columns = "code AS Code, name_ru AS NameRu, name_be AS NameBe, name_en AS NameEn, " +
                                  "adequate_protection AS AdequateProtection, source AS Source, version AS Version";

    public string Code { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string? NameBe { get; init; }
    public string? NameEn { get; init; }
    public bool AdequateProtection { get; init; }
    public string? Source { get; init; }
    public int Version { get; init; }

    public CountryResponse ToResponse(string language)
    {
        var names = new LocalizedNames(NameRu, NameBe, NameEn);
        return new(Code, names, names.In(language), AdequateProtection, Source, Version);
    }
}

public sealed record ListCountriesQuery : CatalogQuery
{
    /// <summary>true: countries ensuring adequate protection; false: transfers there need an Art. 9 p.1 exception.</summary>
    public bool? AdequateProtection { get; init; }
}

public sealed class ListCountriesQueryValidator : AbstractValidator<ListCountriesQuery>
{
    public ListCountriesQueryValidator() => Include(new CatalogQueryValidator());
}
