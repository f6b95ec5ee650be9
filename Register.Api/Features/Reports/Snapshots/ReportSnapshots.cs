using System.Security.Cryptography;
using Register.Api.Features.Reports.InformationResources;
using Register.Api.Features.Reports.OperatorRegistry;
using Register.Api.Features.Reports.Supervisory;
using Register.Api.Features.Reports.SystemClasses;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Reports.Snapshots;

/// <summary>
/// Reports kept as evidence. A snapshot is the report rendered exactly as its endpoint renders it (<see cref="Reports.RenderAsync{TRow}"/>),
/// stored byte for byte with its SHA-256, who made it, when and why; it is never changed or removed (the database
/// refuses both, as for the audit trail). The officer makes them; the officer and the auditor read them.
/// </summary>
public sealed class ReportSnapshots(Db db, Reports reports, TimeProvider clock)
{
    private static readonly CreateSnapshotRequestValidator Validator = new();
    private static readonly ListSnapshotsQueryValidator ListValidator = new();

    /// <summary>
    /// The reports a snapshot can keep, by the last segment of their route. Not the journals' reports (subject requests,
    /// breaches): a snapshot is never changed or removed, so it would keep requesters' details past the retention after
    /// which the register depersonalises them.
    /// </summary>
    private static readonly Dictionary<string, Func<Reports, Caller, ReportQuery, CancellationToken, Task<RenderedReport>>> Renderers =
        new(StringComparer.Ordinal)
        {
            [NameOf(ReportRoutes.Supervisory)] = (r, c, q, t) => r.RenderAsync(c, SupervisoryReport.ReportOf, q, t),
            [NameOf(ReportRoutes.InformationResources)] = (r, c, q, t) => r.RenderAsync(c, InformationResourcesReport.ReportOf, q, t),
            [NameOf(ReportRoutes.InformationSystems)] = (r, c, q, t) => r.RenderAsync(c, InformationSystemsReport.ReportOf, q, t),
            [NameOf(ReportRoutes.OperatorRegistry)] = (r, c, q, t) => r.RenderAsync(c, OperatorRegistryReport.ReportOf, q, t),
        };

    /// <summary>The names of the reports a snapshot can keep (<c>supervisory</c>...), for the interface to offer.</summary>
    public static IReadOnlyCollection<string> Keepable => Renderers.Keys;

    /// <summary>The name of a report as its route ends (<c>supervisory</c>), which its snapshots are made and filed under.</summary>
    public static string NameOf(string route) => route[(route.LastIndexOf('/') + 1)..];

    private const string Columns = """
        id AS Id, report AS Report, format AS Format, lang AS Lang, department_code AS Department, as_of AS AsOf, file_name AS FileName,
        content_type AS ContentType, sha256 AS Sha256, size AS Size, created_at AS CreatedAt, created_by AS CreatedBy, note AS Note
        """;

    public const string InsertSql = """
        INSERT INTO report_snapshots (report, format, lang, department_code, as_of, file_name, content_type, sha256, size, content, note, created_at, created_by)
        {{output-id}}
        VALUES (@Report, @Format, @Lang, @Department, @AsOf, @FileName, @ContentType, @Sha256, @Size, @Content, @Note, @CreatedAt, @CreatedBy)
        {{returning-id}}
        """;

    public const string CountSql = "SELECT COUNT(*) FROM report_snapshots WHERE (@Report IS NULL OR report = @Report)";
    public const string PageSql = $"SELECT {Columns} FROM report_snapshots WHERE (@Report IS NULL OR report = @Report) ORDER BY id DESC {"{{paging}}"}";
    public const string OneSql = $"SELECT {Columns} FROM report_snapshots WHERE id = @Id";
    public const string ContentSql = "SELECT content FROM report_snapshots WHERE id = @Id";

