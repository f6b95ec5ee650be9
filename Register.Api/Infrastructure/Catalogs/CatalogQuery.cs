using FluentValidation;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Infrastructure.Catalogs;

/// <summary>The list query every catalog takes: paging and <c>q</c>, text in the code or names (case-insensitive, Cyrillic too).</summary>
public record CatalogQuery : PageQuery
{
    public string? Q { get; init; }

    public string? Pattern => string.IsNullOrWhiteSpace(Q) ? null : Database.SearchText.ContainsPattern(Q);
}

public sealed class CatalogQueryValidator : AbstractValidator<CatalogQuery>
{
    public CatalogQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Q).PlainText(200);
    }
}
