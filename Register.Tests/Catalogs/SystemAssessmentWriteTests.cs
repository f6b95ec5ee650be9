using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>
/// A system's figures follow the entries written through the API. Each test reads the systems first, so that the
/// writes patch figures already held in memory (what a running register does) rather than reading them afresh.
/// </summary>
public sealed class SystemAssessmentWriteTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private RegisterBuilder Builder => new(Client, Unique);

    private static Dictionary<string, object?> Entry(string code, string dataCategory, int subjects, params string[] systems) => new()
    {
        ["code"] = code,
        ["title"] = "Запись " + code,
        ["dataCategories"] = new[] { new { code = dataCategory } },
        ["estimatedSubjects"] = subjects,
        ["informationSystemCodes"] = systems,
    };

    private async Task<(int Id, string ETag)> CreateAsync(Dictionary<string, object?> entry)
    {
        var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, entry);
        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        return ((int)body["id"]!, response.ETag());
    }

    private async Task<JsonNode> SystemAsync(string code) => await (await Client.GetAsync(InformationSystemRoutes.For(code))).OkJsonAsync();

    private static IEnumerable<string?> Reasons(JsonNode system) => system["operatorRegistryReasons"]!.AsArray().Select(r => (string?)r);

    private async Task<IEnumerable<string?>> RulesOfAsync(int id) =>
        (await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync())["findings"]!.AsArray().Select(f => (string?)f!["rule"]);

    [Test]
    public async Task Moving_an_entry_to_another_system_moves_its_data_and_subjects_and_the_rule_11_warning()
    {
        var fingerprints = await Builder.DataCategoryAsync("biometric-genetic");
        var names = await Builder.DataCategoryAsync("other");
        var first = await Builder.SystemAsync(connected: true);
        var second = await Builder.SystemAsync(connected: false);
        var movedCode = Unique("act");
        var (moved, etag) = await CreateAsync(Entry(movedCode, fingerprints, 70_000, first));
        await CreateAsync(Entry(Unique("act"), names, 40_000, first, second));
        var (onlyFirst, _) = await CreateAsync(Entry(Unique("act"), names, 10, first));
        Assert.That((string?)(await SystemAsync(first))["oacClass"], Is.EqualTo("3-бг"));
        Assert.That((int?)(await SystemAsync(second))["estimatedSubjects"], Is.EqualTo(40_000));
        Assert.That(await RulesOfAsync(onlyFirst), Has.Member("operator-registry"));

        var update = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(moved), Entry(movedCode, fingerprints, 70_000, second), etag);
        await update.OkJsonAsync();

        var left = await SystemAsync(first);
        Assert.That((string?)left["npdpcCategory"], Is.EqualTo("other"));
        Assert.That((string?)left["oacClass"], Is.EqualTo("3-ин"));
        Assert.That((int?)left["estimatedSubjects"], Is.EqualTo(40_010));
        Assert.That(Reasons(left), Is.Empty);
        var joined = await SystemAsync(second);
        Assert.That((string?)joined["npdpcCategory"], Is.EqualTo("biometric-genetic"));
        Assert.That((string?)joined["oacClass"], Is.EqualTo("4-бг"));
        Assert.That((int?)joined["estimatedSubjects"], Is.EqualTo(110_000));
        Assert.That(Reasons(joined), Is.EqualTo(new[] { "biometric-or-genetic-data", "more-than-100000-subjects" }));
        Assert.That(await RulesOfAsync(onlyFirst), Has.No.Member("operator-registry"));
    }

    [Test]
    public async Task Retiring_an_entry_drops_its_subjects_and_deleting_the_only_biometric_one_lowers_the_category()
    {
        var fingerprints = await Builder.DataCategoryAsync("biometric-genetic");
        var health = await Builder.DataCategoryAsync("special");
        var system = await Builder.SystemAsync(connected: true);
        var (biometric, biometricETag) = await CreateAsync(Entry(Unique("act"), fingerprints, 70_000, system));
        var (large, largeETag) = await CreateAsync(Entry(Unique("act"), health, 40_000, system));
        await CreateAsync(Entry(Unique("act"), health, 5, system));
        Assert.That(Reasons(await SystemAsync(system)), Is.EqualTo(new[] { "biometric-or-genetic-data", "more-than-100000-subjects" }));

        var retire = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(large), new { to = "retired" }, largeETag);
        await retire.OkJsonAsync();

        var retired = await SystemAsync(system);
        Assert.That((int?)retired["estimatedSubjects"], Is.EqualTo(70_005));
        Assert.That(Reasons(retired), Is.EqualTo(new[] { "biometric-or-genetic-data" }));

        var delete = await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(biometric), ifMatch: biometricETag);
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await delete.Content.ReadAsStringAsync());

        var deleted = await SystemAsync(system);
        Assert.That((string?)deleted["npdpcCategory"], Is.EqualTo("special"));
        Assert.That((string?)deleted["oacClass"], Is.EqualTo("3-спец"));
        Assert.That((int?)deleted["estimatedSubjects"], Is.EqualTo(5));
        Assert.That((bool?)deleted["operatorRegistryRequired"], Is.False);
    }
}
