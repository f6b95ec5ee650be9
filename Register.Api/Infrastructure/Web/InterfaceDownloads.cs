using Register.Api.Features.Imports;
using Register.Api.Features.Reports;
using Register.Api.Features.Reports.Snapshots;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Web;

/// <summary>
/// Files the interface links to besides reports: the import template and a kept report's stored bytes. Each runs the
/// operation the API's endpoint runs (<see cref="ImportTemplates"/>, <see cref="ReportSnapshots"/>) with the session's
/// caller, so the same roles apply; the browser saves the answer as an ordinary download.
/// </summary>
public static class InterfaceDownloads
{
    public const string TemplatePath = "/downloads/import-template";

    public static string TemplateFor(string format, string lang) => $"{TemplatePath}?format={format}&lang={lang}";

    public static string SnapshotFor(int id) => $"/downloads/snapshot/{id}";

    public static void MapInterfaceDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(TemplatePath, async (string? format, string? lang, HttpContext context, RegisterSession session, ImportTemplates templates,
                CancellationToken cancellationToken) =>
            {
                var template = await templates.RenderAsync(await session.CallerAsync(cancellationToken), new TemplateQuery { Format = format, Lang = lang }, cancellationToken);
                ReportResponses.SetHeaders(context.Response, template.Format, template.ContentType, template.FileName);
                await WriteAsync(context.Response, template.Content, cancellationToken);
            })
            .ExcludeFromDescription();

        app.MapGet("/downloads/snapshot/{id:int}", async (int id, HttpContext context, RegisterSession session, ReportSnapshots snapshots,
                CancellationToken cancellationToken) =>
            {
                var (snapshot, content) = await snapshots.GetAsync(await session.CallerAsync(cancellationToken), id, cancellationToken);
                // The headers of the API's download (an HTML report with its own policy), so the bytes are the same either way.
                ReportResponses.SetHeaders(context.Response, ReportFormats.FromName(snapshot.Format) ?? ReportFormat.Json, snapshot.ContentType, snapshot.FileName);
                ContentDigest.Set(context.Response, content);
                await WriteAsync(context.Response, content, cancellationToken);
            })
            .ExcludeFromDescription();
    }

    private static async Task WriteAsync(HttpResponse response, byte[] content, CancellationToken cancellationToken)
    {
        response.ContentLength = content.LongLength;
        await response.Body.WriteAsync(content, cancellationToken);
    }
}
