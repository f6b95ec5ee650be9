using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;

namespace Register.Api.Features.LegalBases;

public static class LegalBasisRoutes
{
    public const string Collection = "/api/legal-bases";
    public const string Item = "/api/legal-bases/{code}";
    public const string Tag = "Legal bases";
    public const string Entity = "legal basis";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>A legal basis for processing: consent (Art. 5), Art. 6, Art. 8 p.2, or an Art. 9 p.1 cross-border exception.</summary>
public sealed record LegalBasisResponse(
    string Code, LocalizedNames Names, string? Name, LegalBasisKind Kind, string? Citation, string? Law, int Version) : ICatalogResponse;

/// <summary>The body of POST and PUT; on PUT the code comes from the route.</summary>
public sealed record LegalBasisRequest(string? Code, LocalizedNames? Names, LegalBasisKind? Kind, string? Citation, string? Law) : ICatalogRequest;

public sealed class LegalBasisRequestValidator : AbstractValidator<LegalBasisRequest>
{
    public const int CitationMaxLength = 300;
    public const int LawMaxLength = 500;

    public LegalBasisRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Names).NotNull().SetValidator(new LocalizedNamesValidator()!);
        RuleFor(r => r.Kind).RequiredKebabEnum();
        RuleFor(r => r.Citation).PlainText(CitationMaxLength);
        RuleFor(r => r.Law).PlainText(LawMaxLength);
    }
}

/// <summary>The kind is stored as its kebab name, as the API writes it.</summary>
internal sealed class LegalBasisRow
{
    public const string Columns = "code AS Code, name_ru AS NameRu, name_be AS NameBe, name_en AS NameEn, " +
                                  "kind AS Kind, citation AS Citation, law AS Law, version AS Version";

    public string Code { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string? NameBe { get; init; }
    public string? NameEn { get; init; }
    public string Kind { get; init; } = "";
    public string? Citation { get; init; }
    public string? Law { get; init; }
    public int Version { get; init; }

    public LegalBasisResponse ToResponse(string language)
    {
        var names = new LocalizedNames(NameRu, NameBe, NameEn);
        return new(Code, names, names.In(language), KebabEnum.Parse<LegalBasisKind>(Kind), Citation, Law, Version);
    }
}

/// <summary>The catalog query; <c>q</c> also matches the citation.</summary>
public sealed record ListLegalBasesQuery : CatalogQuery
{
    /// <summary>consent, general, special or cross-border.</summary>
    public string? Kind { get; init; }
}

public sealed class ListLegalBasesQueryValidator : AbstractValidator<ListLegalBasesQuery>
{
    public ListLegalBasesQueryValidator()
    {
        Include(new CatalogQueryValidator());
        RuleFor(q => q.Kind).KebabEnumName<ListLegalBasesQuery, LegalBasisKind>();
    }
}
