using System.Text.Json;
using FluentValidation;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Journals;

namespace Register.Api.Features.Calendar;

public static class CalendarRoutes
{
    public const string Year = "/api/calendar/{year:int}";
    public const string Deadline = "/api/calendar/deadline";
    public const string Tag = "Working-day calendar";

    public static string For(int year) => $"/api/calendar/{year}";
}

/// <summary>
/// A year of the calendar as the officer records it: the non-working public holidays, the weekdays made days off and the
/// weekend days made working days by the government's transfer, and whether the year's transfers are confirmed.
/// </summary>
public sealed record CalendarYearRequest(
    IReadOnlyList<Holiday>? Holidays, IReadOnlyList<DateOnly>? TransferredDaysOff, IReadOnlyList<DateOnly>? TransferredWorkingDays,
    bool? Confirmed, string? Source);

/// <summary>
/// A year of the calendar: as stored (<see cref="Stored"/>), or computed from the standard holidays with no transfers and
/// not confirmed when nothing is stored for it. <see cref="Version"/> is 0 for a year not stored yet.
/// </summary>
public sealed record CalendarYearResponse(
    int Year, IReadOnlyList<Holiday> Holidays, IReadOnlyList<DateOnly> TransferredDaysOff, IReadOnlyList<DateOnly> TransferredWorkingDays,
    bool Confirmed, string? Source, bool Stored, int Version);

public sealed class CalendarYearRequestValidator : AbstractValidator<CalendarYearRequest>
{
    public CalendarYearRequestValidator()
    {
        RuleFor(r => r.Confirmed).NotNull();
        RuleFor(r => r.Source).PlainText(2000);
        RuleFor(r => r.Holidays).Must(h => h is null || h.Count <= 60).WithMessage(_ => ForReader.Text("Не более 60 праздничных дней в году.", "At most 60 holidays a year."));
        RuleForEach(r => r.Holidays).NotNull().ChildRules(holiday =>
        {
            holiday.RuleFor(h => h.Names).NotNull();
            holiday.RuleFor(h => h.Names.Ru).NotEmpty().PlainText(300).When(h => h.Names is not null);
            holiday.RuleFor(h => h.Names.En).PlainText(300).When(h => h.Names is not null);
        });
        RuleFor(r => r.TransferredDaysOff).Must(d => d is null || d.Count <= 60).WithMessage(_ => ForReader.Text("Не более 60 перенесённых выходных дней в году.", "At most 60 transferred days a year."));
        RuleFor(r => r.TransferredWorkingDays).Must(d => d is null || d.Count <= 60).WithMessage(_ => ForReader.Text("Не более 60 перенесённых рабочих дней в году.", "At most 60 transferred days a year."));
    }
}

/// <summary>A deadline to compute: a period of <c>days</c> days of <c>kind</c> that starts on the day after <c>from</c>.</summary>
public sealed record DeadlineQuery
{
    /// <summary>The event (a request received, a breach learned of), YYYY-MM-DD.</summary>
    public string? From { get; init; }

    /// <summary>The period's length, 1-366.</summary>
    public int? Days { get; init; }

    /// <summary><c>working</c> or <c>calendar</c>.</summary>
    public string? Kind { get; init; }
}

public sealed class DeadlineQueryValidator : AbstractValidator<DeadlineQuery>
{
    public DeadlineQueryValidator()
    {
        RuleFor(q => q.From).NotEmpty().Must(v => v is null || Dates.TryParse(v, out _)).WithMessage(_ => ForReader.Text("Укажите дату в формате ГГГГ-ММ-ДД.", "'from' must be a date written YYYY-MM-DD."));
        RuleFor(q => q.Days).NotNull().InclusiveBetween(1, WorkingCalendar.MaxDays);
        RuleFor(q => q.Kind).NotEmpty().KebabEnumName<DeadlineQuery, DayKind>();
    }
}

/// <summary>
/// A deadline: its day, and whether every year the count crossed has confirmed transfers (if not, the day may still move
/// when the government's resolution for that year is entered).
/// </summary>
public sealed record DeadlineResponse(DateOnly From, int Days, DayKind Kind, DateOnly On, bool CalendarConfirmed);

/// <summary>A calendar year as the database stores it: the lists as JSON documents.</summary>
internal sealed class CalendarYearRow
{
    public const string Columns = "year AS Year, holidays AS Holidays, transferred_days_off AS TransferredDaysOff, " +
                                  "transferred_working_days AS TransferredWorkingDays, confirmed AS Confirmed, source AS Source, version AS Version";

    public int Year { get; init; }
    public string Holidays { get; init; } = "[]";
    public string TransferredDaysOff { get; init; } = "[]";
    public string TransferredWorkingDays { get; init; } = "[]";
    public bool Confirmed { get; init; }
    public string? Source { get; init; }
    public int Version { get; init; }

    public CalendarYear ToYear() => new(Year,
        JsonSerializer.Deserialize<List<Holiday>>(Holidays, RegisterJson.Options),
        JsonSerializer.Deserialize<List<DateOnly>>(TransferredDaysOff, RegisterJson.Options),
        JsonSerializer.Deserialize<List<DateOnly>>(TransferredWorkingDays, RegisterJson.Options),
        Confirmed, Source);
}
