using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;

namespace Register.Api.Features.Recipients;

/// <summary>Queries and write steps the recipient endpoints share.</summary>
internal static class RecipientStore
{
    public const string SelectByCodeSql = $"SELECT {RecipientRow.Columns} FROM recipients WHERE code = @Code";

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

    public static Task<RecipientRow?> FindAsync(DbSession session, string code) =>
        session.QuerySingleOrDefaultAsync<RecipientRow>(SelectByCodeSql, new { Code = code });

    /// <summary>The responses for stored rows, with their contracts' action and measure lists loaded in two queries.</summary>
    public static async Task<IReadOnlyList<RecipientResponse>> ToResponsesAsync(DbSession session, IReadOnlyCollection<RecipientRow> rows)
    {
        var withContract = rows.Where(r => r.HasContract).Select(r => r.Code).ToList();
        var actions = await LinksAsync(session, ContractActionsSql, withContract);
        var measures = await LinksAsync(session, ContractMeasuresSql, withContract);
        return rows.Select(r => r.ToResponse(actions[r.Code], measures[r.Code])).ToList();
    }

    public static async Task<RecipientResponse> ToResponseAsync(DbSession session, RecipientRow row) =>
        (await ToResponsesAsync(session, [row]))[0];

    /// <summary>The country, actions and measures must exist: a 400 naming each unknown one by its field path.</summary>
    public static async Task CheckReferencesAsync(DbSession session, RecipientRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.CountryCode is not null && await session.ExecuteScalarAsync<int>(CountryExistsSql, new { Code = request.CountryCode }) == 0)
        {
            errors["countryCode"] = [$"Unknown country '{request.CountryCode}'."];
        }
        if (request.Contract is { } contract)
        {
            await CheckCodesAsync(session, KnownActionsSql, contract.Actions, "contract.actions", "processing action", errors);
            await CheckCodesAsync(session, KnownMeasuresSql, contract.Measures, "contract.measures", "protection measure", errors);
        }
        if (errors.Count > 0) throw new InvalidRequestException(errors);
    }

    /// <summary>Replaces the contract's action and measure lists with the request's (none when it has no contract).</summary>
    public static async Task WriteContractListsAsync(DbSession session, string code, RecipientContractRequest? contract)
    {
        await session.ExecuteAsync(DeleteContractActionsSql, new { Code = code });
        await session.ExecuteAsync(DeleteContractMeasuresSql, new { Code = code });
        if (contract is null) return;

        var actions = (contract.Actions ?? []).Select((c, i) => new { Owner = code, Code = c!, Ordinal = i }).ToList();
        if (actions.Count > 0) await session.ExecuteAsync(InsertContractActionSql, actions);
        var measures = (contract.Measures ?? []).Select((c, i) => new { Owner = code, Code = c!, Ordinal = i }).ToList();
        if (measures.Count > 0) await session.ExecuteAsync(InsertContractMeasureSql, measures);
    }

    public static DateTime? DateColumn(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static string SearchTextOf(string code, string name) => SearchText.Fold(code, name);

    private static async Task<ILookup<string, string>> LinksAsync(DbSession session, string sql, IReadOnlyCollection<string> codes) =>
        codes.Count == 0
            ? Array.Empty<CodeLink>().ToLookup(l => l.Owner, l => l.Code)
            : (await session.QueryAsync<CodeLink>(sql, new { Codes = codes })).ToLookup(l => l.Owner, l => l.Code, StringComparer.Ordinal);

    private static async Task CheckCodesAsync(
        DbSession session, string sql, IReadOnlyList<string?>? codes, string path, string what, Dictionary<string, string[]> errors)
    {
        if (codes is null || codes.Count == 0) return;
        var known = (await session.QueryAsync<string>(sql, new { Codes = codes.Distinct().ToList() })).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!known.Contains(codes[i]!)) errors[$"{path}[{i}]"] = [$"Unknown {what} '{codes[i]}'."];
        }
    }

    private sealed class CodeLink
    {
        public string Owner { get; init; } = "";
        public string Code { get; init; } = "";
    }
}
