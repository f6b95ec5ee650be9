using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;

namespace Register.Api.Features.Activities;

/// <summary>
/// Activities in the database: one row plus link rows per list, written and read together. Lists are read
/// for a whole page at once (one query per link table, <c>IN @Ids</c>), never row by row.
/// </summary>
internal static class ActivityStore
{
    private const string RowColumns = """
        id AS Id, code AS Code, title AS Title, description AS Description, department_code AS DepartmentCode, status AS Status,
        retention_kind AS RetentionKind, retention_period AS RetentionPeriod, retention_event AS RetentionEvent, retention_reference AS RetentionReference,
        storage_form AS StorageForm, processing_method AS ProcessingMethod, data_source AS DataSource, start_date AS StartDate,
        termination_condition AS TerminationCondition, estimated_subjects AS EstimatedSubjects, includes_minors_under16 AS IncludesMinorsUnder16,
        review_due_date AS ReviewDueDate, last_approved_on AS LastApprovedOn, version AS Version,
        created_at AS CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, updated_by AS UpdatedBy
        """;

    public const string SelectRowsSql = $"SELECT {RowColumns} FROM activities WHERE id IN @Ids";
    public const string IdByCodeSql = "SELECT id FROM activities WHERE code = @Code";
    public const string SubjectCategoriesSql = "SELECT activity_id AS ActivityId, subject_category_code AS Code FROM activity_subject_categories WHERE activity_id IN @Ids ORDER BY activity_id, ordinal";
    public const string DataCategoriesSql = """
        SELECT activity_id AS ActivityId, data_category_code AS Code, retention_kind AS RetentionKind, retention_period AS RetentionPeriod,
               retention_event AS RetentionEvent, retention_reference AS RetentionReference
        FROM activity_data_categories WHERE activity_id IN @Ids ORDER BY activity_id, ordinal
        """;
    public const string PurposesSql = "SELECT activity_id AS ActivityId, ordinal AS Ordinal, text AS Text, legal_reference AS LegalReference FROM activity_purposes WHERE activity_id IN @Ids ORDER BY activity_id, ordinal";
    public const string PurposeBasesSql = "SELECT activity_id AS ActivityId, purpose_ordinal AS PurposeOrdinal, legal_basis_code AS Code FROM activity_purpose_bases WHERE activity_id IN @Ids ORDER BY activity_id, purpose_ordinal, ordinal";
    public const string RecipientsSql = "SELECT activity_id AS ActivityId, recipient_code AS Code, transfer_country_code AS CountryCode, transfer_legal_basis_code AS LegalBasisCode FROM activity_recipients WHERE activity_id IN @Ids ORDER BY activity_id, ordinal";
    public const string SystemsSql = "SELECT activity_id AS ActivityId, system_code AS Code FROM activity_information_systems WHERE activity_id IN @Ids ORDER BY activity_id, ordinal";
    public const string ActionsSql = "SELECT activity_id AS ActivityId, action_code AS Code FROM activity_actions WHERE activity_id IN @Ids ORDER BY activity_id, ordinal";
    public const string MeasuresSql = "SELECT activity_id AS ActivityId, measure_code AS Code FROM activity_protection_measures WHERE activity_id IN @Ids ORDER BY activity_id, ordinal";
    public const string PositionsSql = "SELECT activity_id AS ActivityId, position AS Code FROM activity_access_positions WHERE activity_id IN @Ids ORDER BY activity_id, ordinal";

    public const string InsertSql = """
        INSERT INTO activities (code, title, description, department_code, status, retention_kind, retention_period, retention_event, retention_reference,
            storage_form, processing_method, data_source, start_date, termination_condition, estimated_subjects, includes_minors_under16,
            review_due_date, last_approved_on, search_text, version, created_at, created_by, updated_at, updated_by)
        {{output-id}}
        VALUES (@Code, @Title, @Description, @DepartmentCode, @Status, @RetentionKind, @RetentionPeriod, @RetentionEvent, @RetentionReference,
            @StorageForm, @ProcessingMethod, @DataSource, @StartDate, @TerminationCondition, @EstimatedSubjects, @IncludesMinorsUnder16,
            @ReviewDueDate, @LastApprovedOn, @SearchText, 1, @Now, @Actor, @Now, @Actor)
        {{returning-id}}
        """;

