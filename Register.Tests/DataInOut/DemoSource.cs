using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Seeding;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>The demo register, run in an application of its own for as long as it takes to read it.</summary>
internal static class DemoSource
{
    /// <summary>The demo's supervisory report in the format and language, and its entries as the API returns them.</summary>
    public static async Task<(byte[] Report, IReadOnlyList<JsonNode> Entries)> ReadAsync(DatabaseProvider provider, string format, string lang = "ru")
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new RegisterApiFactory(database, new Dictionary<string, string?> { [DemoRegisterLoader.SettingKey] = "true" });
        factory.CreateClient().Dispose();
        var (_, key) = await factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("demo-source", Roles.Officer, [], "tests", CancellationToken.None);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);

        using var report = await client.GetAsync($"/api/reports/supervisory?format={format}&lang={lang}");
        Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var entries = (await (await client.GetAsync($"{ActivityRoutes.Collection}?pageSize=500")).OkJsonAsync())["items"]!.AsArray();
        return (await report.Content.ReadAsByteArrayAsync(), entries.Select(e => e!.DeepClone()).ToList());
    }

    /// <summary>
    /// Gives an empty register the demo's catalogs and operator through the API, as an officer starting a register does
    /// before importing its entries.
    /// </summary>
    public static async Task LoadCatalogsAsync(HttpClient client)
    {
        var demo = DemoRegister.Read();
        using (var saved = await client.SendAsync(HttpMethod.Put, "/api/operator", demo.Operator))
        {
            Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }
        async Task Post(string path, IEnumerable<object> entries)
        {
            foreach (var entry in entries)
            {
                using var created = await client.SendAsync(HttpMethod.Post, path, entry);
                Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            }
        }
        await Post("/api/departments", demo.Departments);
        await Post("/api/subject-categories", demo.SubjectCategories);
        await Post("/api/data-categories", demo.DataCategories);
        await Post("/api/recipients", demo.Recipients);
        await Post("/api/information-systems", demo.InformationSystems);
    }
}
