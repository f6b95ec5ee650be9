namespace Register.Api.Infrastructure.Http;

/// <summary>
/// Dates the law counts in (review due, "approved 12 months ago") are Minsk dates: an entry due on the 1st is
/// overdue from Minsk midnight, not UTC's. Belarus keeps UTC+3 all year (no daylight saving since 2011).
/// </summary>
public static class RegisterClock
{
    public static DateOnly Today(this TimeProvider clock) => Register.Domain.Journals.MinskTime.Today(clock);

    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