    public const string UpdateSql = """
        UPDATE activities
        SET title = @Title, description = @Description, department_code = @DepartmentCode, status = @Status,
            retention_kind = @RetentionKind, retention_period = @RetentionPeriod, retention_event = @RetentionEvent, retention_reference = @RetentionReference,
            storage_form = @StorageForm, processing_method = @ProcessingMethod, data_source = @DataSource, start_date = @StartDate,
            termination_condition = @TerminationCondition, estimated_subjects = @EstimatedSubjects, includes_minors_under16 = @IncludesMinorsUnder16,
            review_due_date = @ReviewDueDate, last_approved_on = @LastApprovedOn, search_text = @SearchText,
            version = version + 1, updated_at = @Now, updated_by = @Actor
        WHERE id = @Id AND version = @ExpectedVersion
        """;

    public const string DeleteRowSql = "DELETE FROM activities WHERE id = @Id AND version = @ExpectedVersion";

    // Link rows are replaced wholesale on every save: an entry's lists are small, and this keeps order exact.
    private static readonly string[] DeleteLinksSql =
    [
        DeleteSubjectCategoriesSql, DeleteDataCategoriesSql, DeletePurposeBasesSql, DeletePurposesSql, DeleteRecipientsSql,
        DeleteSystemsSql, DeleteActionsSql, DeleteMeasuresSql, DeletePositionsSql,
    ];
    public const string DeleteSubjectCategoriesSql = "DELETE FROM activity_subject_categories WHERE activity_id = @Id";
    public const string DeleteDataCategoriesSql = "DELETE FROM activity_data_categories WHERE activity_id = @Id";
    public const string DeletePurposeBasesSql = "DELETE FROM activity_purpose_bases WHERE activity_id = @Id";
    public const string DeletePurposesSql = "DELETE FROM activity_purposes WHERE activity_id = @Id";
    public const string DeleteRecipientsSql = "DELETE FROM activity_recipients WHERE activity_id = @Id";
    public const string DeleteSystemsSql = "DELETE FROM activity_information_systems WHERE activity_id = @Id";
    public const string DeleteActionsSql = "DELETE FROM activity_actions WHERE activity_id = @Id";
    public const string DeleteMeasuresSql = "DELETE FROM activity_protection_measures WHERE activity_id = @Id";
    public const string DeletePositionsSql = "DELETE FROM activity_access_positions WHERE activity_id = @Id";

    public const string InsertSubjectCategorySql = "INSERT INTO activity_subject_categories (activity_id, subject_category_code, ordinal) VALUES (@Id, @Code, @Ordinal)";
    public const string InsertDataCategorySql = """
        INSERT INTO activity_data_categories (activity_id, data_category_code, ordinal, retention_kind, retention_period, retention_event, retention_reference)
        VALUES (@Id, @Code, @Ordinal, @RetentionKind, @RetentionPeriod, @RetentionEvent, @RetentionReference)
        """;
    public const string InsertPurposeSql = "INSERT INTO activity_purposes (activity_id, ordinal, text, legal_reference) VALUES (@Id, @Ordinal, @Text, @LegalReference)";
    public const string InsertPurposeBasisSql = "INSERT INTO activity_purpose_bases (activity_id, purpose_ordinal, legal_basis_code, ordinal) VALUES (@Id, @PurposeOrdinal, @Code, @Ordinal)";
    public const string InsertRecipientSql = """
        INSERT INTO activity_recipients (activity_id, ordinal, recipient_code, transfer_country_code, transfer_legal_basis_code)
        VALUES (@Id, @Ordinal, @Code, @CountryCode, @LegalBasisCode)
        """;
    public const string InsertSystemSql = "INSERT INTO activity_information_systems (activity_id, system_code, ordinal) VALUES (@Id, @Code, @Ordinal)";
    public const string InsertActionSql = "INSERT INTO activity_actions (activity_id, action_code, ordinal) VALUES (@Id, @Code, @Ordinal)";
    public const string InsertMeasureSql = "INSERT INTO activity_protection_measures (activity_id, measure_code, ordinal) VALUES (@Id, @Code, @Ordinal)";
    public const string InsertPositionSql = "INSERT INTO activity_access_positions (activity_id, ordinal, position) VALUES (@Id, @Ordinal, @Code)";

