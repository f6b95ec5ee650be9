namespace Register.Tests.DataInOut;

/// <summary>
/// A clock that moves 1.2345671 s each time it is read, so that every timestamp the register stores has all seven digits of
/// its fraction (what an export must carry exactly); stopped, it stands still, so two applications answer for the same now.
/// </summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private const long Step = 12_345_671;
    private long _ticks = start.UtcTicks;

    public bool Stopped { get; set; }

    public override DateTimeOffset GetUtcNow() =>
        new(Stopped ? Interlocked.Read(ref _ticks) : Interlocked.Add(ref _ticks, Step), TimeSpan.Zero);
}
