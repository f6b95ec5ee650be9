using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Countries;

/// <summary>ISO 3166-1 countries; whether each ensures adequate protection decides whether a transfer there needs an Art. 9 exception.</summary>
public sealed class Countries(Db db, TimeProvider clock) : Catalog<CountryRequest, CountryResponse, ListCountriesQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {CountryRow.Columns} FROM countries WHERE code = @Code";

    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@AdequateProtection IS NULL OR adequate_protection = @AdequateProtection)
        """;
    public const string CountSql = $"SELECT COUNT(*) FROM countries {Filter}";
    public const string PageSql = $"SELECT {CountryRow.Columns} FROM countries {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO countries (code, name_ru, name_be, name_en, adequate_protection, source, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @AdequateProtection, @Source, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE countries
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, adequate_protection = @AdequateProtection, source = @Source,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM countries WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public const string RecipientsSql = "SELECT code FROM recipients WHERE country_code = @Code ORDER BY code";
    public const string TransfersSql = """
        SELECT a.code FROM activity_recipients x JOIN activities a ON a.id = x.activity_id WHERE x.transfer_country_code = @Code ORDER BY a.code
        """;

    private static readonly CountryRequestValidator Validator = new();
    private static readonly ListCountriesQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(CountryRoutes.Collection, CountryRoutes.Tag, CatalogWords.Country, AuditEntities.Country,
        "ISO 3166-1 countries; whether each ensures adequate protection decides whether a transfer there needs an Art. 9 exception.");
    protected override IValidator<CountryRequest> RequestValidator => Validator;
    protected override IValidator<ListCountriesQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;

    protected override IReadOnlyList<CatalogUsage> Usages { get; } =
    [
        new("получатели", "recipients", RecipientsSql),
        new("записи реестра (трансграничная передача)", "activities (cross-border transfers)", TransfersSql),
    ];

    protected override async Task<CountryResponse?> FindAsync(DbSession session, string code, string language) =>
        (await session.QuerySingleOrDefaultAsync<CountryRow>(SelectByCodeSql, new { Code = code }))?.ToResponse(language);

    protected override async Task<(int Total, IReadOnlyList<CountryResponse> Items)> PageAsync(DbSession session, ListCountriesQuery query, string language)
    {
        var (total, rows) = await session.PageAsync<CountryRow>(CountSql, PageSql, new { query.Pattern, query.AdequateProtection, query.Skip, Take = query.Size });
        return (total, rows.Select(r => r.ToResponse(language)).ToList());
    }

    protected override Task InsertAsync(DbSession session, string code, CountryRequest request, DateTime now) =>
        session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));

    protected override Task<int> UpdateAsync(DbSession session, string code, CountryRequest request, int? expectedVersion, DateTime now) =>
        session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));

    private static object Parameters(string code, CountryRequest request, int? expectedVersion, DateTime now)
    {
        var names = request.Names!;
        return new
        {
            Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            AdequateProtection = request.AdequateProtection!.Value, request.Source,
            SearchText = SearchText.Fold(code, names.Ru, names.Be, names.En),
            ExpectedVersion = expectedVersion, Now = now,
        };
    }
}

public sealed class ListCountries(Countries catalog) : ListCatalog<CountryRequest, CountryResponse, ListCountriesQuery>(catalog);

public sealed class GetCountry(Countries catalog) : GetCatalog<CountryRequest, CountryResponse, ListCountriesQuery>(catalog);

public sealed class CreateCountry(Countries catalog) : CreateCatalog<CountryRequest, CountryResponse, ListCountriesQuery>(catalog);

public sealed class UpdateCountry(Countries catalog) : UpdateCatalog<CountryRequest, CountryResponse, ListCountriesQuery>(catalog);

public sealed class DeleteCountry(Countries catalog) : DeleteCatalog<CountryRequest, CountryResponse, ListCountriesQuery>(catalog);
