using FluentValidation;

namespace Register.Api.Infrastructure.Http;

/// <summary>The contract's paging query: <c>page</c> is 1-based; <c>pageSize</c> defaults to 50, at most 500.</summary>
public record PageQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? DefaultPageSize;
    public int Skip => (PageNumber - 1) * Size;
}

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(1_000_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize);
    }
}

public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
