using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Keys;

public sealed class CreateKey(Keys keys) : Endpoint<CreateKeyRequest, CreatedKeyResponse>
{
    public override void Configure()
    {
        Post(KeyRoutes.Collection);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(KeyRoutes.Tag, "Issue an API key",
                "A new key for a role (officer, department-head bound to its departments, auditor). The answer is the only time its " +
                "secret is shown; the register keeps only its hash. The officer's.")
            .AcceptsJson<CreateKeyRequest>()
            .Produces<CreatedKeyResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(CreateKeyRequest request, CancellationToken cancellationToken)
    {
        var created = await keys.CreateAsync(HttpContext.Caller(), request, cancellationToken);
        await Send.SendCreatedAsync(KeyRoutes.For(created.Id), created);
    }
}

public sealed class ListKeys(Keys keys) : Endpoint<PageQuery, PageResponse<KeyResponse>>
{
    public override void Configure()
    {
        Get(KeyRoutes.Collection);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(KeyRoutes.Tag, "List API keys",
                "Every key issued, revoked ones included, with its role and departments; never a secret. The officer's.")
            .Produces<PageResponse<KeyResponse>>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(PageQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await keys.ListAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
}

public sealed class RevokeKey(Keys keys) : Endpoint<IdRoute>
{
    public override void Configure()
    {
        Delete(KeyRoutes.Item);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(KeyRoutes.Tag, "Revoke an API key",
                "Revokes the key at once: its next request is refused, and the interface's sessions signed in with it end. " +
                "Idempotent; needs no If-Match. The officer's.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(IdRoute route, CancellationToken cancellationToken)
    {
        await keys.RevokeAsync(HttpContext.Caller(), route.Id, cancellationToken);
        await Send.NoContentAsync(cancellationToken);
    }
}
