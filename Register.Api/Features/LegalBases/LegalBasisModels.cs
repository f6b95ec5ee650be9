using FluentValidation;
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
    string Code, LocalizedNames Names, string? Name, LegalBasisKind Kind, string? Citation, string? Law, int Version);

/// <summary>The body of POST and PUT; on PUT the code comes from the route.</summary>
public sealed record LegalBasisRequest(string? Code, LocalizedNames? Names, LegalBasisKind? Kind, string? Citation, string? Law);

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

internal static class LegalBasisStore
{
    public const string SelectByCodeSql = $"SELECT {LegalBasisRow.Columns} FROM legal_bases WHERE code = @Code";

    public static Task<LegalBasisRow?> FindAsync(DbSession session, string code) =>
        session.QuerySingleOrDefaultAsync<LegalBasisRow>(SelectByCodeSql, new { Code = code });

    /// <summary>The citation is searchable too: officers look a basis up by its article ("ст. 6 абз. 8").</summary>
    public static string SearchTextOf(string code, LocalizedNames names, string? citation) =>
        SearchText.Fold(code, names.Ru, names.Be, names.En, citation);
}
