using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;

namespace Register.Api.Infrastructure.Web;

public sealed class SignOut : InterfacePost
{
    protected override string Route => SessionAuthentication.SignOutPath;

    protected override async Task<IResult> HandleFormAsync(CancellationToken cancellationToken)
    {
        await HttpContext.SignOutAsync(SessionAuthentication.CookieScheme);
        return Results.LocalRedirect(SessionAuthentication.SignInPath + "?signedOut=1");
    }
}

/// <summary>Russian or English, remembered in the culture cookie the request localization reads.</summary>
public sealed class SwitchLanguage : InterfacePost
{
    protected override string Route => LanguagePath;

    protected override async Task<IResult> HandleFormAsync(CancellationToken cancellationToken)
    {
        var form = await HttpContext.Request.ReadFormAsync(cancellationToken);
        var culture = form["lang"] == "en" ? "en" : "ru";
        string? returnUrl = form["returnUrl"];
        HttpContext.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = HttpContext.Request.IsHttps, MaxAge = TimeSpan.FromDays(365) });
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }
}
