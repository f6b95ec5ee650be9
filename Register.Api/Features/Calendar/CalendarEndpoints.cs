using FastEndpoints;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Calendar;

/// <summary>A calendar year: <c>{year}</c> in the route.</summary>
public sealed class YearRoute
{
    public int Year { get; set; }
}

public sealed class YearRoute<TBody> where TBody : class
{
    public int Year { get; set; }

    [FromBody]
    public TBody? Body { get; set; }

    public TBody RequiredBody() => Body ?? throw new Infrastructure.Errors.InvalidRequestException("body", ForReader.Text("В запросе нет тела JSON.", "The request needs a JSON body."));
}

public sealed class GetCalendarYear(WorkingCalendars calendars) : Endpoint<YearRoute, CalendarYearResponse>
{
    public override void Configure()
    {
        Get(CalendarRoutes.Year);
        Description(b => b.Documented(CalendarRoutes.Tag, "Read a year of the working-day calendar",
                "The year's non-working public holidays (Radunitsa computed from Orthodox Easter) and the government's transfers of " +
                "working days, as the officer keeps them; a year not stored is computed from the standard holidays and not confirmed.")
            .ProducesWithETag<CalendarYearResponse>()
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(YearRoute route, CancellationToken cancellationToken)
    {
        var year = await calendars.GetYearAsync(HttpContext.Caller(), route.Year, cancellationToken);
        await Send.SendAsync(year, year.Version);
    }
}

public sealed class UpdateCalendarYear(WorkingCalendars calendars) : Endpoint<YearRoute<CalendarYearRequest>, CalendarYearResponse>
{
    public override void Configure()
    {
        Put(CalendarRoutes.Year);
        Policies(Access.Officer.Policy);
        Description(b => b.Documented(CalendarRoutes.Tag, "Record a year of the working-day calendar",
                "Corrects a year or enters the transfers of a new one (the Council of Ministers' resolution) and whether they are " +
                "confirmed. A year not stored yet is created without If-Match (201); a stored one needs If-Match. The officer's.")
            .AcceptsJson<CalendarYearRequest>()
            .ProducesWithETag<CalendarYearResponse>()
            .ProducesWithETag<CalendarYearResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired));
    }

    public override async Task HandleAsync(YearRoute<CalendarYearRequest> route, CancellationToken cancellationToken)
    {
        var (year, created) = await calendars.SaveYearAsync(HttpContext.Caller(), route.Year, route.RequiredBody(), HttpContext.IfMatch(), cancellationToken);
        if (created) await Send.SendCreatedAsync(CalendarRoutes.For(year.Year), year, year.Version);
        else await Send.SendAsync(year, year.Version);
    }
}

public sealed class ComputeDeadline(WorkingCalendars calendars) : Endpoint<DeadlineQuery, DeadlineResponse>
{
    public override void Configure()
    {
        Get(CalendarRoutes.Deadline);
        Description(b => b.Documented(CalendarRoutes.Tag, "Compute a deadline",
                "The last day of a period that starts on the day after 'from': 'days' working days, or calendar days ending on the " +
                "next working day when the last one is not (Civil Code Art. 194). Says whether every year it crossed is confirmed.")
            .Produces<DeadlineResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest));
    }

    public override async Task HandleAsync(DeadlineQuery query, CancellationToken cancellationToken) =>
        await Send.OkAsync(await calendars.DeadlineAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
}
