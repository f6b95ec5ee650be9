using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.ProcessingActions;

public static class ProcessingActionRoutes
{
    public const string Collection = "/api/processing-actions";
    public const string Item = "/api/processing-actions/{code}";
    public const string Tag = "Processing actions";
    public const string Entity = "processing action";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>An action with personal data in the sense of Art. 1 (collection, storage, provision...).</summary>
public sealed record ProcessingActionResponse(string Code, LocalizedNames Names, string? Name, int Version) : ICatalogResponse;

/// <summary>The body of POST and PUT; on PUT the code comes from the route.</summary>
public sealed record ProcessingActionRequest(string? Code, LocalizedNames? Names) : ICatalogRequest;

public sealed class ProcessingActionRequestValidator : AbstractValidator<ProcessingActionRequest>
{
    public ProcessingActionRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Names).NotNull().SetValidator(new LocalizedNamesValidator()!);
    }
}

internal sealed class ProcessingActionRow
{
    public const string Columns = "code AS Code, name_ru AS NameRu, name_be AS NameBe, name_en AS NameEn, version AS Version";

    public string Code { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string? NameBe { get; init; }
    public string? NameEn { get; init; }
    public int Version { get; init; }

    public ProcessingActionResponse ToResponse(string language)
    {
        var names = new LocalizedNames(NameRu, NameBe, NameEn);
        return new(Code, names, names.In(language), Version);
    }
}

