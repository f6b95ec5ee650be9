using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Countries.List;

public sealed record ListCountriesQuery : CatalogQuery
{
    /// <summary>true: countries ensuring adequate protection; false: transfers there need an Art. 9 p.1 exception.</summary>
    public bool? AdequateProtection { get; init; }
}

public sealed class ListCountriesQueryValidator : AbstractValidator<ListCountriesQuery>
{
    public ListCountriesQueryValidator() => Include(new CatalogQueryValidator());
}

public sealed class ListCountries : IEndpoint
{
    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@AdequateProtection IS NULL OR adequate_protection = @AdequateProtection)
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM countries {Filter}";

    public const string PageSql = $"SELECT {CountryRow.Columns} FROM countries {Filter} ORDER BY code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(CountryRoutes.Collection, ListCountriesHandler)
            .WithName(nameof(ListCountries)).WithTags(CountryRoutes.Tag)
            .Validates<ListCountriesQuery>();

    public static async Task<Ok<PageResponse<CountryResponse>>> ListCountriesHandler(
        [AsParameters] ListCountriesQuery query, Db db, HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { query.Pattern, query.AdequateProtection, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(session =>
            session.PageAsync<CountryRow>(CountSql, PageSql, parameters),
            cancellationToken);
        var language = Languages.From(request);
        return TypedResults.Ok(new PageResponse<CountryResponse>(
            rows.Select(r => r.ToResponse(language)).ToList(), total, query.PageNumber, query.Size));
    }
}
