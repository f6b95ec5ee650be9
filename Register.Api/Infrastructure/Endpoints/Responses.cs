using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Infrastructure.Endpoints;

/// <summary>The contract's answers, for every endpoint the same way: the body, its version as the ETag, Location on 201.</summary>
public static class Responses
{
    public static Task SendAsync<T>(this IResponseSender sender, T body, int version, int status = StatusCodes.Status200OK)
    {
        ETags.Set(sender.HttpContext.Response, version);
        return sender.HttpContext.Response.SendAsync(body, status);
    }

    public static Task SendCreatedAsync<T>(this IResponseSender sender, string location, T body, int? version = null)
    {
        sender.HttpContext.Response.Headers.Location = location;
        if (version is { } v) ETags.Set(sender.HttpContext.Response, v);
        return sender.HttpContext.Response.SendAsync(body, StatusCodes.Status201Created);
    }
}

/// <summary>What an endpoint hands to an operation from the request: who calls, in which language, on which version.</summary>
public static class RequestContext
{
    public static Caller Caller(this HttpContext context) => Auth.Caller.From(context.User);

    /// <summary>Names resolved from <c>Accept-Language</c> (ru, be, en; ru by default).</summary>
    public static string Language(this HttpContext context) => Languages.From(context.Request);

    public static IfMatch IfMatch(this HttpContext context) => ETags.IfMatchOf(context.Request);
}

/// <summary>A catalog entry's address: <c>{code}</c> in the route.</summary>
public sealed class CodeRoute
{
    public string Code { get; set; } = "";
}

/// <summary>A catalog entry's address and the JSON body of the write.</summary>
public sealed class CodeRoute<TBody> where TBody : class
{
    public string Code { get; set; } = "";

    [FromBody]
    public TBody? Body { get; set; }

    /// <summary>The body; a request without one (or with JSON <c>null</c>) is a 400.</summary>
    public TBody RequiredBody() => Body ?? throw new Errors.InvalidRequestException("body", ForReader.Text("В запросе нет тела JSON.", "The request needs a JSON body."));
}

/// <summary>An entry's address: <c>{id}</c> in the route.</summary>
public sealed class IdRoute
{
    public int Id { get; set; }
}

/// <summary>An entry's address and the JSON body of the write.</summary>
public sealed class IdRoute<TBody> where TBody : class
{
    public int Id { get; set; }

    [FromBody]
    public TBody? Body { get; set; }

    /// <summary>The body; a request without one (or with JSON <c>null</c>) is a 400.</summary>
    public TBody RequiredBody() => Body ?? throw new Errors.InvalidRequestException("body", ForReader.Text("В запросе нет тела JSON.", "The request needs a JSON body."));
}
