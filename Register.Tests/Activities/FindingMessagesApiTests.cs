using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.OpenApi;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>
/// A finding in the API carries its message in Russian and in English (<c>messages: { ru, en }</c>, like a catalog's
/// <c>names</c>) while <c>message</c> stays the English it always was: on the entry, in the 422 that a finding blocks, and
/// in the register-wide list.
/// </summary>
public sealed class FindingMessagesApiTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const string NoDepartmentRu = "В записи не указано подразделение: укажите структурное подразделение, руководитель которого ведёт эту запись.";
    private const string NoDepartmentEn = "The entry has no department: name the structural unit whose head keeps this entry.";

    private async Task<(int Id, string ETag, JsonNode Body)> CreateBareDraftAsync()
    {
        var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code = Unique("draft"), title = "Черновик без подразделения" });
        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        return ((int)body["id"]!, response.ETag(), body);
    }

    private static JsonNode NoDepartment(JsonNode findings) => findings.AsArray().Single(f => (string?)f!["path"] == "departmentCode")!;

    private static void AssertBothLanguages(JsonNode findings)
    {
        Assert.That(findings.AsArray(), Is.Not.Empty);
        foreach (var finding in findings.AsArray())
        {
            Assert.That((string?)finding!["messages"]?["en"], Is.EqualTo((string?)finding["message"]).And.Not.Empty, finding.ToJsonString());
            Assert.That((string?)finding["messages"]?["ru"], Is.Not.Empty.And.Not.EqualTo((string?)finding["message"]), finding.ToJsonString());
        }
    }

    [Test]
    public async Task An_entrys_findings_keep_the_English_message_and_carry_both_languages()
    {
        var (id, _, created) = await CreateBareDraftAsync();
        var read = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();

        foreach (var entry in new[] { created, read })
        {
            AssertBothLanguages(entry["findings"]!);
            var finding = NoDepartment(entry["findings"]!);
            Assert.That((string?)finding["message"], Is.EqualTo(NoDepartmentEn));
            Assert.That((string?)finding["messages"]!["ru"], Is.EqualTo(NoDepartmentRu));
            Assert.That(finding.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "rule", "severity", "message", "messages", "path" }));
        }
    }

    [Test]
    public async Task The_422_that_findings_block_lists_them_in_both_languages()
    {
        var (id, etag, _) = await CreateBareDraftAsync();

        var problem = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "in-review" }, etag))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        AssertBothLanguages(problem["findings"]!);
        Assert.That((string?)NoDepartment(problem["findings"]!)["messages"]!["ru"], Is.EqualTo(NoDepartmentRu));
    }

    [Test]
    public async Task The_register_wide_list_carries_both_languages()
    {
        var (id, _, _) = await CreateBareDraftAsync();

        var page = await (await Client.GetAsync("/api/compliance/findings?rule=completeness&pageSize=500")).OkJsonAsync();
        var mine = new JsonArray(page["items"]!.AsArray().Where(f => (int?)f!["activityId"] == id).Select(f => f!.DeepClone()).ToArray());

        AssertBothLanguages(mine);
        Assert.That((string?)NoDepartment(mine)["messages"]!["ru"], Is.EqualTo(NoDepartmentRu));
    }

    [Test]
    public async Task The_OpenAPI_document_describes_both_languages_beside_the_English_message()
    {
        var document = await (await Client.GetAsync(SwaggerSetup.DocumentPath)).OkJsonAsync();
        var schemas = document["components"]!["schemas"]!;

        foreach (var name in new[] { "FindingResponse", "RegisterFinding" })
        {
            var properties = schemas[name]!["properties"]!;
            Assert.That((string?)properties["message"]!["type"], Is.EqualTo("string"), name);
            Assert.That((string?)properties["messages"]!["$ref"], Is.EqualTo("#/components/schemas/FindingMessages"), name);
        }
        var languages = schemas["FindingMessages"]!["properties"]!.AsObject();
        Assert.That(languages.Select(p => p.Key), Is.EquivalentTo(new[] { "ru", "en" }));
        Assert.That(languages.Select(p => ((string?)p.Value!["type"], (bool?)p.Value["nullable"])), Has.All.EqualTo(("string", (bool?)null)), "Both always present.");
    }
}
