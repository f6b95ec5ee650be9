using Register.Api.Infrastructure.Migrations;

namespace Register.Api.Infrastructure.Hosting;

/// <summary>
/// <c>dotnet run --project Register.Api</c> serves the API; <c>-- migrate</c> migrates and exits.
/// </summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(arg => !arg.StartsWith('-') && !arg.Contains('='));
        switch (command)
        {
            case null:
                await app.RunAsync();
                return 0;
            case "migrate":
                var applied = await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync(applied.Count == 0
                    ? "The database is up to date."
                    : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: migrate.");
                return 2;
        }
    }
}
