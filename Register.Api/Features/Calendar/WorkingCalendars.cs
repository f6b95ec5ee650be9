using System.Globalization;
using System.Text.Json;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Journals;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Calendar;

/// <summary>
/// The working-day calendar the journals' deadlines are counted on: years the officer keeps (seeded with the years whose
/// transfers are confirmed), every other year computed from the standard holidays and not confirmed.
/// </summary>
public sealed class WorkingCalendars(Db db, TimeProvider clock)
{
    public const string AllSql = $"SELECT {CalendarYearRow.Columns} FROM calendar_years";
    public const string StoredYearsSql = "SELECT year FROM calendar_years ORDER BY year";
    public const string OneSql = $"SELECT {CalendarYearRow.Columns} FROM calendar_years WHERE year = @Year";
    public const string InsertSql = """
        INSERT INTO calendar_years (year, holidays, transferred_days_off, transferred_working_days, confirmed, source, version, updated_at, updated_by)
        VALUES (@Year, @Holidays, @TransferredDaysOff, @TransferredWorkingDays, @Confirmed, @Source, 1, @Now, @Actor)
        """;
    public const string UpdateSql = """
        UPDATE calendar_years
        SET holidays = @Holidays, transferred_days_off = @TransferredDaysOff, transferred_working_days = @TransferredWorkingDays,
            confirmed = @Confirmed, source = @Source, version = version + 1, updated_at = @Now, updated_by = @Actor
        WHERE year = @Year AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    private static readonly CalendarYearRequestValidator Validator = new();
    private static readonly DeadlineQueryValidator DeadlineValidator = new();

    /// <summary>The calendar as this session sees the stored years (a handful of rows).</summary>
    public static async Task<WorkingCalendar> LoadAsync(DbSession session) =>
        new((await session.QueryAsync<CalendarYearRow>(AllSql)).Select(r => r.ToYear()));

    public async Task<CalendarYearResponse> GetYearAsync(Caller caller, int year, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        EnsureInRange(year);
        var row = await db.ReadAsync(session => session.QuerySingleOrDefaultAsync<CalendarYearRow>(OneSql, new { Year = year }), cancellationToken);
        return row is null ? Response(CalendarYear.Standard(year), stored: false, version: 0) : Response(row.ToYear(), stored: true, row.Version);
    }

    /// <summary>The years stored (the rest are computed), for the interface's year selector.</summary>
    public async Task<IReadOnlyList<int>> StoredYearsAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return (await db.ReadAsync(session => session.QueryAsync<int>(StoredYearsSql), cancellationToken)).ToList();
    }

    /// <summary>
    /// Records a year (the officer corrects one, or enters the government's transfers when they are published). A year
    /// not stored yet is created without a version (201); a stored one needs its current version, like every change.
    /// </summary>
    public async Task<(CalendarYearResponse Year, bool Created)> SaveYearAsync(
        Caller caller, int year, CalendarYearRequest request, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        EnsureInRange(year);
        await Validator.EnsureValidAsync(request, cancellationToken);
        var data = new CalendarYear(year, request.Holidays, request.TransferredDaysOff, request.TransferredWorkingDays, request.Confirmed!.Value, request.Source);
        if (data.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidRequestException(problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => ForReader.Text(p.Ru, p.En)).ToArray()));
        }

        return await db.WriteAsync(async session =>
        {
            var current = await session.QuerySingleOrDefaultAsync<CalendarYearRow>(OneSql, new { Year = year });
            var parameters = Parameters(data, caller.Name, ifMatch.ExpectedVersion, clock.GetUtcNow().UtcDateTime);
            if (current is null)
            {
                if (ifMatch.Present) throw new PreconditionFailedException(ETags.Format(0));
                await session.ExecuteAsync(InsertSql, parameters);
            }
            else
            {
                ifMatch.Required();
                if (await session.ExecuteAsync(UpdateSql, parameters) == 0) throw new PreconditionFailedException(ETags.Format(current.Version));
            }
            var saved = (await session.QuerySingleOrDefaultAsync<CalendarYearRow>(OneSql, new { Year = year }))!;
            var after = Response(saved.ToYear(), stored: true, saved.Version);
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.CalendarYear, year.ToString(CultureInfo.InvariantCulture),
                current is null ? AuditActions.Create : AuditActions.Update, current is null ? null : Response(current.ToYear(), true, current.Version), after);
            return (after, current is null);
        }, cancellationToken);
    }

    /// <summary>A period on the calendar: the due day, and whether the years it crossed are confirmed.</summary>
    public async Task<DeadlineResponse> DeadlineAsync(Caller caller, DeadlineQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await DeadlineValidator.EnsureValidAsync(query, cancellationToken);
        var from = Dates.ParseOrNull(query.From)!.Value;
        var kind = KebabEnum.Parse<DayKind>(query.Kind!);
        var calendar = await db.ReadAsync(LoadAsync, cancellationToken);
        try
        {
            var deadline = calendar.DeadlineFrom(from, query.Days!.Value, kind);
            return new DeadlineResponse(from, deadline.Days, kind, deadline.On, deadline.CalendarConfirmed);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InvalidRequestException("from", ForReader.Text(
                $"Календарь считает дни только в {CalendarYear.FirstYear}–{CalendarYear.LastYear} годах.",
                $"The calendar counts days in {CalendarYear.FirstYear}-{CalendarYear.LastYear}."));
        }
    }

    /// <summary>A stored year as the seeding writes it (reference data: inside the caller's transaction, no audit).</summary>
    internal static object Parameters(CalendarYear year, string? actor, int? expectedVersion, DateTime now) => new
    {
        year.Year,
        Holidays = JsonSerializer.Serialize(year.Holidays, RegisterJson.Options),
        TransferredDaysOff = JsonSerializer.Serialize(year.TransferredDaysOff, RegisterJson.Options),
        TransferredWorkingDays = JsonSerializer.Serialize(year.TransferredWorkingDays, RegisterJson.Options),
        year.Confirmed,
        year.Source,
        Now = now,
        Actor = actor,
        ExpectedVersion = expectedVersion,
    };

    private static CalendarYearResponse Response(CalendarYear year, bool stored, int version) =>
        new(year.Year, year.Holidays, year.TransferredDaysOff, year.TransferredWorkingDays, year.Confirmed, year.Source, stored, version);

    private static void EnsureInRange(int year)
    {
        if (year is < CalendarYear.FirstYear or > CalendarYear.LastYear)
        {
            throw new NotFoundException(ForReader.Text(
                $"В календаре есть только {CalendarYear.FirstYear}–{CalendarYear.LastYear} годы.",
                $"The calendar has the years {CalendarYear.FirstYear}-{CalendarYear.LastYear}."));
        }
    }
}
