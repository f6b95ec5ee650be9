using Microsoft.OpenApi;
using Register.Api.Infrastructure.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Register.Api.Infrastructure.OpenApi;

/// <summary>
/// The headers of the contract in the document: <c>If-Match</c> on every conditional write (those that can answer 428),
/// <c>ETag</c> on the answers that carry a version, <c>Location</c> on 201, <c>Retry-After</c> on 429 and 503, the digests
/// of the bytes on the answers that carry them.
/// </summary>
public sealed class HeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var responses = operation.Responses ?? [];
        if (responses.ContainsKey("428"))
        {
            operation.Parameters ??= [];
            // The operator's first save creates it and must not name a version: there If-Match is optional.
            var creates = responses.ContainsKey("201");
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = !creates,
                Description = creates
                    ? "The current ETag, once the resource exists (428 without it then, 412 when stale); none on the first save."
                    : "The ETag read with GET (or *): 428 without it, 412 when someone changed the resource since.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        var etagged = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ETaggedResponse>().Any();
        var digested = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DigestResponse>().Any();
        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse concrete) continue;
            if (etagged && status is "200" or "201") Add(concrete, "ETag", "The resource's version, for If-Match on a later change.");
            if (status == "201") Add(concrete, "Location", "Where the new resource is.");
            if (digested && status == "200")
            {
                Add(concrete, "Digest", "sha-256=<base64>: the SHA-256 of the bytes sent (RFC 3230).");
                Add(concrete, "Repr-Digest", "sha-256=:<base64>: the same digest as RFC 9530 writes it.");
            }
            if (status is "429" or "503") Add(concrete, "Retry-After", "Seconds to wait before trying again.");
        }
    }

    private static void Add(OpenApiResponse response, string name, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
