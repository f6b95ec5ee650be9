using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Register.Api.Infrastructure.Auth;

namespace Register.Api.Infrastructure.Web;

/// <summary>
/// The web interface's sign-in: an API key exchanged for a session cookie. The cookie carries what the key's row says
/// (its id, name, role and departments never change after it is issued), and every request that presents it asks the
/// database whether the key is still active, as the API does for a key: a revocation anywhere ends the session at once.
/// The API itself (<c>/api</c>) keeps accepting keys only.
/// </summary>
public static class SessionAuthentication
{
    public const string CookieScheme = "RegisterSession";
    /// <summary>The default scheme: picks the API key for <c>/api</c> and the session cookie everywhere else.</summary>
    public const string SelectorScheme = "Register";
    public const string CookieName = "register.session";
    public const string IdleMinutesKey = "Register:Session:IdleMinutes";
    public const int DefaultIdleMinutes = 30;

    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    public static AuthenticationBuilder AddSessionAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // Minutes, fractions allowed (a test of idle expiry waits seconds, not minutes).
        var idle = TimeSpan.FromMinutes(Math.Max(0.01, configuration.GetValue(IdleMinutesKey, (double)DefaultIdleMinutes)));
        return services
            .AddAuthentication(options => options.DefaultScheme = SelectorScheme)
            .AddPolicyScheme(SelectorScheme, null, options =>
                options.ForwardDefaultSelector = context => IsApi(context.Request.Path) ? ApiKeyAuthentication.SchemeName : CookieScheme)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request came over HTTPS (behind a proxy that ends TLS, with forwarded headers on).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = idle;
                options.SlidingExpiration = true;
                options.LoginPath = SignInPath;
                options.LogoutPath = SignOutPath;
                options.AccessDeniedPath = "/forbidden";
                options.Events.OnValidatePrincipal = ValidateAsync;
            });
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var keys = context.HttpContext.RequestServices.GetRequiredService<ApiKeyStore>();
        var id = Caller.From(context.Principal!).KeyId;
        if (id is { } keyId && await keys.IsActiveAsync(keyId, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieScheme);
    }

    /// <summary>The session's user: the same claims the API's key handler gives a request.</summary>
    public static ClaimsPrincipal PrincipalFor(ApiKeyInfo key)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role),
        };
        claims.AddRange(key.DepartmentCodes.Select(code => new Claim(Roles.DepartmentClaim, code)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme));
    }

    /// <summary>Why a sign-in was refused, or null when the session has started.</summary>
    public enum SignInOutcome { SignedIn, Invalid, TooManyFailures }

    /// <summary>
    /// Exchanges a key for the session cookie. Failures count toward the same per-address limit as the API's, so the form
    /// is no faster a way to guess keys than the API.
    /// </summary>
    public static async Task<SignInOutcome> SignInAsync(HttpContext context, string? presented)
    {
        var failures = context.RequestServices.GetRequiredService<FailedAuthentications>();
        if (!failures.Allows(context)) return SignInOutcome.TooManyFailures;
        var key = string.IsNullOrWhiteSpace(presented)
            ? null
            : await context.RequestServices.GetRequiredService<ApiKeyStore>().AuthenticateAsync(presented.Trim(), context.RequestAborted);
        if (key is null)
        {
            failures.Record(context);
            return SignInOutcome.Invalid;
        }
        await context.SignInAsync(CookieScheme, PrincipalFor(key), new AuthenticationProperties { IsPersistent = false });
        return SignInOutcome.SignedIn;
    }
}