    public static async Task<int> InsertAsync(DbSession session, string code, ActivityContent content, string? actor, DateTime now)
    {
        var id = await session.ExecuteScalarAsync<int>(InsertSql, RowParameters(0, code, ActivityStatus.Draft, content, null, actor, now, expectedVersion: 0));
        await InsertLinksAsync(session, id, content);
        SystemAssessments.Changed(session, id);
        return id;
    }

    /// <summary>Saves a new state over <paramref name="expectedVersion"/>; false when the version moved on meanwhile.</summary>
    public static async Task<bool> UpdateAsync(DbSession session, int id, int expectedVersion, ActivityStatus status, ActivityContent content,
        DateOnly? lastApprovedOn, string? actor, DateTime now)
    {
        var updated = await session.ExecuteAsync(UpdateSql, RowParameters(id, "", status, content, lastApprovedOn, actor, now, expectedVersion));
        if (updated == 0) return false;
        await DeleteLinksAsync(session, id);
        await InsertLinksAsync(session, id, content);
        SystemAssessments.Changed(session, id);
        return true;
    }

    public static async Task<bool> DeleteAsync(DbSession session, int id, int expectedVersion)
    {
        SystemAssessments.Changed(session, id);
        await DeleteLinksAsync(session, id);
        return await session.ExecuteAsync(DeleteRowSql, new { Id = id, ExpectedVersion = expectedVersion }) == 1;
    }

    public static async Task<ActivityState?> FindAsync(DbSession session, int id) => (await LoadAsync(session, [id])).FirstOrDefault();

    /// <summary>The activities with these ids, in the order given (missing ones are skipped).</summary>
    public static async Task<IReadOnlyList<ActivityState>> LoadAsync(DbSession session, IReadOnlyList<int> ids)
    {
        if (ids.Count == 0) return [];
        // One entry (every GET, and every write's own read) is the common case: "= @Id" spares Dapper expanding a list
        // into each of the ten statements (a regex pass each, measured at about 3 % of a GET's CPU).
        var one = ids.Count == 1;
        object p = one ? new { Id = ids[0] } : new { Ids = ids };
        string Sql(string sql) => one ? SingleIdSql.GetOrAdd(sql, ForOneId) : sql;
        var rows = (await session.QueryAsync<ActivityRow>(Sql(SelectRowsSql), p)).ToDictionary(r => r.Id);
        var subjects = Group(await session.QueryAsync<LinkRow>(Sql(SubjectCategoriesSql), p));
        var dataCategories = (await session.QueryAsync<DataCategoryRow>(Sql(DataCategoriesSql), p)).ToLookup(r => r.ActivityId);
        var purposes = (await session.QueryAsync<PurposeRow>(Sql(PurposesSql), p)).ToLookup(r => r.ActivityId);
        var bases = (await session.QueryAsync<PurposeBasisRow>(Sql(PurposeBasesSql), p)).ToLookup(r => (r.ActivityId, r.PurposeOrdinal), r => r.Code);
        var recipients = (await session.QueryAsync<RecipientRow>(Sql(RecipientsSql), p)).ToLookup(r => r.ActivityId);
        var systems = Group(await session.QueryAsync<LinkRow>(Sql(SystemsSql), p));
        var actions = Group(await session.QueryAsync<LinkRow>(Sql(ActionsSql), p));
        var measures = Group(await session.QueryAsync<LinkRow>(Sql(MeasuresSql), p));
        var positions = Group(await session.QueryAsync<LinkRow>(Sql(PositionsSql), p));

        var states = new List<ActivityState>(ids.Count);
        foreach (var id in ids)
        {
            if (!rows.TryGetValue(id, out var row)) continue;
            var content = new ActivityContent
            {
                Title = row.Title,
                Description = row.Description,
                DepartmentCode = row.DepartmentCode,
                SubjectCategoryCodes = subjects[id].ToList(),
                DataCategories = dataCategories[id].Select(d => new ActivityDataCategory(d.Code,
                    Retention(d.RetentionKind, d.RetentionPeriod, d.RetentionEvent, d.RetentionReference))).ToList(),
                Purposes = purposes[id].Select(x => new ActivityPurpose(x.Text, bases[(id, x.Ordinal)].ToList(), x.LegalReference)).ToList(),
                Recipients = recipients[id].Select(r => new ActivityRecipient(r.Code,
                    r.CountryCode is null ? null : new ActivityTransfer(r.CountryCode, r.LegalBasisCode))).ToList(),
                Retention = Retention(row.RetentionKind, row.RetentionPeriod, row.RetentionEvent, row.RetentionReference),
                InformationSystemCodes = systems[id].ToList(),
                StorageForm = KebabEnum.ParseOrNull<StorageForm>(row.StorageForm),
                ProcessingMethod = KebabEnum.ParseOrNull<ProcessingMethod>(row.ProcessingMethod),
                ActionCodes = actions[id].ToList(),
                ProtectionMeasureCodes = measures[id].ToList(),
                DataSource = KebabEnum.ParseOrNull<DataSource>(row.DataSource),
                StartDate = Date(row.StartDate),
                TerminationCondition = row.TerminationCondition,
                AccessPositions = positions[id].ToList(),
                EstimatedSubjects = row.EstimatedSubjects,
                IncludesMinorsUnder16 = row.IncludesMinorsUnder16,
                ReviewDueDate = Date(row.ReviewDueDate),
            };
            states.Add(new ActivityState
            {
                Id = id,
                Code = row.Code,
                Status = KebabEnum.Parse<ActivityStatus>(row.Status),
                Content = content,
                Version = row.Version,
                LastApprovedOn = Date(row.LastApprovedOn),
                CreatedAt = DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc),
                CreatedBy = row.CreatedBy,
                UpdatedAt = DateTime.SpecifyKind(row.UpdatedAt, DateTimeKind.Utc),
                UpdatedBy = row.UpdatedBy,
            });
        }
        return states;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SingleIdSql = new(StringComparer.Ordinal);

