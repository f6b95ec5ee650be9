using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Register.Tests.Infrastructure;

/// <summary>The real application, in memory, on the fixture's database; migrations run as on a real start.</summary>
public sealed class RegisterApiFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, CapturedLogs? logs = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (logs is not null) builder.ConfigureLogging(logging => logging.AddProvider(logs));
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Register", database.ConnectionString);
        builder.UseSetting("Register:DemoData", "false");
        // Tests send many deliberate 401s from one address; the limiter has its own test with a low limit.
        builder.UseSetting(Register.Api.Infrastructure.Auth.FailedAuthentications.LimitKey, "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }
}
