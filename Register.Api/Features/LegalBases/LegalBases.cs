using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.LegalBases;

/// <summary>Consent (Art. 5) and the cases of Law 99-З Art. 6, Art. 8 p.2 and Art. 9 p.1; the officer may add others.</summary>
public sealed class LegalBases(Db db, TimeProvider clock) : Catalog<LegalBasisRequest, LegalBasisResponse, ListLegalBasesQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {LegalBasisRow.Columns} FROM legal_bases WHERE code = @Code";

    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
        """;
    public const string CountSql = $"SELECT COUNT(*) FROM legal_bases {Filter}";
    public const string PageSql = $"SELECT {LegalBasisRow.Columns} FROM legal_bases {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO legal_bases (code, name_ru, name_be, name_en, kind, citation, law, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @Kind, @Citation, @Law, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE legal_bases
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, kind = @Kind, citation = @Citation, law = @Law,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM legal_bases WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public const string PurposesSql = """
        SELECT a.code FROM activity_purpose_bases x JOIN activities a ON a.id = x.activity_id WHERE x.legal_basis_code = @Code ORDER BY a.code
        """;
    public const string TransfersSql = """
        SELECT a.code FROM activity_recipients x JOIN activities a ON a.id = x.activity_id WHERE x.transfer_legal_basis_code = @Code ORDER BY a.code
        """;

    private static readonly LegalBasisRequestValidator Validator = new();
    private static readonly ListLegalBasesQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(LegalBasisRoutes.Collection, LegalBasisRoutes.Tag, CatalogWords.LegalBasis, AuditEntities.LegalBasis,
        "Consent (Art. 5) and the cases of Law 99-З Art. 6, Art. 8 p.2 and Art. 9 p.1; the officer may add others.");
    protected override IValidator<LegalBasisRequest> RequestValidator => Validator;
    protected override IValidator<ListLegalBasesQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;

    protected override IReadOnlyList<CatalogUsage> Usages { get; } =
    [
        new("записи реестра (цели обработки)", "activities (purposes)", PurposesSql),
        new("записи реестра (трансграничная передача)", "activities (cross-border transfers)", TransfersSql),
    ];

    protected override async Task<LegalBasisResponse?> FindAsync(DbSession session, string code, string language) =>
        (await session.QuerySingleOrDefaultAsync<LegalBasisRow>(SelectByCodeSql, new { Code = code }))?.ToResponse(language);

    protected override async Task<(int Total, IReadOnlyList<LegalBasisResponse> Items)> PageAsync(DbSession session, ListLegalBasesQuery query, string language)
    {
        var (total, rows) = await session.PageAsync<LegalBasisRow>(CountSql, PageSql, new { query.Pattern, query.Kind, query.Skip, Take = query.Size });
        return (total, rows.Select(r => r.ToResponse(language)).ToList());
    }

    protected override Task InsertAsync(DbSession session, string code, LegalBasisRequest request, DateTime now) =>
        session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));

    protected override Task<int> UpdateAsync(DbSession session, string code, LegalBasisRequest request, int? expectedVersion, DateTime now) =>
        session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));

    private static object Parameters(string code, LegalBasisRequest request, int? expectedVersion, DateTime now)
    {
        var names = request.Names!;
        // The citation is searchable too: officers look a basis up by its article ("ст. 6 абз. 8").
        return new
        {
            Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            Kind = KebabEnum.ToKebab(request.Kind!.Value), request.Citation, request.Law,
            SearchText = SearchText.Fold(code, names.Ru, names.Be, names.En, request.Citation),
            ExpectedVersion = expectedVersion, Now = now,
        };
    }
}

public sealed class ListLegalBases(LegalBases catalog) : ListCatalog<LegalBasisRequest, LegalBasisResponse, ListLegalBasesQuery>(catalog);

public sealed class GetLegalBasis(LegalBases catalog) : GetCatalog<LegalBasisRequest, LegalBasisResponse, ListLegalBasesQuery>(catalog);

public sealed class CreateLegalBasis(LegalBases catalog) : CreateCatalog<LegalBasisRequest, LegalBasisResponse, ListLegalBasesQuery>(catalog);

public sealed class UpdateLegalBasis(LegalBases catalog) : UpdateCatalog<LegalBasisRequest, LegalBasisResponse, ListLegalBasesQuery>(catalog);

public sealed class DeleteLegalBasis(LegalBases catalog) : DeleteCatalog<LegalBasisRequest, LegalBasisResponse, ListLegalBasesQuery>(catalog);
