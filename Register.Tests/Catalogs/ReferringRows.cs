using Dapper;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>
/// Rows that refer to catalog entries, written straight into a fixture's database so that "in use" and an
/// information system's assessment can be tested without going through the activities and recipients APIs.
/// Only the NOT NULL columns and the facts an assessment reads are filled; the SQL is valid on both engines
/// (no identity insert: an activity's id is read back by its code). Each link takes the next ordinal of its
/// parent, so one activity or recipient can be linked several times.
/// </summary>
public sealed class ReferringRows(TestDatabase database)
{
    private const string InsertActivitySql = """
        INSERT INTO activities (code, title, status, estimated_subjects, includes_minors_under16, search_text, version, created_at, updated_at)
        VALUES (@Code, @Title, @Status, @EstimatedSubjects, @IncludesMinorsUnder16, @SearchText, 1, @Now, @Now)
        """;
    private const string ActivityIdSql = "SELECT id FROM activities WHERE code = @Code";

    private const string InsertSubjectCategorySql = """
        INSERT INTO activity_subject_categories (activity_id, subject_category_code, ordinal)
        SELECT @ActivityId, @Code, COUNT(*) FROM activity_subject_categories WHERE activity_id = @ActivityId
        """;
    private const string InsertDataCategorySql = """
        INSERT INTO activity_data_categories (activity_id, data_category_code, ordinal)
        SELECT @ActivityId, @Code, COUNT(*) FROM activity_data_categories WHERE activity_id = @ActivityId
        """;
    private const string InsertPurposeSql = """
        INSERT INTO activity_purposes (activity_id, ordinal, text)
        SELECT @ActivityId, COUNT(*), @Text FROM activity_purposes WHERE activity_id = @ActivityId
        """;
    private const string LastPurposeSql = "SELECT MAX(ordinal) FROM activity_purposes WHERE activity_id = @ActivityId";
    private const string InsertPurposeBasisSql = """
        INSERT INTO activity_purpose_bases (activity_id, purpose_ordinal, legal_basis_code, ordinal)
        VALUES (@ActivityId, @PurposeOrdinal, @Code, 0)
        """;
    private const string InsertActivityRecipientSql = """
        INSERT INTO activity_recipients (activity_id, ordinal, recipient_code, transfer_country_code, transfer_legal_basis_code)
        SELECT @ActivityId, COUNT(*), @RecipientCode, @TransferCountryCode, @TransferLegalBasisCode FROM activity_recipients WHERE activity_id = @ActivityId
        """;
    private const string InsertInformationSystemSql = """
        INSERT INTO activity_information_systems (activity_id, system_code, ordinal)
        SELECT @ActivityId, @Code, COUNT(*) FROM activity_information_systems WHERE activity_id = @ActivityId
        """;
    private const string InsertActionSql = """
        INSERT INTO activity_actions (activity_id, action_code, ordinal)
        SELECT @ActivityId, @Code, COUNT(*) FROM activity_actions WHERE activity_id = @ActivityId
        """;
    private const string InsertProtectionMeasureSql = """
        INSERT INTO activity_protection_measures (activity_id, measure_code, ordinal)
        SELECT @ActivityId, @Code, COUNT(*) FROM activity_protection_measures WHERE activity_id = @ActivityId
        """;

    private const string InsertRecipientSql = """
        INSERT INTO recipients (code, name, kind, country_code, search_text, version, created_at, updated_at)
        VALUES (@Code, @Name, 'third-party', @CountryCode, @SearchText, 1, @Now, @Now)
        """;
    private const string InsertContractActionSql = """
        INSERT INTO recipient_contract_actions (recipient_code, action_code, ordinal)
        SELECT @RecipientCode, @Code, COUNT(*) FROM recipient_contract_actions WHERE recipient_code = @RecipientCode
        """;
    private const string InsertContractMeasureSql = """
        INSERT INTO recipient_contract_measures (recipient_code, measure_code, ordinal)
        SELECT @RecipientCode, @Code, COUNT(*) FROM recipient_contract_measures WHERE recipient_code = @RecipientCode
        """;