    /// <summary>Renders the report as its endpoint would for the officer and keeps the bytes (201).</summary>
    public async Task<SnapshotResponse> CreateAsync(Caller caller, string report, CreateSnapshotRequest request, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        if (!Renderers.TryGetValue(report, out var render)) throw UnknownReport(report);
        await Validator.EnsureValidAsync(request, cancellationToken);

        var query = request.ToQuery();
        var rendered = await render(reports, caller, query, cancellationToken);
        var row = new SnapshotRow
        {
            Report = report,
            Format = ReportFormats.Extension(rendered.Format),
            Lang = query.Lang ?? ReportLanguages.Russian,
            Department = query.Department,
            AsOf = Dates.ParseOrNull(query.AsOf)?.ToDateTime(TimeOnly.MinValue),
            FileName = rendered.FileName,
            ContentType = rendered.ContentType,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(rendered.Content)),
            Size = rendered.Content.LongLength,
            Note = request.Note,
            CreatedAt = clock.UtcNow(),
            CreatedBy = caller.Name,
        };

        var created = await db.WriteAsync(async session =>
        {
            var id = await session.ExecuteScalarAsync<int>(InsertSql, new
            {
                row.Report, row.Format, row.Lang, row.Department, row.AsOf, row.FileName, row.ContentType, row.Sha256, row.Size,
                rendered.Content, row.Note, row.CreatedAt, row.CreatedBy,
            });
            var response = (row with { Id = id }).ToResponse();
            // The trail names the snapshot and its digest, never its bytes (they hold the register's personal data).
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.ReportSnapshot, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                AuditActions.Create, null, response);
            return response;
        }, cancellationToken);
        return created;
    }

    public async Task<PageResponse<SnapshotResponse>> ListAsync(Caller caller, ListSnapshotsQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.AuditReader);
        await ListValidator.EnsureValidAsync(query, cancellationToken);
        var parameters = new { query.Report, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(session => session.PageAsync<SnapshotRow>(CountSql, PageSql, parameters), cancellationToken);
        return new PageResponse<SnapshotResponse>(rows.Select(r => r.ToResponse()).ToList(), total, query.PageNumber, query.Size);
    }

    /// <summary>The snapshot and its bytes exactly as they were stored.</summary>
    public async Task<(SnapshotResponse Snapshot, byte[] Content)> GetAsync(Caller caller, int id, CancellationToken cancellationToken)
    {
        caller.Require(Access.AuditReader);
        var found = await db.ReadAsync(async session =>
            await session.QuerySingleOrDefaultAsync<SnapshotRow>(OneSql, new { Id = id }) is { } row
                ? (row.ToResponse(), await session.ExecuteScalarAsync<byte[]>(ContentSql, new { Id = id }))
                : ((SnapshotResponse, byte[])?)null,
            cancellationToken);
        return found ?? throw new NotFoundException(ForReader.Text($"Сохранённого отчёта {id} нет.", $"There is no report snapshot {id}."));
    }

    private static NotFoundException UnknownReport(string report) =>
        new(ForReader.Text(
            $"Отчёта «{report}» нет, сохранить нечего. Отчёты: {string.Join(", ", Renderers.Keys)}.",
            $"There is no report '{report}' to keep. Reports: {string.Join(", ", Renderers.Keys)}."));

    private sealed record SnapshotRow
    {
        public int Id { get; init; }
        public string Report { get; init; } = "";
        public string Format { get; init; } = "";
        public string Lang { get; init; } = "";
        public string? Department { get; init; }
        public DateTime? AsOf { get; init; }
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public string Sha256 { get; init; } = "";
        public long Size { get; init; }
        public string? Note { get; init; }
        public DateTime CreatedAt { get; init; }
        public string? CreatedBy { get; init; }

        public SnapshotResponse ToResponse() => new(Id, Report, Format, Lang, Department, AsOf is { } day ? DateOnly.FromDateTime(day) : null,
            FileName, ContentType, Sha256, Size, DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc), CreatedBy, Note);
    }
}
