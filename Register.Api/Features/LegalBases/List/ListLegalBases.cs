using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;

namespace Register.Api.Features.LegalBases.List;

/// <summary>The catalog query; <c>q</c> also matches the citation.</summary>
public sealed record ListLegalBasesQuery : CatalogQuery
{
    /// <summary>consent, general, special or cross-border.</summary>
    public string? Kind { get; init; }
}

public sealed class ListLegalBasesQueryValidator : AbstractValidator<ListLegalBasesQuery>
{
    public ListLegalBasesQueryValidator()
    {
        Include(new CatalogQueryValidator());
        RuleFor(q => q.Kind).KebabEnumName<ListLegalBasesQuery, LegalBasisKind>();
    }
}

public sealed class ListLegalBases : IEndpoint
{
    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM legal_bases {Filter}";

    public const string PageSql = $"SELECT {LegalBasisRow.Columns} FROM legal_bases {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(LegalBasisRoutes.Collection, ListLegalBasesHandler)
            .WithName(nameof(ListLegalBases)).WithTags(LegalBasisRoutes.Tag)
            .Validates<ListLegalBasesQuery>();

    public static async Task<Ok<PageResponse<LegalBasisResponse>>> ListLegalBasesHandler(
        [AsParameters] ListLegalBasesQuery query, Db db, HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { query.Pattern, query.Kind, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(session =>
            session.PageAsync<LegalBasisRow>(CountSql, PageSql, parameters),
            cancellationToken);
        var language = Languages.From(request);
        return TypedResults.Ok(new PageResponse<LegalBasisResponse>(
            rows.Select(r => r.ToResponse(language)).ToList(), total, query.PageNumber, query.Size));
    }
}