    /// <summary>A load statement for one entry: its only difference from the parsed constant is "= @Id" for "IN @Ids".</summary>
    internal static string ForOneId(string sql) => sql.Contains(" IN @Ids", StringComparison.Ordinal)
        ? sql.Replace(" IN @Ids", " = @Id", StringComparison.Ordinal)
        : throw new InvalidOperationException($"Not a load statement: {sql}");

    public static string SearchTextOf(string code, ActivityContent content) =>
        SearchText.Fold([code, content.Title, content.Description, .. content.Purposes.Select(p => p.Text)]);

    private static object RowParameters(int id, string code, ActivityStatus status, ActivityContent c, DateOnly? lastApprovedOn, string? actor, DateTime now, int expectedVersion) => new
    {
        Id = id,
        Code = code,
        c.Title,
        c.Description,
        c.DepartmentCode,
        Status = KebabEnum.ToKebab(status),
        RetentionKind = c.Retention is null ? null : KebabEnum.ToKebab(c.Retention.Kind),
        RetentionPeriod = c.Retention?.Period,
        RetentionEvent = c.Retention?.Event,
        RetentionReference = c.Retention?.Reference,
        StorageForm = c.StorageForm is { } form ? KebabEnum.ToKebab(form) : null,
        ProcessingMethod = c.ProcessingMethod is { } method ? KebabEnum.ToKebab(method) : null,
        DataSource = c.DataSource is { } source ? KebabEnum.ToKebab(source) : null,
        StartDate = DateTimeOf(c.StartDate),
        c.TerminationCondition,
        c.EstimatedSubjects,
        c.IncludesMinorsUnder16,
        ReviewDueDate = DateTimeOf(c.ReviewDueDate),
        LastApprovedOn = DateTimeOf(lastApprovedOn),
        SearchText = SearchTextOf(code, c),
        Now = now,
        Actor = actor,
        ExpectedVersion = expectedVersion,
    };

    private static async Task DeleteLinksAsync(DbSession session, int id)
    {
        foreach (var sql in DeleteLinksSql) await session.ExecuteAsync(sql, new { Id = id });
    }

