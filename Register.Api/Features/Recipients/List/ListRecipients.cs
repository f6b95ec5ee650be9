using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Recipients.List;

public sealed class ListRecipients : IEndpoint
{
    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
          AND (@CountryCode IS NULL OR country_code = @CountryCode)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM recipients {Filter}";

    public const string PageSql = $"SELECT {RecipientRow.Columns} FROM recipients {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(RecipientRoutes.Collection, ListRecipientsHandler)
            .WithName(nameof(ListRecipients)).WithTags(RecipientRoutes.Tag)
            .Validates<ListRecipientsQuery>();

    public static async Task<Ok<PageResponse<RecipientResponse>>> ListRecipientsHandler(
        [AsParameters] ListRecipientsQuery query, Db db, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            Pattern = string.IsNullOrWhiteSpace(query.Q) ? null : SearchText.ContainsPattern(query.Q),
            // Validated as one of the kebab names, which is what the column stores.
            query.Kind,
            query.CountryCode,
            query.Skip,
            Take = query.Size,
        };
        var (total, items) = await db.ReadAsync(async session =>
        {
            var total = await session.ExecuteScalarAsync<int>(CountSql, parameters);
            var rows = (await session.QueryAsync<RecipientRow>(PageSql, parameters)).ToList();
            return (total, await RecipientStore.ToResponsesAsync(session, rows));
        }, cancellationToken);
        return TypedResults.Ok(new PageResponse<RecipientResponse>(items, total, query.PageNumber, query.Size));
    }
}
