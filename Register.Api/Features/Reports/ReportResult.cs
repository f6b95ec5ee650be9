using FastEndpoints;
using Microsoft.Net.Http.Headers;
using Register.Api.Features.Operator;
using Register.Api.Features.Reports.Writers;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Reports;

/// <summary>The rows of a report, produced lazily from the register a batch at a time.</summary>
internal delegate IAsyncEnumerable<TRow> ReportRows<TRow>(ReportSource source, ReportHeader header, CancellationToken cancellationToken);

/// <summary>
/// A report streamed to the response: the header, then each row as it is produced, sent on every 64 KB. Nothing is
/// written before the catalogs, the operator and the first rows have been read, so a failure there is still a
/// proper problem response; a failure after the first bytes have gone can only cut the download short (logged).
/// Reports hold personal data: they are never cached.
/// </summary>
public sealed class ReportResult<TRow> : IResult
{
    private readonly Db _db;
    private readonly ReportRequest _request;
    private readonly ReportDefinition<TRow> _definition;
    private readonly ReportRows<TRow> _rows;

    internal ReportResult(Db db, ReportRequest request, ReportDefinition<TRow> definition, ReportRows<TRow> rows)
    {
        _db = db;
        _request = request;
        _definition = definition;
        _rows = rows;
    }

    public ReportFormat Format => _request.Format;

    public Task ExecuteAsync(HttpContext context) =>
        WriteAsync(context.Response.Body, () => SetHeaders(context.Response), context.RequestAborted);

    /// <summary>
    /// Writes the report to <paramref name="body"/>. <paramref name="starting"/> runs once the catalogs and the operator have
    /// been read and just before the first byte (the HTTP answer sets its headers there).
    /// </summary>
    public async Task WriteAsync(Stream body, Action starting, CancellationToken cancellationToken)
    {
        var db = _db;
        var (catalogs, found) = await db.ReadAsync(async session =>
            (await ReportCatalogs.LoadAsync(session, _request.Lang), await OperatorStore.FindAsync(session)), cancellationToken);
        var header = new ReportHeader(
            _definition.Name,
            _definition.Title.In(_request.Lang),
            found is null ? null : ReportOperator.From(found),
            _request.Date,
            _request.AsOf is not null,
            _request.GeneratedAt,
            _request.Lang,
            catalogs.RefOrNull(catalogs.Departments, _request.Department),
            _request.Scope?.Order(StringComparer.Ordinal).Select(code => catalogs.Ref(catalogs.Departments, code)).ToList(),
            _request.Period);

        starting();
        using var buffer = new ReportBuffer();
        using var writer = ReportWriter<TRow>.Create(_request.Format, buffer, _definition, header);
        writer.Begin();
        // No database transaction is open here: the source reads each batch in its own (see ReportSource).
        await foreach (var row in _rows(new ReportSource(db, _request, catalogs), header, cancellationToken).WithCancellation(cancellationToken))
        {
            writer.Write(row);
            writer.Flush();
            if (buffer.Pending >= ReportBuffer.DrainThreshold) await buffer.DrainAsync(body, cancellationToken);
        }
        writer.End();
        writer.Flush();
        await buffer.DrainAsync(body, cancellationToken);
    }

    public string ContentType => ReportResponses.ContentType(_request.Format);

    private void SetHeaders(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.Vary = HeaderNames.Accept;
        ReportResponses.SetHeaders(response, _request.Format, ContentType, FileName);
    }

    /// <summary>E.g. <c>supervisory-2026-11-21-ru.xlsx</c>; with a department filter, its code too.</summary>
    public string FileName =>
        string.Join("-", new[] { _definition.Name, _request.Department, ReportText.Date(_request.Date), _request.Lang }.Where(p => p is not null))
        + "." + ReportFormats.Extension(_request.Format);
}

/// <summary>A report: what it is called and says, its columns, and how its rows come from the register.</summary>
internal sealed record Report<TRow>(string Route, string Summary, string Description, ReportDefinition<TRow> Definition, ReportRows<TRow> Rows);

/// <summary>The reports operation: who may ask, what the query may say, and the report ready to write.</summary>
public sealed class Reports(Db db, TimeProvider clock)
{
    private static readonly ReportQueryValidator Validator = new();
    private static readonly JournalReportQueryValidator JournalValidator = new();

    /// <summary>
    /// Any key may ask for a report; a department head's report holds only its departments' entries. The result writes
    /// nothing until it is executed, so every refusal (400, 406) comes before a byte of the report.
    /// </summary>
    internal async Task<ReportResult<TRow>> PrepareAsync<TRow>(
        Caller caller, Report<TRow> report, ReportQuery query, IList<string>? accept, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await Validator.EnsureValidAsync(query, cancellationToken);
        var request = await ReportRequest.ResolveAsync(query, Dates.ParseOrNull(query.AsOf), period: null, caller, accept, db, clock, cancellationToken);
        return new ReportResult<TRow>(db, request, report.Definition, report.Rows);
    }

