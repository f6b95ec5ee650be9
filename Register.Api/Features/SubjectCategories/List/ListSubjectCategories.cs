using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.SubjectCategories.List;

public sealed class ListSubjectCategories : IEndpoint
{
    private const string Filter = @"WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')";

    public const string CountSql = $"SELECT COUNT(*) FROM subject_categories {Filter}";

    public const string PageSql = $"SELECT {SubjectCategoryRow.Columns} FROM subject_categories {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(SubjectCategoryRoutes.Collection, ListSubjectCategoriesHandler)
            .WithName(nameof(ListSubjectCategories)).WithTags(SubjectCategoryRoutes.Tag)
            .Validates<CatalogQuery>();

    public static async Task<Ok<PageResponse<SubjectCategoryResponse>>> ListSubjectCategoriesHandler(
        [AsParameters] CatalogQuery query, Db db, HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { query.Pattern, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(session =>
            session.PageAsync<SubjectCategoryRow>(CountSql, PageSql, parameters),
            cancellationToken);
        var language = Languages.From(request);
        return TypedResults.Ok(new PageResponse<SubjectCategoryResponse>(
            rows.Select(r => r.ToResponse(language)).ToList(), total, query.PageNumber, query.Size));
    }
}
