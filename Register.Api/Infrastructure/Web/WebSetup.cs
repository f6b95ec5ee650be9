using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Register.Api.Components;

namespace Register.Api.Infrastructure.Web;

/// <summary>
/// The web interface, served by the API's own process at <c>/</c>: Blazor rendered on the server (static, and interactive
/// where editing needs it), signed in with a session cookie, protected by antiforgery and the security headers.
/// </summary>
public static class WebSetup
{
    public const string ApplicationName = "register";

    public const string ReloadStaticAssetsKey = "ReloadStaticAssetsAtRuntime";

    public static IServiceCollection AddRegisterWeb(this IServiceCollection services, ConfigurationManager configuration)
    {
        // Run from a build (not a published app), MapStaticAssets also serves files added after the build, through a
        // catch-all GET route ({**path:file}); under /api that route turned a POST to an unknown path into 405 instead of 404.
        // The interface's files are all known when it is built: off unless configured.
        if (configuration[ReloadStaticAssetsKey] is null) configuration[ReloadStaticAssetsKey] = "false";
        // Pages are Russian: written as UTF-8 characters, not as HTML entities (which made a page of the register several times
        // larger). Markup-significant characters are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        services.AddScoped<RegisterSession>();
        services.AddScoped<Components.Shared.CatalogDirectory>();
        services.AddScoped<CircuitHandler, SessionCircuitHandler>();
        services.AddSessionAuthentication(configuration);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "register.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // One key ring for every instance: in the register's own database (both engines).
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = provider.GetRequiredService<DatabaseKeyRepository>()));

        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new("ru"), new("en")];
            options.DefaultRequestCulture = new RequestCulture("ru");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Russian unless the user switched: the browser's language does not decide.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// Before authentication: headers and localization. The API's paths run in the invariant culture, whatever the
    /// server's locale: its messages, numbers and dates read the same to every client.
    /// </summary>
    public static WebApplication UseRegisterWebFrontDoor(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseWhen(context => SessionAuthentication.IsApi(context.Request.Path), branch => branch.Use(InInvariantCulture));
        app.UseWhen(context => !SessionAuthentication.IsApi(context.Request.Path), branch => branch.UseRequestLocalization());
        return app;
    }

    private static Task InInvariantCulture(HttpContext context, RequestDelegate next)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return next(context);
    }

    /// <summary>After authentication: antiforgery, the session's user and the pages (the interface's few endpoints are FastEndpoints, mapped with the API's).</summary>
    public static WebApplication UseRegisterWeb(this WebApplication app)
    {
        app.UseMiddleware<SessionUserMiddleware>();
        app.UseAntiforgery();
        // A host without the build's static assets manifest (a command run in-process, under a test runner) serves no files.
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, app.Environment.ApplicationName + ".staticwebassets.endpoints.json")))
        {
            app.MapStaticAssets().AllowAnonymous();
        }
        // The interactive pages' frame-ancestors header is replaced by SecurityHeaders' whole policy ('none').
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
