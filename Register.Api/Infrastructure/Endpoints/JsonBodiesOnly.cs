using Microsoft.AspNetCore.Http.Metadata;

namespace Register.Api.Infrastructure.Endpoints;

public static class JsonBodiesOnly
{
    private const string Multipart = "multipart/form-data";

    // JSON endpoints take JSON (any +json type); an upload endpoint declares multipart/form-data and takes only that.
    private static bool Accepted(HttpRequest request, IReadOnlyList<string> contentTypes) =>
        contentTypes.Contains(Multipart)
            ? Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
              && type.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase)
            : request.HasJsonContentType();

    /// <summary>
    /// 415 as a problem for a request that is not JSON where the endpoint takes a JSON body (it declares that with
    /// <see cref="ApiResponses.AcceptsJson{TBody}"/>), or not multipart/form-data where it takes an upload. Routing and
    /// FastEndpoints would otherwise answer some of these with a bare 415, and FastEndpoints would skip binding a form or
    /// text body and hand the operation an empty request. After authorization, so a caller who may not write learns only that.
    /// </summary>
    public static IApplicationBuilder UseJsonBodiesOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var accepts = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>();
        if (accepts is { ContentTypes.Count: > 0 } && !Accepted(request, accepts.ContentTypes))
        {
            throw new BadHttpRequestException(
                accepts.ContentTypes.Contains(Multipart)
                    ? $"The request must upload a file as multipart/form-data, not '{request.ContentType}'."
                    : $"The request body must be JSON (Content-Type: application/json), not '{request.ContentType}'.",
                StatusCodes.Status415UnsupportedMediaType);
        }
        await next(context);
    });
}