    private static async Task InsertLinksAsync(DbSession session, int id, ActivityContent c)
    {
        await InsertCodes(session, InsertSubjectCategorySql, id, c.SubjectCategoryCodes);
        await InsertMany(session, InsertDataCategorySql, c.DataCategories.Select((d, i) => new
        {
            Id = id, d.Code, Ordinal = i,
            RetentionKind = d.Retention is null ? null : KebabEnum.ToKebab(d.Retention.Kind),
            RetentionPeriod = d.Retention?.Period, RetentionEvent = d.Retention?.Event, RetentionReference = d.Retention?.Reference,
        }));
        await InsertMany(session, InsertPurposeSql, c.Purposes.Select((p, i) => new { Id = id, Ordinal = i, p.Text, p.LegalReference }));
        await InsertMany(session, InsertPurposeBasisSql, c.Purposes.SelectMany((p, i) => p.LegalBasisCodes.Select((code, j) =>
            new { Id = id, PurposeOrdinal = i, Code = code, Ordinal = j })));
        await InsertMany(session, InsertRecipientSql, c.Recipients.Select((r, i) => new
        {
            Id = id, Ordinal = i, r.Code, r.Transfer?.CountryCode, r.Transfer?.LegalBasisCode,
        }));
        await InsertCodes(session, InsertSystemSql, id, c.InformationSystemCodes);
        await InsertCodes(session, InsertActionSql, id, c.ActionCodes);
        await InsertCodes(session, InsertMeasureSql, id, c.ProtectionMeasureCodes);
        await InsertCodes(session, InsertPositionSql, id, c.AccessPositions);
    }

    private static Task InsertCodes(DbSession session, string sql, int id, IReadOnlyList<string> codes) =>
        InsertMany(session, sql, codes.Select((code, i) => new { Id = id, Code = code, Ordinal = i }));

    private static async Task InsertMany<T>(DbSession session, string sql, IEnumerable<T> rows)
    {
        var list = rows.ToList();
        if (list.Count > 0) await session.ExecuteAsync(sql, list);
    }

    private static ILookup<int, string> Group(IEnumerable<LinkRow> rows) => rows.ToLookup(r => r.ActivityId, r => r.Code);

    private static Retention? Retention(string? kind, string? period, string? @event, string? reference) =>
        kind is null ? null : new Retention(KebabEnum.Parse<RetentionKind>(kind), period, @event, reference);

    private static DateOnly? Date(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : null;

    private static DateTime? DateTimeOf(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);

    private sealed class ActivityRow
    {
        public int Id { get; init; }
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Description { get; init; }
        public string? DepartmentCode { get; init; }
        public string Status { get; init; } = "";
        public string? RetentionKind { get; init; }
        public string? RetentionPeriod { get; init; }
        public string? RetentionEvent { get; init; }
        public string? RetentionReference { get; init; }
        public string? StorageForm { get; init; }
        public string? ProcessingMethod { get; init; }
        public string? DataSource { get; init; }
        public DateTime? StartDate { get; init; }
        public string? TerminationCondition { get; init; }
        public int? EstimatedSubjects { get; init; }
        public bool IncludesMinorsUnder16 { get; init; }
        public DateTime? ReviewDueDate { get; init; }
        public DateTime? LastApprovedOn { get; init; }
        public int Version { get; init; }
        public DateTime CreatedAt { get; init; }
        public string? CreatedBy { get; init; }
        public DateTime UpdatedAt { get; init; }
        public string? UpdatedBy { get; init; }
    }

    private sealed class LinkRow
    {
        public int ActivityId { get; init; }
        public string Code { get; init; } = "";
    }

    private sealed class DataCategoryRow
    {
        public int ActivityId { get; init; }
        public string Code { get; init; } = "";
        public string? RetentionKind { get; init; }
        public string? RetentionPeriod { get; init; }
        public string? RetentionEvent { get; init; }
        public string? RetentionReference { get; init; }
    }

    private sealed class PurposeRow
    {
        public int ActivityId { get; init; }
        public int Ordinal { get; init; }
        public string Text { get; init; } = "";
        public string? LegalReference { get; init; }
    }

    private sealed class PurposeBasisRow
    {
        public int ActivityId { get; init; }
        public int PurposeOrdinal { get; init; }
        public string Code { get; init; } = "";
    }

    private sealed class RecipientRow
    {
        public int ActivityId { get; init; }
        public string Code { get; init; } = "";
        public string? CountryCode { get; init; }
        public string? LegalBasisCode { get; init; }
    }
}
