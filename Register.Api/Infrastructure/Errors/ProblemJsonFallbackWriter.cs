using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Register.Api.Infrastructure.Errors;

/// <summary>
/// The contract makes every error an <c>application/problem+json</c> body. ASP.NET Core's own writer declines
/// when the request's Accept admits no JSON (<c>text/html</c>, <c>image/png</c>, a malformed value), and the
/// error then went out with an empty body (from the exception handler) or as <c>text/plain</c> (from the status
/// code pages). Registered after the default writer, this one takes whatever that writer declines: RFC 9110 lets a
/// server disregard Accept, and an error the client can parse beats a 406 about the error.
/// </summary>
public sealed class ProblemJsonFallbackWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        // What the default writer fills in, so both writers give one shape.
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", http.RequestAborted));
    }
}
