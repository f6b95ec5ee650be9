using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>
/// Writes minimal register entries and their links straight into a fixture's database, for catalog tests that
/// need something to refer to a catalog entry (a delete in use, a system's computed class). The SQL is the
/// subset both engines accept; the id is an identity, so it is read back by the unique code.
/// </summary>
internal sealed class ActivityRows(TestDatabase database)
{
    public const string InsertActivitySql = """
        INSERT INTO activities (code, title, status, estimated_subjects, includes_minors_under16, search_text, version, created_at, updated_at)
        VALUES (@Code, @Title, @Status, @EstimatedSubjects, @IncludesMinorsUnder16, @SearchText, 1, @Now, @Now)
        """;
    public const string SelectIdSql = "SELECT id FROM activities WHERE code = @Code";
    public const string LinkSystemSql = "INSERT INTO activity_information_systems (activity_id, system_code, ordinal) VALUES (@Id, @Code, @Ordinal)";
    public const string LinkDataCategorySql = "INSERT INTO activity_data_categories (activity_id, data_category_code, ordinal) VALUES (@Id, @Code, @Ordinal)";
    public const string LinkRecipientSql = """
        INSERT INTO activity_recipients (activity_id, ordinal, recipient_code, transfer_country_code, transfer_legal_basis_code)
        VALUES (@Id, @Ordinal, @Code, @CountryCode, @LegalBasisCode)
        """;

    private readonly Db _db = new(database.Connections(),
        database.Provider == DatabaseProvider.SqlServer ? SqlServerDialect.Instance : SqliteDialect.Instance);

    /// <summary>
    /// An entry with the given code and links; <paramref name="status"/> is the stored kebab name ("draft", "retired").
    /// Returns its id.
    /// </summary>
    public Task<int> InsertAsync(
        string code,
        string status = "draft",
        int? estimatedSubjects = null,
        bool includesMinorsUnder16 = false,
        IReadOnlyList<string>? systemCodes = null,
        IReadOnlyList<string>? dataCategoryCodes = null,
        IReadOnlyList<(string Code, string? TransferCountryCode)>? recipients = null) =>
        _db.WriteAsync(async session =>
        {
            await session.ExecuteAsync(InsertActivitySql, new
            {
                Code = code, Title = $"Test entry {code}", Status = status, EstimatedSubjects = estimatedSubjects,
                IncludesMinorsUnder16 = includesMinorsUnder16, SearchText = code, Now = DateTime.UtcNow,
            });
            var id = await session.ExecuteScalarAsync<int>(SelectIdSql, new { Code = code });
            await LinkAsync(session, LinkSystemSql, id, systemCodes);
            await LinkAsync(session, LinkDataCategorySql, id, dataCategoryCodes);
            if (recipients is { Count: > 0 })
            {
                // A transfer without an Art. 9 exception: the case the operator-registry assessment counts.
                await session.ExecuteAsync(LinkRecipientSql, recipients.Select((r, i) =>
                    new { Id = id, Ordinal = i, r.Code, CountryCode = r.TransferCountryCode, LegalBasisCode = (string?)null }).ToList());
            }
            return id;
        }, CancellationToken.None);

    private static async Task LinkAsync(DbSession session, string sql, int id, IReadOnlyList<string>? codes)
    {
        if (codes is not { Count: > 0 }) return;
        await session.ExecuteAsync(sql, codes.Select((c, i) => new { Id = id, Code = c, Ordinal = i }).ToList());
    }
}
