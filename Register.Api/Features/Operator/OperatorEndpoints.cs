using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;

namespace Register.Api.Features.Operator;

public sealed class GetOperator(OperatorCard card) : EndpointWithoutRequest<OperatorResponse>
{
    public override void Configure()
    {
        Get(OperatorRoutes.Item);
        Description(b => b.Documented(OperatorRoutes.Tag, "Read the operator",
                "The operator's name, address, UNP, the person responsible for organising processing and its branches; 404 until " +
                "the officer has recorded it.")
            .ProducesWithETag<OperatorResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var found = await card.GetAsync(HttpContext.Caller(), cancellationToken);
        await Send.SendAsync(found, found.Version);
    }
}

public sealed class UpdateOperator(OperatorCard card) : Endpoint<OperatorRequest, OperatorResponse>
{
    public override void Configure()
    {
        Put(OperatorRoutes.Item);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(OperatorRoutes.Tag, "Record the operator",
                "Records the whole operator. The first PUT creates it (201) without If-Match; later ones need If-Match (428 without, " +
                "412 when stale) and answer 200. The officer's.")
            .AcceptsJson<OperatorRequest>()
            .ProducesWithETag<OperatorResponse>()
            .ProducesWithETag<OperatorResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(OperatorRequest request, CancellationToken cancellationToken)
    {
        var (saved, created) = await card.SaveAsync(HttpContext.Caller(), request, HttpContext.IfMatch(), cancellationToken);
        if (created) await Send.SendCreatedAsync(OperatorRoutes.Item, saved, saved.Version);
        else await Send.SendAsync(saved, saved.Version);
    }
}
