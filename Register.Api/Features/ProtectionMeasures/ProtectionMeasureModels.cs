using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;

namespace Register.Api.Features.ProtectionMeasures;

public static class ProtectionMeasureRoutes
{
    public const string Collection = "/api/protection-measures";
    public const string Item = "/api/protection-measures/{code}";
    public const string Tag = "Protection measures";
    public const string Entity = "protection measure";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>A measure protecting personal data (Art. 17): organisational, technical or cryptographic (with the means named).</summary>
public sealed record ProtectionMeasureResponse(
    string Code, LocalizedNames Names, string? Name, ProtectionMeasureKind Kind, string? CryptoMeans, int Version) : ICatalogResponse;

/// <summary>
/// The body of POST and PUT; on PUT the code comes from the route. <c>cryptoMeans</c> stays optional even for
/// cryptographic measures: the register may record a measure before the certified means are chosen.
/// </summary>
public sealed record ProtectionMeasureRequest(string? Code, LocalizedNames? Names, ProtectionMeasureKind? Kind, string? CryptoMeans) : ICatalogRequest;

public sealed class ProtectionMeasureRequestValidator : AbstractValidator<ProtectionMeasureRequest>
{
    public const int CryptoMeansMaxLength = 2000;

    public ProtectionMeasureRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Names).NotNull().SetValidator(new LocalizedNamesValidator()!);
        RuleFor(r => r.Kind).RequiredKebabEnum();
        RuleFor(r => r.CryptoMeans).PlainText(CryptoMeansMaxLength);
    }
}

/// <summary>The kind is stored as its kebab name, as the API writes it.</summary>
internal sealed class ProtectionMeasureRow
{
    public const string Columns = "code AS Code, name_ru AS NameRu, name_be AS NameBe, name_en AS NameEn, " +
                                  "kind AS Kind, crypto_means AS CryptoMeans, version AS Version";

    public string Code { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string? NameBe { get; init; }
    public string? NameEn { get; init; }
    public string Kind { get; init; } = "";
    public string? CryptoMeans { get; init; }
    public int Version { get; init; }

    public ProtectionMeasureResponse ToResponse(string language)
    {
        var names = new LocalizedNames(NameRu, NameBe, NameEn);
        return new(Code, names, names.In(language), KebabEnum.Parse<ProtectionMeasureKind>(Kind), CryptoMeans, Version);
    }
}

public sealed record ListProtectionMeasuresQuery : CatalogQuery
{
    /// <summary>organisational, technical or cryptographic.</summary>
    public string? Kind { get; init; }
}

public sealed class ListProtectionMeasuresQueryValidator : AbstractValidator<ListProtectionMeasuresQuery>
{
    public ListProtectionMeasuresQueryValidator()
    {
        Include(new CatalogQueryValidator());
        RuleFor(q => q.Kind).KebabEnumName<ListProtectionMeasuresQuery, ProtectionMeasureKind>();
    }
}