    /// <summary>
    /// An activity with its code and title and, as an information system's assessment sees it, the given facts and
    /// links; <paramref name="status"/> is the stored kebab name ("draft", "retired"). A recipient with a country is
    /// a transfer without an Art. 9 exception. Returns the activity's id.
    /// </summary>
    public async Task<int> ActivityAsync(
        string code,
        string status = "draft",
        int? estimatedSubjects = null,
        bool includesMinorsUnder16 = false,
        IReadOnlyList<string>? systemCodes = null,
        IReadOnlyList<string>? dataCategoryCodes = null,
        IReadOnlyList<(string Code, string? TransferCountryCode)>? recipients = null)
    {
        int id;
        await using (var connection = await database.Connections().OpenAsync(default))
        {
            await connection.ExecuteAsync(InsertActivitySql, new
            {
                Code = code, Title = $"Activity {code}", Status = status, EstimatedSubjects = estimatedSubjects,
                IncludesMinorsUnder16 = includesMinorsUnder16, SearchText = code, Now = DateTime.UtcNow,
            });
            id = await connection.ExecuteScalarAsync<int>(ActivityIdSql, new { Code = code });
        }
        foreach (var system in systemCodes ?? []) await ActivityInformationSystemAsync(id, system);
        foreach (var dataCategory in dataCategoryCodes ?? []) await ActivityDataCategoryAsync(id, dataCategory);
        foreach (var (recipient, country) in recipients ?? []) await ActivityRecipientAsync(id, recipient, country);
        return id;
    }

    public Task ActivityInformationSystemAsync(int activityId, string systemCode) =>
        ExecuteAsync(InsertInformationSystemSql, new { ActivityId = activityId, Code = systemCode });

    public Task ActivitySubjectCategoryAsync(int activityId, string subjectCategoryCode) =>
        ExecuteAsync(InsertSubjectCategorySql, new { ActivityId = activityId, Code = subjectCategoryCode });

    public Task ActivityDataCategoryAsync(int activityId, string dataCategoryCode) =>
        ExecuteAsync(InsertDataCategorySql, new { ActivityId = activityId, Code = dataCategoryCode });

    /// <summary>A new purpose of the activity, resting on one legal basis.</summary>
    public async Task ActivityPurposeAsync(int activityId, string legalBasisCode)
    {
        await using var connection = await database.Connections().OpenAsync(default);
        await connection.ExecuteAsync(InsertPurposeSql, new { ActivityId = activityId, Text = $"Purpose resting on {legalBasisCode}" });
        var purposeOrdinal = await connection.ExecuteScalarAsync<int>(LastPurposeSql, new { ActivityId = activityId });
        await connection.ExecuteAsync(InsertPurposeBasisSql, new { ActivityId = activityId, PurposeOrdinal = purposeOrdinal, Code = legalBasisCode });
    }

    /// <summary>A recipient of the activity's data; with a country (and basis) it is a cross-border transfer.</summary>
    public Task ActivityRecipientAsync(int activityId, string recipientCode, string? transferCountryCode = null, string? transferLegalBasisCode = null) =>
        ExecuteAsync(InsertActivityRecipientSql, new
        {
            ActivityId = activityId, RecipientCode = recipientCode,
            TransferCountryCode = transferCountryCode, TransferLegalBasisCode = transferLegalBasisCode,
        });

    public Task ActivityActionAsync(int activityId, string actionCode) =>
        ExecuteAsync(InsertActionSql, new { ActivityId = activityId, Code = actionCode });

    public Task ActivityProtectionMeasureAsync(int activityId, string measureCode) =>
        ExecuteAsync(InsertProtectionMeasureSql, new { ActivityId = activityId, Code = measureCode });

    /// <summary>A third-party recipient, optionally located in a country.</summary>
    public Task RecipientAsync(string code, string? countryCode = null) =>
        ExecuteAsync(InsertRecipientSql, new
        {
            Code = code, Name = $"Recipient {code}", CountryCode = countryCode, SearchText = code, Now = DateTime.UtcNow,
        });

    public Task RecipientContractActionAsync(string recipientCode, string actionCode) =>
        ExecuteAsync(InsertContractActionSql, new { RecipientCode = recipientCode, Code = actionCode });

    public Task RecipientContractMeasureAsync(string recipientCode, string measureCode) =>
        ExecuteAsync(InsertContractMeasureSql, new { RecipientCode = recipientCode, Code = measureCode });

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await database.Connections().OpenAsync(default);
        await connection.ExecuteAsync(sql, parameters);
    }
}
