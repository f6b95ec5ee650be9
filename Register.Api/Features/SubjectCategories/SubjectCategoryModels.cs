using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.SubjectCategories;

public static class SubjectCategoryRoutes
{
    public const string Collection = "/api/subject-categories";
    public const string Item = "/api/subject-categories/{code}";
    public const string Tag = "Subject categories";
    public const string Entity = "subject category";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>A category of data subjects (Regulation ch. 5): employees, applicants, students, visitors...</summary>
public sealed record SubjectCategoryResponse(
    string Code, LocalizedNames Names, string? Name, string? Description, bool MayIncludeMinors, int Version) : ICatalogResponse;

/// <summary>The body of POST and PUT; on PUT the code comes from the route. A missing <c>mayIncludeMinors</c> means false.</summary>
public sealed record SubjectCategoryRequest(string? Code, LocalizedNames? Names, string? Description, bool? MayIncludeMinors) : ICatalogRequest;

public sealed class SubjectCategoryRequestValidator : AbstractValidator<SubjectCategoryRequest>
{
    public const int DescriptionMaxLength = 2000;

    public SubjectCategoryRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Names).NotNull().SetValidator(new LocalizedNamesValidator()!);
        RuleFor(r => r.Description).PlainText(DescriptionMaxLength);
    }
}

internal sealed class SubjectCategoryRow
{
    public const string Columns = "code AS Code, name_ru AS NameRu, name_be AS NameBe, name_en AS NameEn, " +
                                  "description AS Description, may_include_minors AS MayIncludeMinors, version AS Version";

    public string Code { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string? NameBe { get; init; }
    public string? NameEn { get; init; }
    public string? Description { get; init; }
    public bool MayIncludeMinors { get; init; }
    public int Version { get; init; }

    public SubjectCategoryResponse ToResponse(string language)
    {
        var names = new LocalizedNames(NameRu, NameBe, NameEn);
        return new(Code, names, names.In(language), Description, MayIncludeMinors, Version);
    }
}

