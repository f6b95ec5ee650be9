using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Breaches;

public sealed class ListBreaches(Breaches breaches) : Endpoint<ListBreachesQuery, PageResponse<BreachResponse>>
{
    public override void Configure()
    {
        Get(BreachRoutes.Collection);
        Description(b => b.Documented(BreachRoutes.Tag, "List breaches",
                "The journal of breaches, newest first, each with the NPDPC notification's clock (3 working days). A department " +
                "head sees the breaches in its departments.")
            .Produces<PageResponse<BreachResponse>>()
            .ProducesProblems(StatusCodes.Status400BadRequest));
    }

    public override async Task HandleAsync(ListBreachesQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await breaches.ListAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
}

public sealed class GetBreach(Breaches breaches) : Endpoint<IdRoute, BreachResponse>
{
    public override void Configure()
    {
        Get(BreachRoutes.Item);
        Description(b => b.Documented(BreachRoutes.Tag, "Read a breach",
                "The breach with the NPDPC notification's clock. Another department's breach is 404 for a department head.")
            .ProducesWithETag<BreachResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(IdRoute route, CancellationToken cancellationToken)
    {
        var found = await breaches.GetAsync(HttpContext.Caller(), route.Id, cancellationToken);
        await Send.SendAsync(found, found.Version);
    }
}

public sealed class CreateBreach(Breaches breaches) : Endpoint<BreachRequest, BreachResponse>
{
    public override void Configure()
    {
        Post(BreachRoutes.Collection);
        Policies(Access.Drafter.Policy);
        Description(b => b.Documented(BreachRoutes.Tag, "Report a breach",
                "Records a breach with the next number of its year; the NPDPC must be notified within 3 working days of the day it was " +
                "detected (ст. 16 п. 1 абз. 8), or the record says why not. The officer, or a department head in its departments.")
            .AcceptsJson<BreachRequest>()
            .ProducesWithETag<BreachResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden));
    }

    public override async Task HandleAsync(BreachRequest request, CancellationToken cancellationToken)
    {
        var created = await breaches.CreateAsync(HttpContext.Caller(), request, cancellationToken);
        await Send.SendCreatedAsync(BreachRoutes.For(created.Id), created, created.Version);
    }
}

public sealed class UpdateBreach(Breaches breaches) : Endpoint<IdRoute<BreachRequest>, BreachResponse>
{
    public override void Configure()
    {
        Put(BreachRoutes.Item);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(BreachRoutes.Tag, "Change a breach",
                "The investigation, the notifications to the NPDPC and the subjects, the consequences and measures. Needs If-Match. " +
                "The officer's.")
            .AcceptsJson<BreachRequest>()
            .ProducesWithETag<BreachResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(IdRoute<BreachRequest> route, CancellationToken cancellationToken)
    {
        var updated = await breaches.UpdateAsync(HttpContext.Caller(), route.Id, route.RequiredBody(), HttpContext.IfMatch(), cancellationToken);
        await Send.SendAsync(updated, updated.Version);
    }
}

public sealed class GetBreachNotification(BreachNotifications notifications) : Endpoint<NotificationQuery>
{
    private static readonly NotificationQueryValidator Validator = new();

    public override void Configure()
    {
        Get(BreachRoutes.Notification);
        Description(b => b.Documented(BreachRoutes.Tag, "The breach's notification to the NPDPC",
                "The notification in Russian, filled from the record: printable HTML (default) or its fields as JSON.")
            .Produces<BreachNotificationDocument>(StatusCodes.Status200OK, "application/json", "text/html")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(NotificationQuery query, CancellationToken cancellationToken)
    {
        await Validator.EnsureValidAsync(query, cancellationToken);
        var document = await notifications.PrepareAsync(HttpContext.Caller(), query.Id, cancellationToken);
        HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        if (query.Format != "json") HttpContext.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        if (query.Format == "json") await Send.OkAsync(document, cancellationToken);
        else await Send.StringAsync(BreachNotifications.Html(document), contentType: "text/html; charset=utf-8", cancellation: cancellationToken);
    }
}
