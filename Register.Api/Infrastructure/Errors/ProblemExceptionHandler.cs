using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Register.Api.Infrastructure.Errors;

/// <summary>
/// The one place exceptions become problem responses: the operations' refusals map to their status; malformed
/// or mistyped input is a 400 (never a 500); an unreachable database is a 503. Anything else is a logged 500.
/// Logs name the exception type and request path, never request bodies (they hold personal data).
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidRequestException invalid => new HttpValidationProblemDetails(invalid.Errors)
            {
                Status = invalid.Status, Title = invalid.Title, Detail = invalid.Message,
            },
            ApiException api => Problem(api.Status, api.Title, api.Message, api.Extensions),
            BadHttpRequestException bad => BadRequest(bad),
            DbException db when DatabaseAvailability.IsUnavailable(db) => Unavailable(context),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (context.RequestAborted.IsCancellationRequested) return true;
            LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Internal server error",
                "The server failed to process the request. The error has been logged.", null);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        // Kestrel reports oversized bodies and broken framing this way; the status it carries (400, 413...) is the right one.
        if (exception.InnerException is JsonException json)
        {
            var failure = BodyProblems.FromJsonException(json);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [failure.PropertyName] = [failure.ErrorMessage] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
                Detail = failure.ErrorMessage,
            };
        }
        return Problem(exception.StatusCode, ReasonPhrase(exception.StatusCode), exception.Message, null);
    }

    private static ProblemDetails Unavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
            "The register's database is not available right now. Try again shortly.", null);
    }

    private static ProblemDetails Problem(int status, string title, string detail, IDictionary<string, object?>? extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        }
        return problem;
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Bad request";

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
