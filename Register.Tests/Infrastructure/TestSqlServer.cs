using DotNet.Testcontainers.Builders;
using Testcontainers.MsSql;

namespace Register.Tests.Infrastructure;

/// <summary>
/// The SQL Server the suite's SQL Server copies run against: <c>REGISTER_TEST_SQLSERVER</c> when it is set; otherwise, where
/// Docker is available, a throwaway SQL Server 2022 container started once for the run (each fixture makes its own
/// database on it); otherwise none, and those tests are skipped saying why.
/// </summary>
public static class TestSqlServer
{
    public const string Variable = "REGISTER_TEST_SQLSERVER";
    public const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    private static readonly Lazy<string?> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static MsSqlContainer? _container;
    private static string _skipReason = "";

    /// <summary>A connection string to the server (its master database), or null when there is none here.</summary>
    public static string? ConnectionString => Server.Value;

    public static string SkipReason => Server.Value is null ? _skipReason : "";

    private static string? Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured) return configured;
        try
        {
            var container = new MsSqlBuilder(Image).Build();
            // Blocking once per run is fine: the suite's fixtures set up one after another.
            container.StartAsync().GetAwaiter().GetResult();
            _container = container;
            return container.GetConnectionString();
        }
        catch (DockerUnavailableException exception)
        {
            _skipReason = $"SQL Server run skipped: {Variable} is not set and Docker is not available ({exception.Message}). " +
                          $"Set {Variable} to a server's connection string, or run where Docker is, to run it.";
            return null;
        }
    }

    /// <summary>Stops the container, if this run started one (Testcontainers' reaper removes it even if this never runs).</summary>
    public static async Task StopAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
    }
}
