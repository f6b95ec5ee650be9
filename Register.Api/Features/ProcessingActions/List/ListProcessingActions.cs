using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.ProcessingActions.List;

public sealed class ListProcessingActions : IEndpoint
{
    private const string Filter = @"WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')";

    public const string CountSql = $"SELECT COUNT(*) FROM processing_actions {Filter}";

    public const string PageSql = $"SELECT {ProcessingActionRow.Columns} FROM processing_actions {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(ProcessingActionRoutes.Collection, ListProcessingActionsHandler)
            .WithName(nameof(ListProcessingActions)).WithTags(ProcessingActionRoutes.Tag)
            .Validates<CatalogQuery>();

    public static async Task<Ok<PageResponse<ProcessingActionResponse>>> ListProcessingActionsHandler(
        [AsParameters] CatalogQuery query, Db db, HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { query.Pattern, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(session =>
            session.PageAsync<ProcessingActionRow>(CountSql, PageSql, parameters),
            cancellationToken);
        var language = Languages.From(request);
        return TypedResults.Ok(new PageResponse<ProcessingActionResponse>(
            rows.Select(r => r.ToResponse(language)).ToList(), total, query.PageNumber, query.Size));
    }
}
