using FastEndpoints;
using Microsoft.Net.Http.Headers;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataInOut.Export;

public static class ExportRoutes
{
    public const string Export = "/api/export";
    public const string Tag = "Export";
}

public sealed class ExportRegister(RegisterExport export, TimeProvider clock) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get(ExportRoutes.Export);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(ExportRoutes.Tag, "Export the whole register",
                "Every table of the register (operator, catalogs with the reference data as edited, entries with their versions, " +
                "journals, the working-day calendar, the audit trail) as one file of JSON lines (docs/export-format.md), streamed as " +
                "it is read; no API keys. The import command loads it into an empty database of either engine. The file holds " +
                "subjects' personal data: it is never cached. Sent gzip-compressed (Content-Encoding) when the request accepts gzip. A download " +
                "cut short has no trailer, and the import refuses it. The officer's.")
            .Produces(StatusCodes.Status200OK, typeof(string), RegisterFile.MediaType)
            .ProducesProblems(StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var response = HttpContext.Response;
        response.ContentType = RegisterFile.MediaType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{RegisterFile.FileName(clock.UtcNow())}\"";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (!AcceptsGzip(HttpContext.Request))
        {
            await export.WriteAsync(HttpContext.Caller(), response.Body, cancellationToken);
            return;
        }
        // An eighth of the bytes on the wire; the client stores the file as sent before encoding (Content-Encoding, not a .gz).
        response.Headers.ContentEncoding = "gzip";
        await using var gzip = RegisterFile.Compressed(response.Body);
        await export.WriteAsync(HttpContext.Caller(), gzip, cancellationToken);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value is { } coding
            && (coding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || coding.Equals("*", StringComparison.Ordinal))
            && e.Quality is not 0);
}
