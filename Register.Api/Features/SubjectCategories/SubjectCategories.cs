using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.SubjectCategories;

/// <summary>Categories of data subjects (the Regulation's chapter 5: employees, applicants, students, visitors...).</summary>
public sealed class SubjectCategories(Db db, TimeProvider clock) : Catalog<SubjectCategoryRequest, SubjectCategoryResponse, CatalogQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {SubjectCategoryRow.Columns} FROM subject_categories WHERE code = @Code";

    private const string Filter = @"WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')";
    public const string CountSql = $"SELECT COUNT(*) FROM subject_categories {Filter}";
    public const string PageSql = $"SELECT {SubjectCategoryRow.Columns} FROM subject_categories {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO subject_categories (code, name_ru, name_be, name_en, description, may_include_minors, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @Description, @MayIncludeMinors, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE subject_categories
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, description = @Description, may_include_minors = @MayIncludeMinors,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM subject_categories WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public const string ActivitiesSql = """
        SELECT a.code FROM activity_subject_categories x JOIN activities a ON a.id = x.activity_id WHERE x.subject_category_code = @Code ORDER BY a.code
        """;

    public const string BreachesSql = "SELECT b.number FROM breach_links x JOIN breaches b ON b.id = x.breach_id WHERE x.link = 'subject-category' AND x.code = @Code ORDER BY b.number";

    private static readonly SubjectCategoryRequestValidator Validator = new();
    private static readonly CatalogQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(SubjectCategoryRoutes.Collection, SubjectCategoryRoutes.Tag, CatalogWords.SubjectCategory, AuditEntities.SubjectCategory,
        "Categories of data subjects (the Regulation's chapter 5: employees, applicants, students, visitors...).");
    protected override IValidator<SubjectCategoryRequest> RequestValidator => Validator;
    protected override IValidator<CatalogQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;

    protected override IReadOnlyList<CatalogUsage> Usages { get; } =
    [
        new("записи реестра", "activities", ActivitiesSql), new("нарушения", "breaches", BreachesSql),
    ];

    protected override async Task<SubjectCategoryResponse?> FindAsync(DbSession session, string code, string language) =>
        (await session.QuerySingleOrDefaultAsync<SubjectCategoryRow>(SelectByCodeSql, new { Code = code }))?.ToResponse(language);

    protected override async Task<(int Total, IReadOnlyList<SubjectCategoryResponse> Items)> PageAsync(DbSession session, CatalogQuery query, string language)
    {
        var (total, rows) = await session.PageAsync<SubjectCategoryRow>(CountSql, PageSql, new { query.Pattern, query.Skip, Take = query.Size });
        return (total, rows.Select(r => r.ToResponse(language)).ToList());
    }

    protected override Task InsertAsync(DbSession session, string code, SubjectCategoryRequest request, DateTime now) =>
        session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));

    protected override Task<int> UpdateAsync(DbSession session, string code, SubjectCategoryRequest request, int? expectedVersion, DateTime now) =>
        session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));

    private static object Parameters(string code, SubjectCategoryRequest request, int? expectedVersion, DateTime now)
    {
        var names = request.Names!;
        return new
        {
            Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            request.Description, MayIncludeMinors = request.MayIncludeMinors ?? false,
            SearchText = SearchText.Fold(code, names.Ru, names.Be, names.En),
            ExpectedVersion = expectedVersion, Now = now,
        };
    }
}

public sealed class ListSubjectCategories(SubjectCategories catalog) : ListCatalog<SubjectCategoryRequest, SubjectCategoryResponse, CatalogQuery>(catalog);

public sealed class GetSubjectCategory(SubjectCategories catalog) : GetCatalog<SubjectCategoryRequest, SubjectCategoryResponse, CatalogQuery>(catalog);

public sealed class CreateSubjectCategory(SubjectCategories catalog) : CreateCatalog<SubjectCategoryRequest, SubjectCategoryResponse, CatalogQuery>(catalog);

public sealed class UpdateSubjectCategory(SubjectCategories catalog) : UpdateCatalog<SubjectCategoryRequest, SubjectCategoryResponse, CatalogQuery>(catalog);

public sealed class DeleteSubjectCategory(SubjectCategories catalog) : DeleteCatalog<SubjectCategoryRequest, SubjectCategoryResponse, CatalogQuery>(catalog);
