using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.SubjectRequests;

public sealed class ListSubjectRequests(SubjectRequests requests) : Endpoint<ListSubjectRequestsQuery, PageResponse<SubjectRequestResponse>>
{
    public override void Configure()
    {
        Get(SubjectRequestRoutes.Collection);
        Description(b => b.Documented(SubjectRequestRoutes.Tag, "List subjects' requests",
                "The journal of requests, newest first, each with its clock (due date, days left, overdue, the article that sets the " +
                "term). A department head sees the requests routed to its departments. Holds the requesters' personal data.")
            .Produces<PageResponse<SubjectRequestResponse>>()
            .ProducesProblems(StatusCodes.Status400BadRequest));
    }

    public override async Task HandleAsync(ListSubjectRequestsQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await requests.ListAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
}

public sealed class GetSubjectRequest(SubjectRequests requests) : Endpoint<IdRoute, SubjectRequestResponse>
{
    public override void Configure()
    {
        Get(SubjectRequestRoutes.Item);
        Description(b => b.Documented(SubjectRequestRoutes.Tag, "Read a subject's request",
                "The request with its clock. Another department's request is 404 for a department head.")
            .ProducesWithETag<SubjectRequestResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(IdRoute route, CancellationToken cancellationToken)
    {
        var found = await requests.GetAsync(HttpContext.Caller(), route.Id, cancellationToken);
        await Send.SendAsync(found, found.Version);
    }
}

public sealed class CreateSubjectRequest(SubjectRequests requests) : Endpoint<SubjectRequestRequest, SubjectRequestResponse>
{
    public override void Configure()
    {
        Post(SubjectRequestRoutes.Collection);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(SubjectRequestRoutes.Tag, "Register a subject's request",
                "Registers a request (ст. 10-14) with the next number of its year; its deadline is counted from the day after it " +
                "was received on the working-day calendar. The officer's.")
            .AcceptsJson<SubjectRequestRequest>()
            .ProducesWithETag<SubjectRequestResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(SubjectRequestRequest request, CancellationToken cancellationToken)
    {
        var created = await requests.CreateAsync(HttpContext.Caller(), request, cancellationToken);
        await Send.SendCreatedAsync(SubjectRequestRoutes.For(created.Id), created, created.Version);
    }
}

public sealed class UpdateSubjectRequest(SubjectRequests requests) : Endpoint<IdRoute<SubjectRequestRequest>, SubjectRequestResponse>
{
    public override void Configure()
    {
        Put(SubjectRequestRoutes.Item);
        Policies(Access.Drafter.Policy);
        Description(b => b.Documented(SubjectRequestRoutes.Tag, "Change or answer a subject's request",
                "The officer changes anything; a department head answers the requests routed to its departments (status and answer " +
                "only, 403 otherwise). Needs If-Match. A request depersonalised after its retention cannot change (409).")
            .AcceptsJson<SubjectRequestRequest>()
            .ProducesWithETag<SubjectRequestResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(IdRoute<SubjectRequestRequest> route, CancellationToken cancellationToken)
    {
        var updated = await requests.UpdateAsync(HttpContext.Caller(), route.Id, route.RequiredBody(), HttpContext.IfMatch(), cancellationToken);
        await Send.SendAsync(updated, updated.Version);
    }
}
