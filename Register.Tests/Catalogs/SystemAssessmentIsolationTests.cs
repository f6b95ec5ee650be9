using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Infrastructure.Auth;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>
/// Systems' computed figures are cached per database: two registers served from one process (as the test hosts
/// are) must never see each other's entries, even with the same codes and the same number of writes.
/// </summary>
public sealed class SystemAssessmentIsolationTests
{
    private static async Task<HttpClient> ClientAsync(RegisterApiFactory factory)
    {
        factory.CreateClient().Dispose();
        var (_, key) = await factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("isolation", Roles.Officer, [], "tests", CancellationToken.None);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    private static async Task<string?> SystemCategoryAfterSameWritesAsync(HttpClient client, string npdpcCategory)
    {
        async Task Post(string url, object body) =>
            Assert.That((await client.SendAsync(HttpMethod.Post, url, body)).StatusCode, Is.EqualTo(HttpStatusCode.Created), url);

        await Post("/api/data-categories", new { code = "iso-data", names = new { ru = "Данные" }, npdpcCategory });
        await Post("/api/information-systems", new { code = "iso-system", name = "Система", kind = "electronic", connectedToPublicNetwork = true });
        await Post("/api/activities", new { code = "iso-activity", title = "Запись", dataCategories = new[] { new { code = "iso-data" } }, informationSystemCodes = new[] { "iso-system" } });
        var system = await (await client.GetAsync("/api/information-systems/iso-system")).OkJsonAsync();
        return (string?)system["npdpcCategory"];
    }

    [Test]
    public async Task Two_databases_in_one_process_keep_their_own_system_figures()
    {
        await using var first = new SqliteTestDatabase();
        await using var second = new SqliteTestDatabase();
        await using var firstApp = new RegisterApiFactory(first);
        await using var secondApp = new RegisterApiFactory(second);

        var biometric = await SystemCategoryAfterSameWritesAsync(await ClientAsync(firstApp), "biometric-genetic");
        var other = await SystemCategoryAfterSameWritesAsync(await ClientAsync(secondApp), "other");

        Assert.That(biometric, Is.EqualTo("biometric-genetic"));
        Assert.That(other, Is.EqualTo("other"));
    }
}
