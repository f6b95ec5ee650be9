using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>
/// After a restart every request finds the shared systems' users missing at once. They are read once, by the first
/// request that needs them, and the others wait for that read instead of each reading them again.
/// </summary>
public sealed class SystemColdStartTests
{
    private static async Task<HttpClient> ClientAsync(RegisterApiFactory factory)
    {
        factory.CreateClient().Dispose();
        var (_, key) = await factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("cold", Roles.Officer, [], "tests", CancellationToken.None);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    [Test]
    public async Task Concurrent_first_reads_of_entries_sharing_a_system_read_its_users_once()
    {
        await using var database = new SqliteTestDatabase();
        var ids = new List<int>();
        await using (var writer = new RegisterApiFactory(database))
        {
            var client = await ClientAsync(writer);
            Assert.That((await client.SendAsync(HttpMethod.Post, "/api/information-systems",
                new { code = "shared-edms", name = "СЭД", kind = "electronic", connectedToPublicNetwork = false })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
            for (var i = 0; i < 40; i++)
            {
                var created = await (await client.SendAsync(HttpMethod.Post, "/api/activities",
                    new { code = $"cold-{i}", title = "Запись", informationSystemCodes = new[] { "shared-edms" }, estimatedSubjects = 3000 })).OkJsonAsync(HttpStatusCode.Created);
                ids.Add((int)created["id"]!);
            }
        }

        // As after a restart: a host whose cache is empty. Caches are per connection string, and this one names the same
        // file with a default spelled out, so this process keeps a second, empty cache for it.
        await using var restarted = new RegisterApiFactory(database, new Dictionary<string, string?> { ["ConnectionStrings:Register"] = database.ConnectionString + ";Pooling=True" });
        var reader = await ClientAsync(restarted);
        await using var connection = await restarted.Services.GetRequiredService<IConnectionFactory>().OpenAsync(CancellationToken.None);
        var databaseKey = connection.ConnectionString;
        var before = SystemAssessments.SystemReadsOf(databaseKey);

        var responses = await Task.WhenAll(ids.Select(id => reader.GetAsync($"/api/activities/{id}")));
        var system = await (await reader.GetAsync("/api/information-systems/shared-edms")).OkJsonAsync();

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That((int?)system["estimatedSubjects"], Is.EqualTo(40 * 3000));
        Assert.That(SystemAssessments.SystemReadsOf(databaseKey) - before, Is.EqualTo(1));
    }
}
