using System.Net;
using System.Text.RegularExpressions;
using Register.Tests.Foundation;

namespace Register.Tests.Access;

/// <summary>The bootstrap officer key and the keys command, as an operator meets them: real processes, a real file.</summary>
[NonParallelizable]
public sealed partial class KeyCommandTests
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "register-key-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* left to the temp folder's cleanup */ }
    }

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "register.db")}";

    [GeneratedRegex(@"rk_[0-9a-f]{10}_[A-Za-z0-9_-]{40,}")]
    private static partial Regex KeyPattern();

    private static async Task<HttpStatusCode> GetAsync(int port, string? key)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return (await client.GetAsync("/api/departments")).StatusCode;
    }

    [Test]
    public async Task The_first_start_prints_one_officer_key_that_works_and_later_starts_print_none()
    {
        string key;
        await using (var first = ApiProcess.Start(_folder, ConnectionString))
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));
            var match = KeyPattern().Match(first.Output);
            Assert.That(match.Success, Is.True, first.Output);
            key = match.Value;
            Assert.That(await GetAsync(first.Port, key), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await GetAsync(first.Port, null), Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        await using var second = ApiProcess.Start(_folder, ConnectionString);
        await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));

        Assert.That(KeyPattern().IsMatch(second.Output), Is.False, "a key is shown once, on the first start only");
        Assert.That(await GetAsync(second.Port, key), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Keys_create_prints_a_key_the_api_accepts_with_its_role()
    {
        var (exit, output) = await ApiProcess.RunToExitAsync(_folder, ConnectionString, "keys", "create", "--name", "Аудитор", "--role", "auditor");
        Assert.That(exit, Is.EqualTo(0), output);
        var key = KeyPattern().Match(output).Value;

        await using var api = ApiProcess.Start(_folder, ConnectionString);
        await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));

        Assert.That(await GetAsync(api.Port, key), Is.EqualTo(HttpStatusCode.OK));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{api.Port}") };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var write = await client.PostAsync("/api/departments", new StringContent("{\"code\":\"x\",\"name\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("--role", "auditor")]
    [TestCase("--name", "x", "--role", "emperor")]
    [TestCase("--name", "x", "--role", "department-head")]
    public async Task Keys_create_with_bad_arguments_exits_non_zero(params string[] options)
    {
        var (exit, output) = await ApiProcess.RunToExitAsync(_folder, ConnectionString, ["keys", "create", .. options]);

        Assert.That(exit, Is.Not.EqualTo(0), output);
        Assert.That(KeyPattern().IsMatch(output), Is.False);
    }
}
