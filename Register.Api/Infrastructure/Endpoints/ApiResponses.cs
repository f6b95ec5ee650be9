using FastEndpoints;

namespace Register.Api.Infrastructure.Endpoints;

/// <summary>What the OpenAPI document says an endpoint answers: every status it can give, problems included.</summary>
public static class ApiResponses
{
    /// <summary>
    /// What every /api endpoint can answer besides its own outcomes: 401 without a valid key, 429 after too many failed
    /// authentications from one address, 503 while the database is away. FastEndpoints' guessed request bodies go:
    /// each endpoint that has a body declares it.
    /// </summary>
    internal static void Common(RouteHandlerBuilder builder) =>
        builder.ClearDefaultAccepts()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>The problems an endpoint answers with: 400 as a validation problem (field → messages), the rest plain.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }

    /// <summary>A JSON request body of <typeparamref name="TBody"/>; other media types are refused with 415.</summary>
    public static RouteHandlerBuilder AcceptsJson<TBody>(this RouteHandlerBuilder builder) where TBody : notnull =>
        builder.Accepts<TBody>("application/json").ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>A success answer of <typeparamref name="T"/> that carries the resource's version as its ETag.</summary>
    public static RouteHandlerBuilder ProducesWithETag<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status).WithMetadata(ETaggedResponse.Instance);

    /// <summary>An operation's summary (one line) and description (what it does and for whom) in the document.</summary>
    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder builder, string tag, string summary, string description) =>
        builder.WithTags(tag).WithSummary(summary).WithDescription(description);
}

/// <summary>Marks an endpoint whose success answers carry an <c>ETag</c> (the OpenAPI document lists the header).</summary>
public sealed class ETaggedResponse
{
    public static readonly ETaggedResponse Instance = new();

    private ETaggedResponse()
    {
    }
}

/// <summary>Marks an endpoint whose success answer carries <c>Digest</c> and <c>Repr-Digest</c> (the OpenAPI document lists them).</summary>
public sealed class DigestResponse
{
    public static readonly DigestResponse Instance = new();

    private DigestResponse()
    {
    }
}
