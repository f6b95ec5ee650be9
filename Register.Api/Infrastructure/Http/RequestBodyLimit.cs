using Microsoft.AspNetCore.Http.Features;

namespace Register.Api.Infrastructure.Http;

/// <summary>
/// Refuses bodies over <see cref="MaxBytes"/> with 413 before anything reads them. A declared Content-Length
/// is checked here; a chunked body is cut off by the server's own limit, set to the same figure.
/// </summary>
public static class RequestBodyLimit
{
    /// <summary>The largest real register entry is a few tens of KB; 1 MB leaves room and stops floods.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            throw new BadHttpRequestException($"The request body is larger than {MaxBytes / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBytes;
        await next(context);
    });
}
