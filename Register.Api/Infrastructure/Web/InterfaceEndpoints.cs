using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Register.Api.Features.Reports;
using Register.Api.Features.Reports.InformationResources;
using Register.Api.Features.Reports.OperatorRegistry;
using Register.Api.Features.Reports.Supervisory;
using Register.Api.Features.Reports.SystemClasses;
using Register.Api.Infrastructure.Auth;

namespace Register.Api.Infrastructure.Web;

/// <summary>
/// The interface's few plain HTTP endpoints: sign-out and the language switch (posts, antiforgery-checked), and report
/// downloads, which run the very Reports operation the API's report endpoints run, with the session's caller.
/// </summary>
public static class InterfaceEndpoints
{
    public const string LanguagePath = "/language";
    public const string ReportsPath = "/downloads/report";

    public static string ReportPath(string report) => $"{ReportsPath}?report={report}";

    /// <summary>The reports the interface offers, by the name in their API route.</summary>
    public static readonly IReadOnlyList<string> ReportNames =
        ["supervisory", "information-resources", "information-systems", "operator-registry", "subject-requests", "breaches"];

    public static void MapInterfaceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(SessionAuthentication.SignOutPath, async (HttpContext context) =>
            {
                await context.SignOutAsync(SessionAuthentication.CookieScheme);
                return Results.LocalRedirect(SessionAuthentication.SignInPath + "?signedOut=1");
            })
            .RequireAntiforgery()
            .AllowAnonymous()
            .ExcludeFromDescription();

        // The form is read by hand: a [FromForm] parameter would make the endpoint declare form bodies, which the API's
        // JSON-only check refuses.
        app.MapPost(LanguagePath, async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var culture = form["lang"] == "en" ? "en" : "ru";
                string? returnUrl = form["returnUrl"];
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365) });
                return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .RequireAntiforgery()
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapGet(ReportsPath, async (string? report, string? format, string? lang, string? department, string? asOf, string? from, string? to,
                RegisterSession session, Reports reports, CancellationToken cancellationToken) =>
            {
                var caller = await session.CallerAsync(cancellationToken);
                // A form sends the fields it leaves empty as empty strings; the report queries mean "not given" by null.
                var query = new ReportQuery { Format = Blank(format), Lang = Blank(lang), Department = Blank(department), AsOf = Blank(asOf) };
                var period = new JournalReportQuery { Format = query.Format, Lang = query.Lang, Department = query.Department, From = Blank(from), To = Blank(to) };
                return report switch
                {
                    "supervisory" => await reports.PrepareAsync(caller, SupervisoryReport.ReportOf, query, null, cancellationToken),
                    "information-resources" => await reports.PrepareAsync(caller, InformationResourcesReport.ReportOf, query, null, cancellationToken),
                    "information-systems" => await reports.PrepareAsync(caller, InformationSystemsReport.ReportOf, query, null, cancellationToken),
                    "operator-registry" => await reports.PrepareAsync(caller, OperatorRegistryReport.ReportOf, query, null, cancellationToken),
                    "subject-requests" => await reports.PrepareAsync(caller, Features.Reports.Journals.SubjectRequestLogReport.ReportOf, period, null, cancellationToken),
                    "breaches" => (IResult)await reports.PrepareAsync(caller, Features.Reports.Journals.BreachLogReport.ReportOf, period, null, cancellationToken),
                    _ => Results.NotFound(),
                };
            })
            .ExcludeFromDescription();

        MapBreachNotification(app);
        app.MapInterfaceDownloads();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static string BreachNotificationPath(int id) => $"/downloads/breach-notification/{id}";

    private static void MapBreachNotification(IEndpointRouteBuilder app) =>
        app.MapGet("/downloads/breach-notification/{id:int}", async (int id, HttpContext context, RegisterSession session,
                Features.Breaches.BreachNotifications notifications, CancellationToken cancellationToken) =>
            {
                var document = await notifications.PrepareAsync(await session.CallerAsync(cancellationToken), id, cancellationToken);
                // The printable page carries its own styles inline, so its own policy (as the API's notification has).
                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
                context.Response.Headers.CacheControl = "no-store";
                return Results.Content(Features.Breaches.BreachNotifications.Html(document), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription();

    /// <summary>
    /// A post that changes something must carry the page's antiforgery token. The middleware only records the check's
    /// outcome for endpoints that take forms themselves; this refuses the request when it failed.
    /// </summary>
    private static RouteHandlerBuilder RequireAntiforgery(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new RequireAntiforgeryTokenAttribute())
        .AddEndpointFilter(async (invocation, next) =>
        {
            var check = invocation.HttpContext.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>();
            return check is { IsValid: true }
                ? await next(invocation)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "The form's antiforgery token is missing or not valid.");
        });

    /// <summary>Only paths of this site: a return address never sends the user elsewhere.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
