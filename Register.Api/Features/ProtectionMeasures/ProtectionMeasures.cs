using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.ProtectionMeasures;

/// <summary>Art. 17 measures: organisational, technical, cryptographic (with the certified means named).</summary>
public sealed class ProtectionMeasures(Db db, TimeProvider clock) : Catalog<ProtectionMeasureRequest, ProtectionMeasureResponse, ListProtectionMeasuresQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {ProtectionMeasureRow.Columns} FROM protection_measures WHERE code = @Code";

    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
        """;
    public const string CountSql = $"SELECT COUNT(*) FROM protection_measures {Filter}";
    public const string PageSql = $"SELECT {ProtectionMeasureRow.Columns} FROM protection_measures {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO protection_measures (code, name_ru, name_be, name_en, kind, crypto_means, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @Kind, @CryptoMeans, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE protection_measures
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, kind = @Kind, crypto_means = @CryptoMeans,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM protection_measures WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public const string ActivitiesSql = """
        SELECT a.code FROM activity_protection_measures x JOIN activities a ON a.id = x.activity_id WHERE x.measure_code = @Code ORDER BY a.code
        """;
    public const string RecipientsSql = "SELECT recipient_code FROM recipient_contract_measures WHERE measure_code = @Code ORDER BY recipient_code";

    private static readonly ProtectionMeasureRequestValidator Validator = new();
    private static readonly ListProtectionMeasuresQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(ProtectionMeasureRoutes.Collection, ProtectionMeasureRoutes.Tag, CatalogWords.ProtectionMeasure, AuditEntities.ProtectionMeasure,
        "Art. 17 measures: organisational, technical, cryptographic (with the certified means named).");
    protected override IValidator<ProtectionMeasureRequest> RequestValidator => Validator;
    protected override IValidator<ListProtectionMeasuresQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;

    protected override IReadOnlyList<CatalogUsage> Usages { get; } =
    [
        new("записи реестра", "activities", ActivitiesSql),
        new("договоры с получателями", "recipient contracts", RecipientsSql),
    ];

    protected override async Task<ProtectionMeasureResponse?> FindAsync(DbSession session, string code, string language) =>
        (await session.QuerySingleOrDefaultAsync<ProtectionMeasureRow>(SelectByCodeSql, new { Code = code }))?.ToResponse(language);

    protected override async Task<(int Total, IReadOnlyList<ProtectionMeasureResponse> Items)> PageAsync(DbSession session, ListProtectionMeasuresQuery query, string language)
    {
        var (total, rows) = await session.PageAsync<ProtectionMeasureRow>(CountSql, PageSql, new { query.Pattern, query.Kind, query.Skip, Take = query.Size });
        return (total, rows.Select(r => r.ToResponse(language)).ToList());
    }

    protected override Task InsertAsync(DbSession session, string code, ProtectionMeasureRequest request, DateTime now) =>
        session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));

    protected override Task<int> UpdateAsync(DbSession session, string code, ProtectionMeasureRequest request, int? expectedVersion, DateTime now) =>
        session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));

    private static object Parameters(string code, ProtectionMeasureRequest request, int? expectedVersion, DateTime now)
    {
        var names = request.Names!;
        return new
        {
            Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            Kind = KebabEnum.ToKebab(request.Kind!.Value), request.CryptoMeans,
            SearchText = SearchText.Fold(code, names.Ru, names.Be, names.En),
            ExpectedVersion = expectedVersion, Now = now,
        };
    }
}

public sealed class ListProtectionMeasures(ProtectionMeasures catalog) : ListCatalog<ProtectionMeasureRequest, ProtectionMeasureResponse, ListProtectionMeasuresQuery>(catalog);

public sealed class GetProtectionMeasure(ProtectionMeasures catalog) : GetCatalog<ProtectionMeasureRequest, ProtectionMeasureResponse, ListProtectionMeasuresQuery>(catalog);

public sealed class CreateProtectionMeasure(ProtectionMeasures catalog) : CreateCatalog<ProtectionMeasureRequest, ProtectionMeasureResponse, ListProtectionMeasuresQuery>(catalog);

public sealed class UpdateProtectionMeasure(ProtectionMeasures catalog) : UpdateCatalog<ProtectionMeasureRequest, ProtectionMeasureResponse, ListProtectionMeasuresQuery>(catalog);

public sealed class DeleteProtectionMeasure(ProtectionMeasures catalog) : DeleteCatalog<ProtectionMeasureRequest, ProtectionMeasureResponse, ListProtectionMeasuresQuery>(catalog);
