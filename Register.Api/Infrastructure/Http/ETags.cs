using Microsoft.Net.Http.Headers;
using Register.Api.Infrastructure.Errors;

namespace Register.Api.Infrastructure.Http;

/// <summary>A resource's ETag is its version number, quoted (a strong validator).</summary>
public static class ETags
{
    public static string Format(int version) => $"\"{version}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Format(version);

    /// <summary>
    /// The version a change is conditional on. No <c>If-Match</c>: 428. <c>*</c> matches any current version
    /// (RFC 9110), returned as null. A value that is not one of our ETags can match nothing: it yields -1,
    /// so the change fails with 412 like any stale version.
    /// </summary>
    public static int? RequiredIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString())) throw new PreconditionRequiredException();

        if (!EntityTagHeaderValue.TryParseList(header, out var tags) || tags.Count == 0) return -1;
        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any))) return null;

        foreach (var tag in tags)
        {
            if (tag.IsWeak) continue;
            var value = tag.Tag.AsSpan().Trim('"');
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                return version;
            }
        }
        return -1;
    }
}

public static class ConditionalWriteMetadata
{
    /// <summary>The problems a conditional write (PUT, DELETE, transition) can answer, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesConditionalWriteProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
