using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>
/// Register entries as an information system's assessment sees them, written straight into a fixture's database
/// (no activities endpoint is needed). Builds on <see cref="ReferringRows"/>, adding what that does not write:
/// the facts the assessment reads (status, estimated subjects, minors) and the links to information systems.
/// </summary>
internal sealed class ActivityRows(TestDatabase database)
{
    public const string SetFactsSql = """
        UPDATE activities SET status = @Status, estimated_subjects = @EstimatedSubjects, includes_minors_under16 = @IncludesMinorsUnder16
        WHERE id = @Id
        """;
    public const string LinkSystemSql = "INSERT INTO activity_information_systems (activity_id, system_code, ordinal) VALUES (@Id, @Code, @Ordinal)";

    private readonly ReferringRows _rows = new(database);

    private readonly Db _db = new(database.Connections(),
        database.Provider == DatabaseProvider.SqlServer ? SqlServerDialect.Instance : SqliteDialect.Instance);

    /// <summary>
    /// An entry with the given code and links; <paramref name="status"/> is the stored kebab name ("draft", "retired").
    /// A recipient with a country is a transfer without an Art. 9 exception. Returns the entry's id.
    /// </summary>
    public async Task<int> InsertAsync(
        string code,
        string status = "draft",
        int? estimatedSubjects = null,
        bool includesMinorsUnder16 = false,
        IReadOnlyList<string>? systemCodes = null,
        IReadOnlyList<string>? dataCategoryCodes = null,
        IReadOnlyList<(string Code, string? TransferCountryCode)>? recipients = null)
    {
        var id = await _rows.ActivityAsync(code);
        foreach (var dataCategory in dataCategoryCodes ?? []) await _rows.ActivityDataCategoryAsync(id, dataCategory);
        foreach (var (recipient, country) in recipients ?? []) await _rows.ActivityRecipientAsync(id, recipient, country);

        await _db.WriteAsync(async session =>
        {
            await session.ExecuteAsync(SetFactsSql, new
            {
                Id = id, Status = status, EstimatedSubjects = estimatedSubjects, IncludesMinorsUnder16 = includesMinorsUnder16,
            });
            var links = (systemCodes ?? []).Select((system, i) => new { Id = id, Code = system, Ordinal = i }).ToList();
            if (links.Count > 0) await session.ExecuteAsync(LinkSystemSql, links);
            return id;
        }, CancellationToken.None);
        return id;
    }
}
