using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.LegalBases;
using Register.Api.Features.Operator;
using Register.Api.Features.ProcessingActions;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Auth;
using Register.Tests.Infrastructure;

namespace Register.Tests.Demo;

/// <summary>What the register holds, read over HTTP, to compare before and after a restart.</summary>
internal static class RegisterState
{
    public static readonly string[] Lists =
    [
        ActivityRoutes.Collection, DepartmentRoutes.Collection, SubjectCategoryRoutes.Collection, DataCategoryRoutes.Collection,
        RecipientRoutes.Collection, InformationSystemRoutes.Collection, LegalBasisRoutes.Collection, CountryRoutes.Collection,
        ProcessingActionRoutes.Collection, ProtectionMeasureRoutes.Collection,
    ];

    public static async Task<int> TotalAsync(HttpClient client, string url) =>
        (int)(await (await client.GetAsync(url)).OkJsonAsync())["total"]!;

    /// <summary>
    /// Each list's total and every entry's code and version (a write, even one that changes nothing visible,
    /// moves the version), plus the operator's version. Every list here is under the 500-entry page.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpClient client)
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in Lists)
        {
            var page = await (await client.GetAsync($"{list}?pageSize=500")).OkJsonAsync();
            var items = page["items"]!.AsArray();
            Assert.That((int)page["total"]!, Is.EqualTo(items.Count), $"{list} has more entries than one page: the snapshot would be partial.");
            state[list] = string.Join(" ", items.Select(i => $"{(string)i!["code"]!}@{(int)i["version"]!}").Order(StringComparer.Ordinal));
        }

        var operatorResponse = await client.GetAsync(OperatorRoutes.Item);
        state[OperatorRoutes.Item] = operatorResponse.StatusCode == HttpStatusCode.NotFound
            ? "none"
            : $"version {(int)(await operatorResponse.OkJsonAsync())["version"]!}";
        return state;
    }

    /// <summary>
    /// Starts the application again on the database: a new host whose start-up tasks (migrations, reference
    /// data, demo data, bootstrap key) run as on a restart. Its client carries a new officer key.
    /// </summary>
    public static async Task<(RegisterApiFactory Factory, HttpClient Client)> RestartAsync(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        var factory = new RegisterApiFactory(database, settings);
        factory.CreateClient().Dispose(); // starts the host
        var (_, key) = await factory.Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync($"test-restart-{Guid.NewGuid():N}"[..30], Roles.Officer, [], createdBy: "tests", CancellationToken.None);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return (factory, client);
    }
}
