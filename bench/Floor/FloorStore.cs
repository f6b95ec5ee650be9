using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Floor;

public sealed record FloorRetention(string? Kind, string? Period, string? Event, string? Reference);
public sealed record FloorDataCategory(string Code, FloorRetention? Retention);
public sealed record FloorPurpose(string Text, IReadOnlyList<string> LegalBasisCodes, string? LegalReference);
public sealed record FloorTransfer(string CountryCode, string? LegalBasisCode);
public sealed record FloorRecipient(string Code, FloorTransfer? Transfer);

/// <summary>An activity in the contract's shape, less what the register computes (findings, category, cross-border).</summary>
public sealed record FloorActivity(
    int Id, string Code, string Title, string? Description, string? DepartmentCode, string? Status,
    IReadOnlyList<string> SubjectCategoryCodes, IReadOnlyList<FloorDataCategory> DataCategories, IReadOnlyList<FloorPurpose> Purposes,
    IReadOnlyList<FloorRecipient> Recipients, FloorRetention? Retention, IReadOnlyList<string> InformationSystemCodes,
    string? StorageForm, string? ProcessingMethod, IReadOnlyList<string> ActionCodes, IReadOnlyList<string> ProtectionMeasureCodes,
    string? DataSource, DateOnly? StartDate, string? TerminationCondition, IReadOnlyList<string> AccessPositions,
    int? EstimatedSubjects, bool IncludesMinorsUnder16, DateOnly? ReviewDueDate, int Version);

public sealed record FloorPage(IReadOnlyList<FloorActivity> Items, int Total, int Page, int PageSize);

public sealed class FloorStore
{
    private const string Columns = """
        id, code, title, description, department_code, status, retention_kind, retention_period, retention_event, retention_reference,
        storage_form, processing_method, data_source, start_date, termination_condition, estimated_subjects, includes_minors_under16,
        review_due_date, version
        """;

    // {0}: the ids the links are read for (one id, or the page's subquery).
    private const string LinksTemplate = """
        SELECT activity_id, subject_category_code AS code FROM activity_subject_categories WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        SELECT activity_id, data_category_code AS code, retention_kind, retention_period, retention_event, retention_reference FROM activity_data_categories WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        SELECT activity_id, ordinal, text, legal_reference FROM activity_purposes WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        SELECT activity_id, purpose_ordinal, legal_basis_code AS code FROM activity_purpose_bases WHERE activity_id IN ({0}) ORDER BY activity_id, purpose_ordinal, ordinal;
        SELECT activity_id, recipient_code AS code, transfer_country_code, transfer_legal_basis_code FROM activity_recipients WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        SELECT activity_id, system_code AS code FROM activity_information_systems WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        SELECT activity_id, action_code AS code FROM activity_actions WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        SELECT activity_id, measure_code AS code FROM activity_protection_measures WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        SELECT activity_id, position AS code FROM activity_access_positions WHERE activity_id IN ({0}) ORDER BY activity_id, ordinal;
        """;

    private static readonly string OneSql = $"SELECT {Columns} FROM activities WHERE id = @Id;\n" + string.Format(CultureInfo.InvariantCulture, LinksTemplate, "@Id");

    private static string PageSql(string where)
    {
        var page = $"SELECT id FROM activities WHERE {where} ORDER BY code LIMIT @Take OFFSET @Skip";
        return $"SELECT COUNT(*) FROM activities WHERE {where};\nSELECT {Columns} FROM activities WHERE {where} ORDER BY code LIMIT @Take OFFSET @Skip;\n"
            + string.Format(CultureInfo.InvariantCulture, LinksTemplate, page);
    }

    private static readonly string ByDepartmentSql = PageSql("department_code = @Department");
    private static readonly string BySearchSql = PageSql(@"search_text LIKE @Pattern ESCAPE '\'");
    private static readonly string AllSql = PageSql("1 = 1");

