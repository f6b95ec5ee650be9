using Register.Api.Features.Breaches;
using Register.Api.Features.Imports;
using Register.Api.Features.Reports;
using Register.Api.Features.Reports.InformationResources;
using Register.Api.Features.Reports.Journals;
using Register.Api.Features.Reports.OperatorRegistry;
using Register.Api.Features.Reports.Snapshots;
using Register.Api.Features.Reports.Supervisory;
using Register.Api.Features.Reports.SystemClasses;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Web;

/// <summary>A report as the reports page's form asks for it: the Reports operation the API's report endpoints run.</summary>
public sealed class DownloadReport(RegisterSession session, Reports reports) : InterfaceEndpoint
{
    public override void Configure() => Interface(Get, ReportsPath);

    public override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var caller = await session.CallerAsync(cancellationToken);
        var query = new ReportQuery { Format = Given("format"), Lang = Given("lang"), Department = Given("department"), AsOf = Given("asOf") };
        var period = new JournalReportQuery { Format = query.Format, Lang = query.Lang, Department = query.Department, From = Given("from"), To = Given("to") };
        await Send.ResultAsync(Given("report") switch
        {
            "supervisory" => await reports.PrepareAsync(caller, SupervisoryReport.ReportOf, query, null, cancellationToken),
            "information-resources" => await reports.PrepareAsync(caller, InformationResourcesReport.ReportOf, query, null, cancellationToken),
            "information-systems" => await reports.PrepareAsync(caller, InformationSystemsReport.ReportOf, query, null, cancellationToken),
            "operator-registry" => await reports.PrepareAsync(caller, OperatorRegistryReport.ReportOf, query, null, cancellationToken),
            "subject-requests" => await reports.PrepareAsync(caller, SubjectRequestLogReport.ReportOf, period, null, cancellationToken),
            "breaches" => await reports.PrepareAsync(caller, BreachLogReport.ReportOf, period, null, cancellationToken),
            _ => Results.NotFound(),
        });
    }
}

/// <summary>The breach's notification to the NPDPC, ready to print.</summary>
public sealed class DownloadBreachNotification(RegisterSession session, BreachNotifications notifications) : InterfaceEndpoint
{
    public override void Configure() => Interface(Get, "/downloads/breach-notification/{id:int}");

    public override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var document = await notifications.PrepareAsync(await session.CallerAsync(cancellationToken), Route<int>("id"), cancellationToken);
        // The printable page carries its own styles inline, so its own policy (as the API's notification has).
        HttpContext.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResultAsync(Results.Content(BreachNotifications.Html(document), "text/html; charset=utf-8"));
    }
}

/// <summary>The import's template, by the operation the API's template endpoint runs (the same roles apply).</summary>
public sealed class DownloadImportTemplate(RegisterSession session, ImportTemplates templates) : InterfaceEndpoint
{
    public override void Configure() => Interface(Get, TemplatePath);

    public override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var template = await templates.RenderAsync(await session.CallerAsync(cancellationToken),
            new TemplateQuery { Format = Query<string>("format", isRequired: false), Lang = Query<string>("lang", isRequired: false) }, cancellationToken);
        ReportResponses.SetHeaders(HttpContext.Response, template.Format, template.ContentType, template.FileName);
        await WriteAsync(HttpContext.Response, template.Content, cancellationToken);
    }
}

/// <summary>A kept report's stored bytes, with the headers of the API's download so the bytes are the same either way.</summary>
public sealed class DownloadSnapshot(RegisterSession session, ReportSnapshots snapshots) : InterfaceEndpoint
{
    public override void Configure() => Interface(Get, "/downloads/snapshot/{id:int}");

    public override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var (snapshot, content) = await snapshots.GetAsync(await session.CallerAsync(cancellationToken), Route<int>("id"), cancellationToken);
        ReportResponses.SetHeaders(HttpContext.Response, ReportFormats.FromName(snapshot.Format) ?? ReportFormat.Json, snapshot.ContentType, snapshot.FileName);
        ContentDigest.Set(HttpContext.Response, content);
        await WriteAsync(HttpContext.Response, content, cancellationToken);
    }
}
