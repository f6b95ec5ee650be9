using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Catalogs;

// The five endpoints every catalog has, written once over its Catalog<,,>. Each catalog declares one sealed class per
// endpoint (FastEndpoints' scanner skips generic and abstract types); the class name is the operation id.

public abstract class ListCatalog<TRequest, TResponse, TQuery>(Catalog<TRequest, TResponse, TQuery> catalog)
    : Endpoint<TQuery, PageResponse<TResponse>>
    where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
{
    public override void Configure()
    {
        Get(catalog.Info.Collection);
        Description(b => b.Documented(catalog.Info.Tag, $"List {catalog.Info.Tag.ToLowerInvariant()}",
                $"A page of the {catalog.Info.Entity} catalog in code order, with the filters below. Any key may read it.")
            .Produces<PageResponse<TResponse>>()
            .ProducesProblems(StatusCodes.Status400BadRequest));
    }

    public override async Task HandleAsync(TQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await catalog.ListAsync(HttpContext.Caller(), query, HttpContext.Language(), cancellationToken), cancellationToken);
}

public abstract class GetCatalog<TRequest, TResponse, TQuery>(Catalog<TRequest, TResponse, TQuery> catalog) : Endpoint<CodeRoute, TResponse>
    where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
{
    public override void Configure()
    {
        Get(catalog.Info.Item);
        Description(b => b.Documented(catalog.Info.Tag, $"Read one {catalog.Info.Entity}",
                $"The {catalog.Info.Entity} with this code; its ETag is its version, for a later If-Match. Any key may read it.")
            .ProducesWithETag<TResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(CodeRoute route, CancellationToken cancellationToken)
    {
        var entry = await catalog.GetAsync(HttpContext.Caller(), route.Code, HttpContext.Language(), cancellationToken);
        await Send.SendAsync(entry, entry.Version);
    }
}

public abstract class CreateCatalog<TRequest, TResponse, TQuery>(Catalog<TRequest, TResponse, TQuery> catalog) : Endpoint<TRequest, TResponse>
    where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
{
    public override void Configure()
    {
        Post(catalog.Info.Collection);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(catalog.Info.Tag, $"Add a {catalog.Info.Entity}",
                $"Records a new {catalog.Info.Entity} under a code not yet used (409 otherwise). The officer's. Recorded in the audit trail.")
            .AcceptsJson<TRequest>()
            .ProducesWithETag<TResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict));
    }

    public override async Task HandleAsync(TRequest request, CancellationToken cancellationToken)
    {
        var entry = await catalog.CreateAsync(HttpContext.Caller(), request, HttpContext.Language(), cancellationToken);
        await Send.SendCreatedAsync(catalog.Info.For(entry.Code), entry, entry.Version);
    }
}

public abstract class UpdateCatalog<TRequest, TResponse, TQuery>(Catalog<TRequest, TResponse, TQuery> catalog) : Endpoint<CodeRoute<TRequest>, TResponse>
    where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
{
    public override void Configure()
    {
        Put(catalog.Info.Item);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(catalog.Info.Tag, $"Change a {catalog.Info.Entity}",
                $"Replaces the {catalog.Info.Entity}'s fields; the code cannot change. Needs If-Match with its current ETag " +
                "(428 without, 412 when someone changed it since). The officer's. Recorded in the audit trail.")
            .AcceptsJson<TRequest>()
            .ProducesWithETag<TResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(CodeRoute<TRequest> route, CancellationToken cancellationToken)
    {
        var entry = await catalog.UpdateAsync(HttpContext.Caller(), route.Code, route.RequiredBody(), HttpContext.IfMatch(), HttpContext.Language(), cancellationToken);
        await Send.SendAsync(entry, entry.Version);
    }
}

public abstract class DeleteCatalog<TRequest, TResponse, TQuery>(Catalog<TRequest, TResponse, TQuery> catalog) : Endpoint<CodeRoute>
    where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
{
    public override void Configure()
    {
        Delete(catalog.Info.Item);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(catalog.Info.Tag, $"Delete a {catalog.Info.Entity}",
                $"Removes the {catalog.Info.Entity}, unless something still refers to it (409 names what). Needs If-Match. " +
                "The officer's. Recorded in the audit trail.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(CodeRoute route, CancellationToken cancellationToken)
    {
        await catalog.DeleteAsync(HttpContext.Caller(), route.Code, HttpContext.IfMatch(), cancellationToken);
        await Send.NoContentAsync(cancellationToken);
    }
}