    /// <summary>A journal's report for a period: the same checks, the period instead of a day.</summary>
    internal async Task<ReportResult<TRow>> PrepareAsync<TRow>(
        Caller caller, Report<TRow> report, JournalReportQuery query, IList<string>? accept, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await JournalValidator.EnsureValidAsync(query, cancellationToken);
        var period = new ReportPeriod(Dates.ParseOrNull(query.From), Dates.ParseOrNull(query.To));
        var request = await ReportRequest.ResolveAsync(query, asOf: null, period, caller, accept, db, clock, cancellationToken);
        return new ReportResult<TRow>(db, request, report.Definition, report.Rows);
    }

    /// <summary>
    /// The report written whole into memory, byte for byte what <see cref="ReportEndpoint{TRow}"/> would send for the same
    /// query (the same preparation and writers), with its media type and file name: what a snapshot keeps.
    /// </summary>
    internal async Task<RenderedReport> RenderAsync<TRow>(Caller caller, Report<TRow> report, ReportQuery query, CancellationToken cancellationToken)
    {
        var result = await PrepareAsync(caller, report, query, accept: null, cancellationToken);
        using var content = new MemoryStream();
        await result.WriteAsync(content, starting: () => { }, cancellationToken);
        return new RenderedReport(result.Format, content.ToArray(), result.ContentType, result.FileName);
    }
}

/// <summary>A report written out: its format, its bytes, and how to send them.</summary>
internal sealed record RenderedReport(ReportFormat Format, byte[] Content, string ContentType, string FileName);

/// <summary>
/// The headers of a report's bytes, the same whether they are written now or were kept as a snapshot: its media type,
/// never cached (reports hold personal data), never sniffed; HTML shown in place with nothing active allowed, the
/// other documents as attachments with the report's file name.
/// </summary>
internal static class ReportResponses
{
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ReportFormat.Xlsx => ReportFormats.Xlsx,
        ReportFormat.Html => "text/html; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    public static void SetHeaders(HttpResponse response, ReportFormat format, string contentType, string fileName)
    {
        response.ContentType = contentType;
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        if (format == ReportFormat.Html) headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        if (format is ReportFormat.Csv or ReportFormat.Xlsx or ReportFormat.Html)
        {
            var disposition = new ContentDispositionHeaderValue(format == ReportFormat.Html ? "inline" : "attachment");
            disposition.SetHttpFileName(fileName);
            headers.ContentDisposition = disposition.ToString();
        }
    }
}

/// <summary>What every report endpoint is: GET with its query, answered in the format asked for.</summary>
public abstract class ReportEndpoint<TRow, TQuery>(Reports reports) : Endpoint<TQuery> where TQuery : class, IReportOptions
{
    private protected abstract Report<TRow> Report { get; }

    /// <summary>What the query adds to format, lang and department, for the endpoint's description.</summary>
    private protected abstract string Parameters { get; }

    private protected Reports Reports => reports;

    public override void Configure()
    {
        Get(Report.Route);
        Description(b => b.Documented(ReportRoutes.Tag, Report.Summary, Report.Description +
                " Format from format= or the Accept header (JSON by default); lang=ru|en; department= within the caller's scope; " + Parameters)
            .Produces<ReportDocument<TRow>>(StatusCodes.Status200OK, ReportFormats.Json, ReportFormats.Csv, ReportFormats.Xlsx, ReportFormats.Html)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status406NotAcceptable));
    }
}

/// <summary>A report of the register: for today, or for the end of a past day (asOf).</summary>
public abstract class ReportEndpoint<TRow>(Reports reports) : ReportEndpoint<TRow, ReportQuery>(reports)
{
    private protected override string Parameters => "asOf=YYYY-MM-DD for the register as it stood at the end of that day (Minsk time).";

    public override async Task HandleAsync(ReportQuery query, CancellationToken cancellationToken) =>
        await Send.ResultAsync(await Reports.PrepareAsync(HttpContext.Caller(), Report, query, HttpContext.Request.Headers.Accept, cancellationToken));
}

/// <summary>A report of a journal, for a period.</summary>
public abstract class JournalReportEndpoint<TRow>(Reports reports) : ReportEndpoint<TRow, JournalReportQuery>(reports)
{
    private protected override string Parameters => "from=YYYY-MM-DD and to=YYYY-MM-DD for the period (either may be left open).";

    public override async Task HandleAsync(JournalReportQuery query, CancellationToken cancellationToken) =>
        await Send.ResultAsync(await Reports.PrepareAsync(HttpContext.Caller(), Report, query, HttpContext.Request.Headers.Accept, cancellationToken));
}
