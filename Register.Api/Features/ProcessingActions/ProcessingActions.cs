using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.ProcessingActions;

/// <summary>The actions with personal data of Art. 1: collection, systematization, storage ... deletion.</summary>
public sealed class ProcessingActions(Db db, TimeProvider clock) : Catalog<ProcessingActionRequest, ProcessingActionResponse, CatalogQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {ProcessingActionRow.Columns} FROM processing_actions WHERE code = @Code";

    private const string Filter = @"WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')";
    public const string CountSql = $"SELECT COUNT(*) FROM processing_actions {Filter}";
    public const string PageSql = $"SELECT {ProcessingActionRow.Columns} FROM processing_actions {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO processing_actions (code, name_ru, name_be, name_en, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE processing_actions
        SET name_ru = @NameRu, name_be = @NameBe, name_en = @NameEn, search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM processing_actions WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    public const string ActivitiesSql = """
        SELECT a.code FROM activity_actions x JOIN activities a ON a.id = x.activity_id WHERE x.action_code = @Code ORDER BY a.code
        """;
    public const string RecipientsSql = "SELECT recipient_code FROM recipient_contract_actions WHERE action_code = @Code ORDER BY recipient_code";

    private static readonly ProcessingActionRequestValidator Validator = new();
    private static readonly CatalogQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(ProcessingActionRoutes.Collection, ProcessingActionRoutes.Tag, CatalogWords.ProcessingAction, AuditEntities.ProcessingAction,
        "The actions with personal data of Art. 1: collection, systematization, storage ... deletion.");
    protected override IValidator<ProcessingActionRequest> RequestValidator => Validator;
    protected override IValidator<CatalogQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;

    protected override IReadOnlyList<CatalogUsage> Usages { get; } =
    [
        new("записи реестра", "activities", ActivitiesSql),
        new("договоры с получателями", "recipient contracts", RecipientsSql),
    ];

    protected override async Task<ProcessingActionResponse?> FindAsync(DbSession session, string code, string language) =>
        (await session.QuerySingleOrDefaultAsync<ProcessingActionRow>(SelectByCodeSql, new { Code = code }))?.ToResponse(language);

    protected override async Task<(int Total, IReadOnlyList<ProcessingActionResponse> Items)> PageAsync(DbSession session, CatalogQuery query, string language)
    {
        var (total, rows) = await session.PageAsync<ProcessingActionRow>(CountSql, PageSql, new { query.Pattern, query.Skip, Take = query.Size });
        return (total, rows.Select(r => r.ToResponse(language)).ToList());
    }

    protected override Task InsertAsync(DbSession session, string code, ProcessingActionRequest request, DateTime now) =>
        session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));

    protected override Task<int> UpdateAsync(DbSession session, string code, ProcessingActionRequest request, int? expectedVersion, DateTime now) =>
        session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));

    private static object Parameters(string code, ProcessingActionRequest request, int? expectedVersion, DateTime now)
    {
        var names = request.Names!;
        return new
        {
            Code = code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            SearchText = SearchText.Fold(code, names.Ru, names.Be, names.En),
            ExpectedVersion = expectedVersion, Now = now,
        };
    }
}

public sealed class ListProcessingActions(ProcessingActions catalog) : ListCatalog<ProcessingActionRequest, ProcessingActionResponse, CatalogQuery>(catalog);

public sealed class GetProcessingAction(ProcessingActions catalog) : GetCatalog<ProcessingActionRequest, ProcessingActionResponse, CatalogQuery>(catalog);

public sealed class CreateProcessingAction(ProcessingActions catalog) : CreateCatalog<ProcessingActionRequest, ProcessingActionResponse, CatalogQuery>(catalog);

public sealed class UpdateProcessingAction(ProcessingActions catalog) : UpdateCatalog<ProcessingActionRequest, ProcessingActionResponse, CatalogQuery>(catalog);

public sealed class DeleteProcessingAction(ProcessingActions catalog) : DeleteCatalog<ProcessingActionRequest, ProcessingActionResponse, CatalogQuery>(catalog);
