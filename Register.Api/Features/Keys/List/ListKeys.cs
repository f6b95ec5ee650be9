using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Keys.List;

public sealed class ListKeys : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(KeyRoutes.Collection, ListKeysHandler)
            .WithName(nameof(ListKeys)).WithTags(KeyRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<PageQuery>();

    public static async Task<Ok<PageResponse<KeyResponse>>> ListKeysHandler([AsParameters] PageQuery query, ApiKeyStore keys, CancellationToken cancellationToken)
    {
        var (total, items) = await keys.ListAsync(query.Skip, query.Size, cancellationToken);
        return TypedResults.Ok(new PageResponse<KeyResponse>(items.Select(KeyResponse.From).ToList(), total, query.PageNumber, query.Size));
    }
}
