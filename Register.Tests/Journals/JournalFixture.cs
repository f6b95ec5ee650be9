using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;
using Register.Tests.Reports;

namespace Register.Tests.Journals;

/// <summary>
/// The journals' fixtures: the application on a clock the test sets (the deadlines are counted from it), and a client for
/// each role: the officer, the heads of two departments, an auditor.
/// </summary>
public abstract class JournalFixture(DatabaseProvider provider) : ApiFixture(provider)
{
    /// <summary>Friday 6 March 2026, noon in Minsk: the day after the worked examples' events (law-99z.md).</summary>
    protected static readonly DateTimeOffset Friday = new(2026, 3, 6, 9, 0, 0, TimeSpan.Zero);

    protected ManualClock Clock { get; } = new(Friday);
    protected HttpClient Officer { get; private set; } = null!;
    protected HttpClient HeadOfA { get; private set; } = null!;
    protected HttpClient HeadOfB { get; private set; } = null!;
    protected HttpClient Auditor { get; private set; } = null!;
    protected string DepartmentA { get; private set; } = null!;
    protected string DepartmentB { get; private set; } = null!;

    private WebApplicationFactory<Program> _clocked = null!;

    /// <summary>The application on the test's clock, for a test that needs its services or its settings changed.</summary>
    protected WebApplicationFactory<Program> Clocked => _clocked;

    [OneTimeSetUp]
    public async Task StartOnTheClock()
    {
        _clocked = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        Officer = await KeyedAsync(Roles.Officer);
        DepartmentA = await DepartmentAsync("Отдел кадров");
        DepartmentB = await DepartmentAsync("Бухгалтерия");
        HeadOfA = await KeyedAsync(Roles.DepartmentHead, DepartmentA);
        HeadOfB = await KeyedAsync(Roles.DepartmentHead, DepartmentB);
        Auditor = await KeyedAsync(Roles.Auditor);
    }

    [OneTimeTearDown]
    public async Task StopTheClock()
    {
        foreach (var client in new[] { Officer, HeadOfA, HeadOfB, Auditor }) client?.Dispose();
        if (_clocked is not null) await _clocked.DisposeAsync();
    }

    [SetUp]
    public void BackToFriday() => Clock.Now = Friday;

    private async Task<HttpClient> KeyedAsync(string role, params string[] departments)
    {
        var (_, key) = await IssueKeyAsync(role, departments);
        var client = _clocked.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    private async Task<string> DepartmentAsync(string name)
    {
        var code = Unique("dep");
        await (await Officer.SendAsync(HttpMethod.Post, "/api/departments", new { code, name })).OkJsonAsync(System.Net.HttpStatusCode.Created);
        return code;
    }
}
