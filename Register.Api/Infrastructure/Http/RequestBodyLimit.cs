using Microsoft.AspNetCore.Http.Features;

namespace Register.Api.Infrastructure.Http;

/// <summary>
/// Refuses bodies over <see cref="MaxBytes"/> (or the endpoint's own <see cref="LargerBodyLimit"/>) with 413 before
/// anything reads them. A declared Content-Length is checked here; a chunked body is cut off by the server's own limit,
/// set to the same figure for the request.
/// </summary>
public static class RequestBodyLimit
{
    /// <summary>The largest real register entry is a few tens of KB; 1 MB leaves room and stops floods.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Routing has run: the endpoint is known, and an upload endpoint may take more than a JSON body.
        var max = context.GetEndpoint()?.Metadata.GetMetadata<LargerBodyLimit>()?.MaxBytes ?? MaxBytes;
        if (context.Request.ContentLength > max)
        {
            throw new BadHttpRequestException($"The request body is larger than {max / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;
        await next(context);
    });
}

/// <summary>An endpoint's metadata: its bodies may be up to <see cref="MaxBytes"/> (a file upload), not the usual 1 MB.</summary>
public sealed record LargerBodyLimit(long MaxBytes);
