using FastEndpoints;
using Microsoft.AspNetCore.Antiforgery;

namespace Register.Api.Infrastructure.Web;

/// <summary>
/// The interface's few plain HTTP endpoints, FastEndpoints like the API's: posts (sign-out, the language switch) that must
/// carry the page's antiforgery token, and downloads that run the very operation the API's endpoint runs, with the
/// session's caller. They belong to the interface, not the API: absent from its document, reached with the session cookie,
/// and open to anonymous requests because the operation they run decides (<see cref="RegisterSession.CallerAsync"/>).
/// </summary>
public abstract class InterfaceEndpoint : EndpointWithoutRequest
{
    public const string LanguagePath = "/language";
    public const string ReportsPath = "/downloads/report";
    public const string TemplatePath = "/downloads/import-template";

    public static string ReportPath(string report) => $"{ReportsPath}?report={report}";

    public static string TemplateFor(string format, string lang) => $"{TemplatePath}?format={format}&lang={lang}";

    public static string SnapshotFor(int id) => $"/downloads/snapshot/{id}";

    public static string BreachNotificationPath(int id) => $"/downloads/breach-notification/{id}";

    /// <summary>The reports the interface offers, by the name in their API route.</summary>
    public static readonly IReadOnlyList<string> ReportNames =
        ["supervisory", "information-resources", "information-systems", "operator-registry", "subject-requests", "breaches"];

    /// <summary>Only paths of this site: a return address never sends the user elsewhere.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    protected void Interface(Action<string[]> verb, string route)
    {
        verb([route]);
        AllowAnonymous();
        Description(b => b.ExcludeFromDescription());
    }

    /// <summary>The stored bytes as they are, under the headers the caller set (the API's download writes the same).</summary>
    protected static async Task WriteAsync(HttpResponse response, byte[] content, CancellationToken cancellationToken)
    {
        response.ContentLength = content.LongLength;
        await response.Body.WriteAsync(content, cancellationToken);
    }

    /// <summary>A form field or query value the user left empty means "not given".</summary>
    protected string? Given(string name) => Query<string>(name, isRequired: false) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}

/// <summary>
/// A post that changes something must carry the page's antiforgery token. ASP.NET Core's middleware only records the
/// check's outcome for an endpoint that does not bind a form itself; this refuses the request when it failed.
/// </summary>
public abstract class InterfacePost : InterfaceEndpoint
{
    protected abstract string Route { get; }

    public sealed override void Configure()
    {
        Interface(Post, Route);
        Options(b => b.WithMetadata(new RequireAntiforgeryTokenAttribute()));
    }

    public sealed override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var check = HttpContext.Features.Get<IAntiforgeryValidationFeature>();
        await Send.ResultAsync(check is { IsValid: true }
            ? await HandleFormAsync(cancellationToken)
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "The form's antiforgery token is missing or not valid."));
    }

    protected abstract Task<IResult> HandleFormAsync(CancellationToken cancellationToken);
}
