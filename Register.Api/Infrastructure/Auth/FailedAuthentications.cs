using System.Threading.RateLimiting;

namespace Register.Api.Infrastructure.Auth;

/// <summary>
/// Slows key guessing: each client address may fail authentication a limited number of times per minute
/// (ASP.NET Core's rate-limiting primitives); past that it gets 429 until the window passes, even with a
/// valid key. Successful requests do not count.
/// </summary>
public sealed class FailedAuthentications : IDisposable
{
    public const string LimitKey = "Register:Auth:FailuresPerMinute";
    public const int DefaultLimit = 30;

    private readonly PartitionedRateLimiter<string> _limiter;

    public FailedAuthentications(IConfiguration configuration)
    {
        var limit = configuration.GetValue(LimitKey, DefaultLimit);
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";

    /// <summary>True while the client still has failures left in this window.</summary>
    public bool Allows(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(ClientOf(context), permitCount: 0);
        return lease.IsAcquired;
    }

    public void Record(HttpContext context)
    {
        using var _ = _limiter.AttemptAcquire(ClientOf(context));
    }

    public void Dispose() => _limiter.Dispose();
}
