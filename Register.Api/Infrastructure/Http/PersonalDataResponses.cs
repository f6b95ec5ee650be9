namespace Register.Api.Infrastructure.Http;

/// <summary>
/// Responses that carry subjects' data (the journals, their reports, the breach notification) are never stored by a browser
/// or a proxy: a shared workstation's cache would otherwise keep a requester's name and address after the officer left. The
/// register's export holds all of it.
/// </summary>
public static class PersonalDataResponses
{
    public static readonly IReadOnlyList<PathString> Paths =
    [
        "/api/subject-requests", "/api/breaches", "/api/reports/subject-requests", "/api/reports/breaches", "/api/export",
    ];

    public static IApplicationBuilder UseNoStoreForPersonalData(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Paths.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }
        await next(context);
    });
}
