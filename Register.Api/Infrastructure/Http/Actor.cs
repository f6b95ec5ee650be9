namespace Register.Api.Infrastructure.Http;

/// <summary>Who is making the change, as recorded in versions (the authenticated caller's name, when there is one).</summary>
public static class Actor
{
    public static string? Of(HttpContext context) => context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
}
