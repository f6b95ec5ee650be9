using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;

namespace Register.Api.Features.DataCategories.List;

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

public sealed class ListDataCategories : IEndpoint
{
    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@NpdpcCategory IS NULL OR npdpc_category = @NpdpcCategory)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM data_categories {Filter}";

    public const string PageSql = $"SELECT {DataCategoryRow.Columns} FROM data_categories {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(DataCategoryRoutes.Collection, ListDataCategoriesHandler)
            .WithName(nameof(ListDataCategories)).WithTags(DataCategoryRoutes.Tag)
            .Validates<ListDataCategoriesQuery>();

    public static async Task<Ok<PageResponse<DataCategoryResponse>>> ListDataCategoriesHandler(
        [AsParameters] ListDataCategoriesQuery query, Db db, HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { query.Pattern, query.NpdpcCategory, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(session =>
            session.PageAsync<DataCategoryRow>(CountSql, PageSql, parameters),
            cancellationToken);
        var language = Languages.From(request);
        return TypedResults.Ok(new PageResponse<DataCategoryResponse>(
            rows.Select(r => r.ToResponse(language)).ToList(), total, query.PageNumber, query.Size));
    }
}
