using Microsoft.AspNetCore.Authorization;

namespace Register.Api.Infrastructure.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddRegisterAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<FailedAuthentications>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        var authorization = services.AddAuthorizationBuilder()
            // Every endpoint needs a valid key unless it says otherwise (health and Swagger do).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var rule in Access.All) authorization.AddPolicy(rule.Policy, policy => policy.RequireRole(rule.Roles));
        services.AddSingleton<Hosting.IStartupTask, BootstrapOfficerKey>();
        return services;
    }

    public static WebApplication UseRegisterAuth(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var failures = context.RequestServices.GetRequiredService<FailedAuthentications>();
            if (context.Request.Path.StartsWithSegments("/api") && !failures.Allows(context))
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed authentications",
                    detail: "Too many requests with a missing or invalid API key from this address. Wait a minute.").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
