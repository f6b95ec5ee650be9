namespace Register.Domain.Journals;

/// <summary>
/// Deadlines count Minsk dates. Minsk keeps UTC+3 all year, so a fixed offset is used rather than a time
/// zone, which would depend on the host's time-zone database (absent in slim containers, named differently
/// on Windows).
/// </summary>
public static class MinskTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(3);

    /// <summary>The date in Minsk at <paramref name="instant"/>, whatever offset it was written with.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a Minsk day begins (its midnight, UTC+3).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>Today's date in Minsk by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