    /// <summary>Report batches: keyset on (code, id), links for the batch's ids.</summary>
    public static readonly string ReportBatchSql =
        $"SELECT {Columns} FROM activities WHERE status <> 'retired' AND (code > @AfterCode OR (code = @AfterCode AND id > @AfterId)) ORDER BY code, id LIMIT @Take;\n"
        + string.Format(CultureInfo.InvariantCulture, LinksTemplate,
            "SELECT id FROM activities WHERE status <> 'retired' AND (code > @AfterCode OR (code = @AfterCode AND id > @AfterId)) ORDER BY code, id LIMIT @Take");

    private readonly string _connectionString;


    public FloorStore(string connectionString) =>
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, DefaultTimeout = 10 }.ToString();

    public async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<bool> PingAsync()
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_journal") > 0;
    }

    public async Task<FloorActivity?> GetAsync(int id)
    {
        await using var connection = await OpenAsync();
        await using var grid = await connection.QueryMultipleAsync(OneSql, new { Id = id });
        var rows = (await grid.ReadAsync<Row>()).ToList();
        return rows.Count == 0 ? null : (await ReadLinksAsync(grid, rows))[0];
    }

    public async Task<FloorPage> ListAsync(string? department, string? q, int skip, int take)
    {
        var sql = department is not null ? ByDepartmentSql : q is not null ? BySearchSql : AllSql;
        await using var connection = await OpenAsync();
        await using var grid = await connection.QueryMultipleAsync(sql, new { Department = department, Pattern = q is null ? null : Pattern(q), Skip = skip, Take = take });
        var total = await grid.ReadSingleAsync<int>();
        var rows = (await grid.ReadAsync<Row>()).ToList();
        return new FloorPage(await ReadLinksAsync(grid, rows), total, skip / take + 1, take);
    }

    public static async Task<IReadOnlyList<FloorActivity>> ReadLinksAsync(SqlMapper.GridReader grid, IReadOnlyList<Row> rows)
    {
        var subjects = (await grid.ReadAsync<Link>()).ToLookup(l => l.ActivityId, l => l.Code);
        var data = (await grid.ReadAsync<DataLink>()).ToLookup(l => l.ActivityId);
        var purposes = (await grid.ReadAsync<PurposeLink>()).ToLookup(l => l.ActivityId);
        var bases = (await grid.ReadAsync<BasisLink>()).ToLookup(l => (l.ActivityId, l.PurposeOrdinal), l => l.Code);
        var recipients = (await grid.ReadAsync<RecipientLink>()).ToLookup(l => l.ActivityId);
        var systems = (await grid.ReadAsync<Link>()).ToLookup(l => l.ActivityId, l => l.Code);
        var actions = (await grid.ReadAsync<Link>()).ToLookup(l => l.ActivityId, l => l.Code);
        var measures = (await grid.ReadAsync<Link>()).ToLookup(l => l.ActivityId, l => l.Code);
        var positions = (await grid.ReadAsync<Link>()).ToLookup(l => l.ActivityId, l => l.Code);
        return rows.Select(r => new FloorActivity(
            r.Id, r.Code, r.Title, r.Description, r.DepartmentCode, r.Status,
            subjects[r.Id].ToList(),
            data[r.Id].Select(d => new FloorDataCategory(d.Code, d.RetentionKind is null ? null : new FloorRetention(d.RetentionKind, d.RetentionPeriod, d.RetentionEvent, d.RetentionReference))).ToList(),
            purposes[r.Id].Select(p => new FloorPurpose(p.Text, bases[(r.Id, p.Ordinal)].ToList(), p.LegalReference)).ToList(),
            recipients[r.Id].Select(x => new FloorRecipient(x.Code, x.TransferCountryCode is null ? null : new FloorTransfer(x.TransferCountryCode, x.TransferLegalBasisCode))).ToList(),
            r.RetentionKind is null ? null : new FloorRetention(r.RetentionKind, r.RetentionPeriod, r.RetentionEvent, r.RetentionReference),
            systems[r.Id].ToList(), r.StorageForm, r.ProcessingMethod, actions[r.Id].ToList(), measures[r.Id].ToList(), r.DataSource,
            Date(r.StartDate), r.TerminationCondition, positions[r.Id].ToList(), r.EstimatedSubjects, r.IncludesMinorsUnder16,
            Date(r.ReviewDueDate), r.Version)).ToList();
    }

    public async Task<int> InsertAsync(FloorActivity a)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var id = await connection.ExecuteScalarAsync<int>("""
            INSERT INTO activities (code, title, description, department_code, status, retention_kind, retention_period, retention_event, retention_reference,
                storage_form, processing_method, data_source, start_date, termination_condition, estimated_subjects, includes_minors_under16,
                review_due_date, search_text, version, created_at, created_by, updated_at, updated_by)
            VALUES (@Code, @Title, @Description, @DepartmentCode, 'draft', @RetentionKind, @RetentionPeriod, @RetentionEvent, @RetentionReference,
                @StorageForm, @ProcessingMethod, @DataSource, @StartDate, @TerminationCondition, @EstimatedSubjects, @IncludesMinorsUnder16,
                @ReviewDueDate, @SearchText, 1, @Now, 'floor', @Now, 'floor')
            RETURNING id
            """, RowParameters(0, a), transaction);
        await InsertLinksAsync(connection, transaction, id, a);
        await transaction.CommitAsync();
        return id;
    }

    public async Task<bool> UpdateAsync(int id, FloorActivity a)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var updated = await connection.ExecuteAsync("""
            UPDATE activities SET title = @Title, description = @Description, department_code = @DepartmentCode, retention_kind = @RetentionKind,
                retention_period = @RetentionPeriod, retention_event = @RetentionEvent, retention_reference = @RetentionReference, storage_form = @StorageForm,
                processing_method = @ProcessingMethod, data_source = @DataSource, start_date = @StartDate, termination_condition = @TerminationCondition,
                estimated_subjects = @EstimatedSubjects, includes_minors_under16 = @IncludesMinorsUnder16, review_due_date = @ReviewDueDate,
                search_text = @SearchText, version = version + 1, updated_at = @Now, updated_by = 'floor'
            WHERE id = @Id;
            DELETE FROM activity_subject_categories WHERE activity_id = @Id;
            DELETE FROM activity_data_categories WHERE activity_id = @Id;
            DELETE FROM activity_purpose_bases WHERE activity_id = @Id;
            DELETE FROM activity_purposes WHERE activity_id = @Id;
            DELETE FROM activity_recipients WHERE activity_id = @Id;
            DELETE FROM activity_information_systems WHERE activity_id = @Id;
            DELETE FROM activity_actions WHERE activity_id = @Id;
            DELETE FROM activity_protection_measures WHERE activity_id = @Id;
            DELETE FROM activity_access_positions WHERE activity_id = @Id;
            """, RowParameters(id, a), transaction);
        if (updated == 0) return false;
        await InsertLinksAsync(connection, transaction, id, a);
        await transaction.CommitAsync();
        return true;
    }

    private static object RowParameters(int id, FloorActivity a) => new
    {
        Id = id, a.Code, a.Title, a.Description, a.DepartmentCode,
        RetentionKind = a.Retention?.Kind, RetentionPeriod = a.Retention?.Period, RetentionEvent = a.Retention?.Event, RetentionReference = a.Retention?.Reference,
        a.StorageForm, a.ProcessingMethod, a.DataSource, StartDate = a.StartDate?.ToDateTime(TimeOnly.MinValue), a.TerminationCondition,
        a.EstimatedSubjects, a.IncludesMinorsUnder16, ReviewDueDate = a.ReviewDueDate?.ToDateTime(TimeOnly.MinValue),
        SearchText = string.Join('\n', new[] { a.Code, a.Title, a.Description }.Concat(a.Purposes.Select(p => p.Text)).Where(s => !string.IsNullOrWhiteSpace(s)))
            .ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е'),
        Now = DateTime.UtcNow,
    };

    private static async Task InsertLinksAsync(DbConnection c, DbTransaction t, int id, FloorActivity a)
    {
        await c.ExecuteAsync("INSERT INTO activity_subject_categories (activity_id, subject_category_code, ordinal) VALUES (@Id, @Code, @Ordinal)",
            a.SubjectCategoryCodes.Select((code, i) => new { Id = id, Code = code, Ordinal = i }), t);
        await c.ExecuteAsync("""
            INSERT INTO activity_data_categories (activity_id, data_category_code, ordinal, retention_kind, retention_period, retention_event, retention_reference)
            VALUES (@Id, @Code, @Ordinal, @Kind, @Period, @Event, @Reference)
            """, a.DataCategories.Select((d, i) => new { Id = id, d.Code, Ordinal = i, d.Retention?.Kind, d.Retention?.Period, d.Retention?.Event, d.Retention?.Reference }), t);
        await c.ExecuteAsync("INSERT INTO activity_purposes (activity_id, ordinal, text, legal_reference) VALUES (@Id, @Ordinal, @Text, @LegalReference)",
            a.Purposes.Select((p, i) => new { Id = id, Ordinal = i, p.Text, p.LegalReference }), t);
        await c.ExecuteAsync("INSERT INTO activity_purpose_bases (activity_id, purpose_ordinal, legal_basis_code, ordinal) VALUES (@Id, @PurposeOrdinal, @Code, @Ordinal)",
            a.Purposes.SelectMany((p, i) => p.LegalBasisCodes.Select((code, j) => new { Id = id, PurposeOrdinal = i, Code = code, Ordinal = j })), t);
        await c.ExecuteAsync("""
            INSERT INTO activity_recipients (activity_id, ordinal, recipient_code, transfer_country_code, transfer_legal_basis_code)
            VALUES (@Id, @Ordinal, @Code, @Country, @Basis)
            """, a.Recipients.Select((r, i) => new { Id = id, Ordinal = i, r.Code, Country = r.Transfer?.CountryCode, Basis = r.Transfer?.LegalBasisCode }), t);
        await c.ExecuteAsync("INSERT INTO activity_information_systems (activity_id, system_code, ordinal) VALUES (@Id, @Code, @Ordinal)",
            a.InformationSystemCodes.Select((code, i) => new { Id = id, Code = code, Ordinal = i }), t);
        await c.ExecuteAsync("INSERT INTO activity_actions (activity_id, action_code, ordinal) VALUES (@Id, @Code, @Ordinal)",
            a.ActionCodes.Select((code, i) => new { Id = id, Code = code, Ordinal = i }), t);
        await c.ExecuteAsync("INSERT INTO activity_protection_measures (activity_id, measure_code, ordinal) VALUES (@Id, @Code, @Ordinal)",
            a.ProtectionMeasureCodes.Select((code, i) => new { Id = id, Code = code, Ordinal = i }), t);
        await c.ExecuteAsync("INSERT INTO activity_access_positions (activity_id, ordinal, position) VALUES (@Id, @Ordinal, @Code)",
            a.AccessPositions.Select((code, i) => new { Id = id, Code = code, Ordinal = i }), t);
    }

    private static string Pattern(string q)
    {
        var folded = q.Trim().ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е');
        return "%" + folded.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_").Replace("[", @"\[") + "%";
    }

    private static DateOnly? Date(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    public sealed class Row
    {
        public int Id { get; init; }
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Description { get; init; }
        public string? DepartmentCode { get; init; }
        public string? Status { get; init; }
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
        public int Version { get; init; }
    }

    public sealed class Link
    {
        public int ActivityId { get; init; }
        public string Code { get; init; } = "";
    }

    public sealed class DataLink
    {
        public int ActivityId { get; init; }
        public string Code { get; init; } = "";
        public string? RetentionKind { get; init; }
        public string? RetentionPeriod { get; init; }
        public string? RetentionEvent { get; init; }
        public string? RetentionReference { get; init; }
    }

    public sealed class PurposeLink
    {
        public int ActivityId { get; init; }
        public int Ordinal { get; init; }
        public string Text { get; init; } = "";
        public string? LegalReference { get; init; }
    }

    public sealed class BasisLink
    {
        public int ActivityId { get; init; }
        public int PurposeOrdinal { get; init; }
        public string Code { get; init; } = "";
    }

    public sealed class RecipientLink
    {
        public int ActivityId { get; init; }
        public string Code { get; init; } = "";
        public string? TransferCountryCode { get; init; }
        public string? TransferLegalBasisCode { get; init; }
    }
}
