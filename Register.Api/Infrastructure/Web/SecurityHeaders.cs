namespace Register.Api.Infrastructure.Web;

/// <summary>
/// Headers on every response. The interface's pages get a Content-Security-Policy as strict as Blazor allows: scripts,
/// styles, fonts and images from the register itself only, no inline script or style (the interface uses none: no
/// style attributes, no import map, its own reconnect banner instead of the one blazor.web.js would inject), and
/// connections back to the register alone (the interactive pages' WebSocket). Swagger UI needs inline script and style,
/// so it keeps its own; a response that has set a policy (an HTML report) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public const string InterfacePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public const string SwaggerPolicy = "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                var path = context.Request.Path;
                headers.ContentSecurityPolicy = SessionAuthentication.IsApi(path) ? ApiPolicy
                    : path.StartsWithSegments("/swagger") ? SwaggerPolicy
                    : InterfacePolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
