using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Seeding;
using Register.Tests.Infrastructure;

namespace Register.Tests.Demo;

/// <summary>The demo is loaded once: a restart with demo data still on finds the marker and adds nothing.</summary>
public sealed class DemoRegisterRestartTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private IReadOnlyDictionary<string, string> _before = null!;
    private IReadOnlyDictionary<string, string> _after = null!;
    private int _demoAuditBefore;
    private int _demoAuditAfter;
    private RegisterApiFactory? _restarted;
    private HttpClient? _client;

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?> { [DemoRegisterLoader.SettingKey] = "true" };

    [OneTimeSetUp]
    public async Task RestartOnTheSameDatabase()
    {
        _before = await RegisterState.ReadAsync(Client);
        _demoAuditBefore = await RegisterState.TotalAsync(Client, $"/api/audit?actor={DemoRegisterLoader.Actor}");

        await Factory.DisposeAsync();
        (_restarted, _client) = await RegisterState.RestartAsync(Database, Settings());

        _after = await RegisterState.ReadAsync(_client);
        _demoAuditAfter = await RegisterState.TotalAsync(_client, $"/api/audit?actor={DemoRegisterLoader.Actor}");
    }

    [OneTimeTearDown]
    public async Task StopTheRestartedApplication()
    {
        _client?.Dispose();
        if (_restarted is not null) await _restarted.DisposeAsync();
    }

    [Test]
    public void The_first_start_loaded_the_demo()
    {
        Assert.That(_before["/api/activities"], Is.Not.Empty);
        Assert.That(_before["/api/operator"], Is.EqualTo("version 1"));
        Assert.That(_demoAuditBefore, Is.GreaterThan(0));
    }

    [Test]
    public void A_restart_loads_nothing_again()
    {
        Assert.That(_after, Is.EqualTo(_before));
        Assert.That(_demoAuditAfter, Is.EqualTo(_demoAuditBefore));
    }
}
