using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;

namespace Register.Api.Features.ProtectionMeasures.List;

public sealed record ListProtectionMeasuresQuery : CatalogQuery
{
    /// <summary>organisational, technical or cryptographic.</summary>
    public string? Kind { get; init; }
}

public sealed class ListProtectionMeasuresQueryValidator : AbstractValidator<ListProtectionMeasuresQuery>
{
    public ListProtectionMeasuresQueryValidator()
    {
        Include(new CatalogQueryValidator());
        RuleFor(q => q.Kind).KebabEnumName<ListProtectionMeasuresQuery, ProtectionMeasureKind>();
    }
}

public sealed class ListProtectionMeasures : IEndpoint
{
    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM protection_measures {Filter}";

    public const string PageSql = $"SELECT {ProtectionMeasureRow.Columns} FROM protection_measures {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(ProtectionMeasureRoutes.Collection, ListProtectionMeasuresHandler)
            .WithName(nameof(ListProtectionMeasures)).WithTags(ProtectionMeasureRoutes.Tag)
            .Validates<ListProtectionMeasuresQuery>();

    public static async Task<Ok<PageResponse<ProtectionMeasureResponse>>> ListProtectionMeasuresHandler(
        [AsParameters] ListProtectionMeasuresQuery query, Db db, HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { query.Pattern, query.Kind, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(session =>
            session.PageAsync<ProtectionMeasureRow>(CountSql, PageSql, parameters),
            cancellationToken);
        var language = Languages.From(request);
        return TypedResults.Ok(new PageResponse<ProtectionMeasureResponse>(
            rows.Select(r => r.ToResponse(language)).ToList(), total, query.PageNumber, query.Size));
    }
}
