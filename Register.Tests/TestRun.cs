using Register.Tests.Infrastructure;

namespace Register.Tests;

/// <summary>Runs once around the whole suite (its namespace is the root of every fixture's).</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task StopSqlServer() => TestSqlServer.StopAsync();
}
