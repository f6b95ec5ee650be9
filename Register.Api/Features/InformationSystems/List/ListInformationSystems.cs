using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.InformationSystems.List;

public sealed class ListInformationSystems : IEndpoint
{
    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
          AND (@OwnerDepartment IS NULL OR owner_department_code = @OwnerDepartment)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM information_systems {Filter}";

    public const string PageSql = $"SELECT {InformationSystemRow.Columns} FROM information_systems {Filter} ORDER BY code {{{{paging}}}}";

    public const string AllSql = $"SELECT {InformationSystemRow.Columns} FROM information_systems {Filter} ORDER BY code";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(InformationSystemRoutes.Collection, ListInformationSystemsHandler)
            .WithName(nameof(ListInformationSystems)).WithTags(InformationSystemRoutes.Tag)
            .Validates<ListInformationSystemsQuery>();

    public static async Task<Ok<PageResponse<InformationSystemResponse>>> ListInformationSystemsHandler(
        [AsParameters] ListInformationSystemsQuery query, Db db, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            Pattern = string.IsNullOrWhiteSpace(query.Q) ? null : SearchText.ContainsPattern(query.Q),
            // Validated as one of the kebab names, which is what the column stores.
            query.Kind,
            query.OwnerDepartment,
            query.Skip,
            Take = query.Size,
        };
        var (total, items) = await db.ReadAsync(async session =>
        {
            if (query.OperatorRegistryRequired is not { } required)
            {
                var total = await session.ExecuteScalarAsync<int>(CountSql, parameters);
                var rows = (await session.QueryAsync<InformationSystemRow>(PageSql, parameters)).ToList();
                return (total, await InformationSystemStore.ToResponsesAsync(session, rows));
            }

            // The registry requirement is computed, not stored, so it cannot be a WHERE clause: every system that
            // passes the other filters is assessed (its entries loaded, in batches) and then filtered and paged
            // here. That costs O(systems + entries using them) per request instead of O(page); an operator has
            // tens to hundreds of systems, so this stays cheap, and it never goes stale when an entry changes.
            var all = (await session.QueryAsync<InformationSystemRow>(AllSql, parameters)).ToList();
            var matching = (await InformationSystemStore.ToResponsesAsync(session, all))
                .Where(s => s.OperatorRegistryRequired == required)
                .ToList();
            return (matching.Count, (IReadOnlyList<InformationSystemResponse>)matching.Skip(query.Skip).Take(query.Size).ToList());
        }, cancellationToken);
        return TypedResults.Ok(new PageResponse<InformationSystemResponse>(items, total, query.PageNumber, query.Size));
    }
}
