using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataCategories;

/// <summary>Categories of personal data, each in one NPDPC category (Order No. 12); an entry's and a system's category is the highest of their data.</summary>
public sealed class DataCategories(Db db, TimeProvider clock) : Catalog<DataCategoryRequest, DataCategoryResponse, ListDataCategoriesQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {DataCategoryRow.Columns} FROM data_categories WHERE code = @Code";

    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@NpdpcCategory IS NULL OR npdpc_category = @NpdpcCategory)
        """;
    public const string CountSql = $"SELECT COUNT(*) FROM data_categories {Filter}";
    public const string PageSql = $"SELECT {DataCategoryRow.Columns} FROM data_categories {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO data_categories (code, name_ru, name_be, name_en, group_name, npdpc_category, used_for_unique_identification, depersonalised,
                                     search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @GroupName, @NpdpcCategory, @UsedForUniqueIdentification, @Depersonalised,
                @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE data_categories
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, group_name = @GroupName, npdpc_category = @NpdpcCategory,
            used_for_unique_identification = @UsedForUniqueIdentification, depersonalised = @Depersonalised,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM data_categories WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public const string ActivitiesSql = """
        SELECT a.code FROM activity_data_categories x JOIN activities a ON a.id = x.activity_id WHERE x.data_category_code = @Code ORDER BY a.code
        """;

    public const string BreachesSql = "SELECT b.number FROM breach_links x JOIN breaches b ON b.id = x.breach_id WHERE x.link = 'data-category' AND x.code = @Code ORDER BY b.number";

    private static readonly DataCategoryRequestValidator Validator = new();
    private static readonly ListDataCategoriesQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(DataCategoryRoutes.Collection, DataCategoryRoutes.Tag, CatalogWords.DataCategory, AuditEntities.DataCategory,
        "Categories of personal data, each in one NPDPC category (Order No. 12); an entry's and a system's category is the highest of their data.");
    protected override IValidator<DataCategoryRequest> RequestValidator => Validator;
    protected override IValidator<ListDataCategoriesQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;

    protected override IReadOnlyList<CatalogUsage> Usages { get; } =
    [
        new("записи реестра", "activities", ActivitiesSql), new("нарушения", "breaches", BreachesSql),
    ];

    protected override async Task<DataCategoryResponse?> FindAsync(DbSession session, string code, string language) =>
        (await session.QuerySingleOrDefaultAsync<DataCategoryRow>(SelectByCodeSql, new { Code = code }))?.ToResponse(language);

    protected override async Task<(int Total, IReadOnlyList<DataCategoryResponse> Items)> PageAsync(DbSession session, ListDataCategoriesQuery query, string language)
    {
        var (total, rows) = await session.PageAsync<DataCategoryRow>(CountSql, PageSql, new { query.Pattern, query.NpdpcCategory, query.Skip, Take = query.Size });
        return (total, rows.Select(r => r.ToResponse(language)).ToList());
    }

    protected override Task InsertAsync(DbSession session, string code, DataCategoryRequest request, DateTime now) =>
        session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));

    protected override Task<int> UpdateAsync(DbSession session, string code, DataCategoryRequest request, int? expectedVersion, DateTime now) =>
        session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));

    private static object Parameters(string code, DataCategoryRequest request, int? expectedVersion, DateTime now)
    {
        var names = request.Names!;
        return new
        {
            Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            GroupName = request.Group, NpdpcCategory = KebabEnum.ToKebab(request.NpdpcCategory!.Value),
            request.UsedForUniqueIdentification, Depersonalised = request.Depersonalised ?? false,
            SearchText = SearchText.Fold(code, names.Ru, names.Be, names.En),
            ExpectedVersion = expectedVersion, Now = now,
        };
    }
}

public sealed class ListDataCategories(DataCategories catalog) : ListCatalog<DataCategoryRequest, DataCategoryResponse, ListDataCategoriesQuery>(catalog);

public sealed class GetDataCategory(DataCategories catalog) : GetCatalog<DataCategoryRequest, DataCategoryResponse, ListDataCategoriesQuery>(catalog);

public sealed class CreateDataCategory(DataCategories catalog) : CreateCatalog<DataCategoryRequest, DataCategoryResponse, ListDataCategoriesQuery>(catalog);

public sealed class UpdateDataCategory(DataCategories catalog) : UpdateCatalog<DataCategoryRequest, DataCategoryResponse, ListDataCategoriesQuery>(catalog);

public sealed class DeleteDataCategory(DataCategories catalog) : DeleteCatalog<DataCategoryRequest, DataCategoryResponse, ListDataCategoriesQuery>(catalog);
