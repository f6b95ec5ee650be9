using FastEndpoints;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Register.Api.Infrastructure.Health;

/// <summary>Liveness: the process answers. No key, no database: a probe carrying a key still gets "Healthy".</summary>
public sealed class Live : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/health/live");
        AllowAnonymous();
        Description(b => b.ExcludeFromDescription());
    }

    public override Task HandleAsync(CancellationToken cancellationToken) =>
        Send.StringAsync(HealthStatus.Healthy.ToString(), cancellation: cancellationToken);
}

/// <summary>Readiness: the database answers and every migration is applied (<see cref="DatabaseReadyCheck"/>); 503 otherwise.</summary>
public sealed class Ready(HealthCheckService health) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/health/ready");
        AllowAnonymous();
        Description(b => b.ExcludeFromDescription());
    }

    public override async Task HandleAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(DatabaseReadyCheck.Tag), cancellationToken);
        // Never cached: a probe must see the state of now.
        HttpContext.Response.Headers.CacheControl = "no-store, no-cache";
        await Send.StringAsync(report.Status.ToString(),
            report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, cancellation: cancellationToken);
    }
}
