using Microsoft.Extensions.Diagnostics.HealthChecks;
using Register.Api.Infrastructure.Migrations;

namespace Register.Api.Infrastructure.Health;

/// <summary>Ready means: the database answers and every embedded migration script is in its journal.</summary>
public sealed class DatabaseReadyCheck(MigrationRunner migrations) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrations.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Database answers; all migrations applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending.");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("Database unavailable.", exception);
        }
    }
}
