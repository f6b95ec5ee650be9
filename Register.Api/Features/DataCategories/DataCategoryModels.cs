using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;

namespace Register.Api.Features.DataCategories;

public static class DataCategoryRoutes
{
    public const string Collection = "/api/data-categories";
    public const string Item = "/api/data-categories/{code}";
    public const string Tag = "Data categories";
    public const string Entity = "data category";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>
/// A category of personal data, in exactly one NPDPC category (Order No. 12) as the officer records it. Biometric data is
/// data used for unique identification (Law 99-З ст. 1): a photograph, video or voice recording not so used
/// (<see cref="UsedForUniqueIdentification"/> false) is not biometric, whatever was recorded, and
/// <see cref="EffectiveNpdpcCategory"/> is the category every computation uses. A genetic category leaves the flag null.
/// </summary>
public sealed record DataCategoryResponse(
    string Code, LocalizedNames Names, string? Name, string? Group, NpdpcCategory NpdpcCategory,
    bool? UsedForUniqueIdentification, bool Depersonalised, NpdpcCategory EffectiveNpdpcCategory, int Version) : ICatalogResponse;

/// <summary>
/// The body of POST and PUT; on PUT the code comes from the route. <c>usedForUniqueIdentification</c>: null when not stated;
/// <c>depersonalised</c>: false when left out.
/// </summary>
public sealed record DataCategoryRequest(
    string? Code, LocalizedNames? Names, string? Group, NpdpcCategory? NpdpcCategory,
    bool? UsedForUniqueIdentification = null, bool? Depersonalised = null) : ICatalogRequest;

public sealed class DataCategoryRequestValidator : AbstractValidator<DataCategoryRequest>
{
    public const int GroupMaxLength = 300;

    public DataCategoryRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Names).NotNull().SetValidator(new LocalizedNamesValidator()!);
        RuleFor(r => r.Group).PlainText(GroupMaxLength);
        RuleFor(r => r.NpdpcCategory).RequiredKebabEnum();
    }
}

/// <summary>The NPDPC category is stored as its kebab name, as the API writes it.</summary>
internal sealed class DataCategoryRow
{
    public const string Columns = "code AS Code, name_ru AS NameRu, name_be AS NameBe, name_en AS NameEn, " +
                                  "group_name AS GroupName, npdpc_category AS NpdpcCategory, " +
                                  "used_for_unique_identification AS UsedForUniqueIdentification, depersonalised AS Depersonalised, version AS Version";

    public string Code { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string? NameBe { get; init; }
    public string? NameEn { get; init; }
    public string? GroupName { get; init; }
    public string NpdpcCategory { get; init; } = "";
    public bool? UsedForUniqueIdentification { get; init; }
    public bool Depersonalised { get; init; }
    public int Version { get; init; }

    public DataCategoryResponse ToResponse(string language)
    {
        var names = new LocalizedNames(NameRu, NameBe, NameEn);
        var recorded = KebabEnum.Parse<NpdpcCategory>(NpdpcCategory);
        return new(Code, names, names.In(language), GroupName, recorded, UsedForUniqueIdentification, Depersonalised,
            DataCategoryReading.EffectiveCategory(recorded, UsedForUniqueIdentification), Version);
    }
}

public sealed record ListDataCategoriesQuery : CatalogQuery
{
    /// <summary>public, other, special or biometric-genetic.</summary>
    public string? NpdpcCategory { get; init; }
}

public sealed class ListDataCategoriesQueryValidator : AbstractValidator<ListDataCategoriesQuery>
{
    public ListDataCategoriesQueryValidator()
    {
        Include(new CatalogQueryValidator());
        RuleFor(q => q.NpdpcCategory).KebabEnumName<ListDataCategoriesQuery, NpdpcCategory>();
    }
}
