using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Register.Api.Features.Operator;
using Register.Api.Features.Reports.Writers;
using Register.Api.Infrastructure.Database;
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
    private readonly ReportRequest _request;
    private readonly ReportDefinition<TRow> _definition;
    private readonly ReportRows<TRow> _rows;

    internal ReportResult(ReportRequest request, ReportDefinition<TRow> definition, ReportRows<TRow> rows)
    {
        _request = request;
        _definition = definition;
        _rows = rows;
    }

    public async Task ExecuteAsync(HttpContext context)
    {
        var db = context.RequestServices.GetRequiredService<Db>();
        var cancellationToken = context.RequestAborted;
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
            _request.Scope?.Order(StringComparer.Ordinal).Select(code => catalogs.Ref(catalogs.Departments, code)).ToList());

        SetHeaders(context.Response);
        var body = context.Response.Body;
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

    private void SetHeaders(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = _request.Format switch
        {
            ReportFormat.Csv => "text/csv; charset=utf-8; header=present",
            ReportFormat.Xlsx => ReportFormats.Xlsx,
            ReportFormat.Html => "text/html; charset=utf-8",
            _ => "application/json; charset=utf-8",
        };
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.Vary = HeaderNames.Accept;
        headers.XContentTypeOptions = "nosniff";
        if (_request.Format == ReportFormat.Html) headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        if (_request.Format is ReportFormat.Csv or ReportFormat.Xlsx or ReportFormat.Html)
        {
            var disposition = new ContentDispositionHeaderValue(_request.Format == ReportFormat.Html ? "inline" : "attachment");
            disposition.SetHttpFileName(FileName);
            headers.ContentDisposition = disposition.ToString();
        }
    }

    /// <summary>E.g. <c>supervisory-2026-11-21-ru.xlsx</c>; with a department filter, its code too.</summary>
    public string FileName =>
        string.Join("-", new[] { _definition.Name, _request.Department, ReportText.Date(_request.Date), _request.Lang }.Where(p => p is not null))
        + "." + ReportFormats.Extension(_request.Format);
}

/// <summary>What every report endpoint shares: its route metadata and its handler's steps.</summary>
internal static class ReportEndpoints
{
    public static RouteHandlerBuilder MapReport<TRow>(this IEndpointRouteBuilder app, string route, Delegate handler, string name) =>
        app.MapGet(route, handler)
            .WithName(name)
            .WithTags(ReportRoutes.Tag)
            .Validates<ReportQuery>()
            .Produces<ReportDocument<TRow>>(StatusCodes.Status200OK, ReportFormats.Json, ReportFormats.Csv, ReportFormats.Xlsx, ReportFormats.Html)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

    public static async Task<Results<ReportResult<TRow>, ValidationProblem, ProblemHttpResult>> RunAsync<TRow>(
        ReportQuery query, HttpContext context, Db db, TimeProvider clock, ReportDefinition<TRow> definition, ReportRows<TRow> rows,
        CancellationToken cancellationToken)
    {
        var resolved = await ReportRequest.ResolveAsync(query, context, db, clock, cancellationToken);
        if (resolved.NotAcceptable is { } notAcceptable) return notAcceptable;
        if (resolved.Invalid is { } invalid) return invalid;
        return new ReportResult<TRow>(resolved.Request!, definition, rows);
    }
}
