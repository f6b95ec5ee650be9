using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Recipients;

/// <summary>
/// Third parties, authorized persons and state bodies the data is provided to. What is the recipients' own: the terms of
/// the contract (Art. 7), whose lists of actions and measures are rows of their own, and the codes those refer to.
/// </summary>
public sealed class Recipients(Db db, TimeProvider clock) : Catalog<RecipientRequest, RecipientResponse, ListRecipientsQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {RecipientRow.Columns} FROM recipients WHERE code = @Code";

    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
          AND (@CountryCode IS NULL OR country_code = @CountryCode)
        """;
    public const string CountSql = $"SELECT COUNT(*) FROM recipients {Filter}";
    public const string PageSql = $"SELECT {RecipientRow.Columns} FROM recipients {Filter} ORDER BY code {{{{paging}}}}";

    public const string InsertSql = """
        INSERT INTO recipients (code, name, kind, country_code, contract_number, contract_date, contract_purposes, contract_confidentiality,
                                authority_kind, document_reference, search_text, version, created_at, updated_at)
        VALUES (@Code, @Name, @Kind, @CountryCode, @ContractNumber, @ContractDate, @ContractPurposes, @ContractConfidentiality,
                @AuthorityKind, @DocumentReference, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE recipients
        SET name = @Name, kind = @Kind, country_code = @CountryCode, contract_number = @ContractNumber, contract_date = @ContractDate,
            contract_purposes = @ContractPurposes, contract_confidentiality = @ContractConfidentiality,
            authority_kind = @AuthorityKind, document_reference = @DocumentReference, search_text = @SearchText,
            version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM recipients WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";
    public const string ActivitiesSql = """
        SELECT a.code FROM activity_recipients x JOIN activities a ON a.id = x.activity_id WHERE x.recipient_code = @Code ORDER BY a.code
        """;

    public const string ContractActionsSql = """
        SELECT recipient_code AS Owner, action_code AS Code FROM recipient_contract_actions
        WHERE recipient_code IN @Codes ORDER BY recipient_code, ordinal
        """;

    public const string ContractMeasuresSql = """
        SELECT recipient_code AS Owner, measure_code AS Code FROM recipient_contract_measures
        WHERE recipient_code IN @Codes ORDER BY recipient_code, ordinal
        """;

    public const string CountryExistsSql = "SELECT COUNT(*) FROM countries WHERE code = @Code";
    public const string KnownActionsSql = "SELECT code FROM processing_actions WHERE code IN @Codes";
    public const string KnownMeasuresSql = "SELECT code FROM protection_measures WHERE code IN @Codes";

    public const string DeleteContractActionsSql = "DELETE FROM recipient_contract_actions WHERE recipient_code = @Code";
    public const string DeleteContractMeasuresSql = "DELETE FROM recipient_contract_measures WHERE recipient_code = @Code";

    public const string InsertContractActionSql = """
        INSERT INTO recipient_contract_actions (recipient_code, action_code, ordinal) VALUES (@Owner, @Code, @Ordinal)
        """;

    public const string InsertContractMeasureSql = """
        INSERT INTO recipient_contract_measures (recipient_code, measure_code, ordinal) VALUES (@Owner, @Code, @Ordinal)
        """;

    private static readonly RecipientRequestValidator Validator = new();
    private static readonly ListRecipientsQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(RecipientRoutes.Collection, RecipientRoutes.Tag, CatalogWords.Recipient, AuditEntities.Recipient,
        "Third parties, authorized persons (Art. 7) and state bodies the data is provided to.");
    protected override IValidator<RecipientRequest> RequestValidator => Validator;
    protected override IValidator<ListRecipientsQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;
    protected override IReadOnlyList<CatalogUsage> Usages { get; } = [new("записи реестра", "activities", ActivitiesSql)];

    protected override async Task<RecipientResponse?> FindAsync(DbSession session, string code, string language) =>
        await session.QuerySingleOrDefaultAsync<RecipientRow>(SelectByCodeSql, new { Code = code }) is { } row ? await ToResponseAsync(session, row) : null;

    protected override async Task<(int Total, IReadOnlyList<RecipientResponse> Items)> PageAsync(DbSession session, ListRecipientsQuery query, string language)
    {
        var parameters = new
        {
            Pattern = string.IsNullOrWhiteSpace(query.Q) ? null : SearchText.ContainsPattern(query.Q),
            // Validated as one of the kebab names, which is what the column stores.
            query.Kind,
            query.CountryCode,
            query.Skip,
            Take = query.Size,
        };
        var total = await session.ExecuteScalarAsync<int>(CountSql, parameters);
        var rows = (await session.QueryAsync<RecipientRow>(PageSql, parameters)).ToList();
        return (total, await ToResponsesAsync(session, rows));
    }

    protected override async Task InsertAsync(DbSession session, string code, RecipientRequest request, DateTime now)
    {
        await CheckReferencesAsync(session, request);
        await session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));
        await WriteContractListsAsync(session, code, request.Contract);
    }

    protected override async Task<int> UpdateAsync(DbSession session, string code, RecipientRequest request, int? expectedVersion, DateTime now)
    {
        await CheckReferencesAsync(session, request);
        var updated = await session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));
        if (updated == 1) await WriteContractListsAsync(session, code, request.Contract);
        return updated;
    }

    /// <summary>The contract's lists belong to the recipient and go with it; a stale version afterwards rolls this back too.</summary>
    protected override Task DeleteOwnedRowsAsync(DbSession session, string code) => WriteContractListsAsync(session, code, contract: null);

    private static object Parameters(string code, RecipientRequest request, int? expectedVersion, DateTime now)
    {
        var contract = request.Contract;
        return new
        {
            Code = code, request.Name, Kind = KebabEnum.ToKebab(request.Kind!.Value), request.CountryCode,
            ContractNumber = contract?.Number, ContractDate = contract?.Date?.ToDateTime(TimeOnly.MinValue),
            ContractPurposes = contract?.Purposes, ContractConfidentiality = contract is null ? (bool?)null : contract.Confidentiality ?? false,
            AuthorityKind = KebabEnum.ToKebab(request.AuthorityKind ?? AuthorityKind.Contract), request.DocumentReference,
            SearchText = SearchText.Fold(code, request.Name!, request.DocumentReference),
            ExpectedVersion = expectedVersion, Now = now,
        };
    }

    /// <summary>The responses for stored rows, with their contracts' action and measure lists loaded in two queries.</summary>
    private static async Task<IReadOnlyList<RecipientResponse>> ToResponsesAsync(DbSession session, IReadOnlyCollection<RecipientRow> rows)
    {
        var withContract = rows.Where(r => r.HasContract).Select(r => r.Code).ToList();
        var actions = await LinksAsync(session, ContractActionsSql, withContract);
        var measures = await LinksAsync(session, ContractMeasuresSql, withContract);
        return rows.Select(r => r.ToResponse(actions[r.Code], measures[r.Code])).ToList();
    }

    private static async Task<RecipientResponse> ToResponseAsync(DbSession session, RecipientRow row) =>
        (await ToResponsesAsync(session, [row]))[0];

    /// <summary>The country, actions and measures must exist: a 400 naming each unknown one by its field path.</summary>
    private static async Task CheckReferencesAsync(DbSession session, RecipientRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.CountryCode is not null && await session.ExecuteScalarAsync<int>(CountryExistsSql, new { Code = request.CountryCode }) == 0)
        {
            errors["countryCode"] = [CatalogWords.Country.Unknown(request.CountryCode)];
        }
        if (request.Contract is { } contract)
        {
            await CheckCodesAsync(session, KnownActionsSql, contract.Actions, "contract.actions", CatalogWords.ProcessingAction, errors);
            await CheckCodesAsync(session, KnownMeasuresSql, contract.Measures, "contract.measures", CatalogWords.ProtectionMeasure, errors);
        }
        if (errors.Count > 0) throw new InvalidRequestException(errors);
    }

    /// <summary>Replaces the contract's action and measure lists with the request's (none when it has no contract).</summary>
    private static async Task WriteContractListsAsync(DbSession session, string code, RecipientContractRequest? contract)
    {
        await session.ExecuteAsync(DeleteContractActionsSql, new { Code = code });
        await session.ExecuteAsync(DeleteContractMeasuresSql, new { Code = code });
        if (contract is null) return;

        var actions = (contract.Actions ?? []).Select((c, i) => new { Owner = code, Code = c!, Ordinal = i }).ToList();
        if (actions.Count > 0) await session.ExecuteAsync(InsertContractActionSql, actions);
        var measures = (contract.Measures ?? []).Select((c, i) => new { Owner = code, Code = c!, Ordinal = i }).ToList();
        if (measures.Count > 0) await session.ExecuteAsync(InsertContractMeasureSql, measures);
    }

    private static async Task<ILookup<string, string>> LinksAsync(DbSession session, string sql, IReadOnlyCollection<string> codes) =>
        codes.Count == 0
            ? Array.Empty<CodeLink>().ToLookup(l => l.Owner, l => l.Code)
            : (await session.QueryAsync<CodeLink>(sql, new { Codes = codes })).ToLookup(l => l.Owner, l => l.Code, StringComparer.Ordinal);

    private static async Task CheckCodesAsync(
        DbSession session, string sql, IReadOnlyList<string?>? codes, string path, CatalogWord what, Dictionary<string, string[]> errors)
    {
        if (codes is null || codes.Count == 0) return;
        var known = (await session.QueryAsync<string>(sql, new { Codes = codes.Distinct().ToList() })).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!known.Contains(codes[i]!)) errors[$"{path}[{i}]"] = [what.Unknown(codes[i])];
        }
    }

    private sealed class CodeLink
    {
        public string Owner { get; init; } = "";
        public string Code { get; init; } = "";
    }
}

public sealed class ListRecipients(Recipients catalog) : ListCatalog<RecipientRequest, RecipientResponse, ListRecipientsQuery>(catalog);

public sealed class GetRecipient(Recipients catalog) : GetCatalog<RecipientRequest, RecipientResponse, ListRecipientsQuery>(catalog);

public sealed class CreateRecipient(Recipients catalog) : CreateCatalog<RecipientRequest, RecipientResponse, ListRecipientsQuery>(catalog);

public sealed class UpdateRecipient(Recipients catalog) : UpdateCatalog<RecipientRequest, RecipientResponse, ListRecipientsQuery>(catalog);

public sealed class DeleteRecipient(Recipients catalog) : DeleteCatalog<RecipientRequest, RecipientResponse, ListRecipientsQuery>(catalog);
