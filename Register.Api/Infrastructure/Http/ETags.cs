using Microsoft.Net.Http.Headers;
using Register.Api.Infrastructure.Errors;

namespace Register.Api.Infrastructure.Http;

/// <summary>A resource's ETag is its version number, quoted (a strong validator).</summary>
public static class ETags
{
    public static string Format(int version) => $"\"{version}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Format(version);

    /// <summary>
    /// The <c>If-Match</c> of a request. <c>*</c> matches any current version (RFC 9110). A value that is not one of our
    /// ETags can match nothing: it becomes version -1, so the change fails with 412 like any stale version.
    /// </summary>
    public static IfMatch IfMatchOf(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString())) return IfMatch.Missing;

        if (!EntityTagHeaderValue.TryParseList(header, out var tags) || tags.Count == 0) return IfMatch.Version(-1);
        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any))) return IfMatch.Any;

        foreach (var tag in tags)
        {
            if (tag.IsWeak) continue;
            var value = tag.Tag.AsSpan().Trim('"');
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                return IfMatch.Version(version);
            }
        }
        return IfMatch.Version(-1);
    }
}

/// <summary>
/// The version a change is conditional on: the API takes it from <c>If-Match</c>, the web interface from the version
/// it showed. An operation asks for it with <see cref="Required"/> at the point the contract decides 428.
/// </summary>
public readonly record struct IfMatch(bool Present, int? ExpectedVersion)
{
    public static IfMatch Missing => new(false, null);

    /// <summary><c>If-Match: *</c>: whatever the current version is.</summary>
    public static IfMatch Any => new(true, null);

    public static IfMatch Version(int version) => new(true, version);

    /// <summary>The expected version (null for any); 428 when the request named none.</summary>
    public int? Required() => Present ? ExpectedVersion : throw new PreconditionRequiredException();
}

public static class ConditionalWriteMetadata
{
    /// <summary>The problems a conditional write (PUT, DELETE, transition) can answer, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesConditionalWriteProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
