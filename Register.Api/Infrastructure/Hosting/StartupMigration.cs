using Register.Api.Infrastructure.Migrations;

namespace Register.Api.Infrastructure.Hosting;

/// <summary>
/// Migrates the schema while the host starts, before Kestrel accepts requests (WebApplication starts
/// hosted services ahead of the server). A migration error stops start-up.
/// </summary>
public sealed class StartupMigration(MigrationRunner migrations, IEnumerable<IStartupTask> tasks) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrations.MigrateAsync(cancellationToken);
        foreach (var task in tasks) await task.RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Work that must run on a migrated database before the first request (reference data, demo data, keys).</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
