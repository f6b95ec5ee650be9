using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.Keys;
using Register.Api.Features.LegalBases;
using Register.Api.Features.Operator;
using Register.Api.Features.ProcessingActions;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Access;

/// <summary>
/// Catalogs and the operator are the officer's to change (api-contract.md, "Access"), and every change lands in the
/// audit trail with who made it and the entry as the API showed it before and after.
/// </summary>
public sealed class CatalogAuditTests(DatabaseProvider provider) : ApiFixture(provider)
{
    /// <summary>
    /// A catalog as these tests drive it: its routes, a valid body whose label (a name the caller chose) marks the
    /// version, and where that label shows in the entry.
    /// </summary>
    private sealed record Family(
        string Entity, string Collection, Func<string, string> For, Func<string, string, JsonObject> Body, string LabelPath)
    {
        public string? Label(JsonNode? entry) =>
            (string?)LabelPath.Split('.').Aggregate(entry, (node, property) => node?[property]);
    }

    private static JsonObject Names(string ru) => new() { ["ru"] = ru, ["be"] = null, ["en"] = null };

    private static readonly Dictionary<string, Family> Families = new()
    {
        ["departments"] = new(AuditEntities.Department, DepartmentRoutes.Collection, DepartmentRoutes.For,
            (code, label) => new() { ["code"] = code, ["name"] = label }, "name"),
        ["subject-categories"] = new(AuditEntities.SubjectCategory, SubjectCategoryRoutes.Collection, SubjectCategoryRoutes.For,
            (code, label) => new() { ["code"] = code, ["names"] = Names(label), ["description"] = "Работники по трудовому договору", ["mayIncludeMinors"] = true },
            "names.ru"),
        ["data-categories"] = new(AuditEntities.DataCategory, DataCategoryRoutes.Collection, DataCategoryRoutes.For,
            (code, label) => new() { ["code"] = code, ["names"] = Names(label), ["group"] = "Сведения о здоровье", ["npdpcCategory"] = "special" },
            "names.ru"),
        ["legal-bases"] = new(AuditEntities.LegalBasis, LegalBasisRoutes.Collection, LegalBasisRoutes.For,
            (code, label) => new() { ["code"] = code, ["names"] = Names(label), ["kind"] = "general", ["citation"] = "ст. 6 абз. 8" },
            "names.ru"),
        ["countries"] = new(AuditEntities.Country, CountryRoutes.Collection, CountryRoutes.For,
            (code, label) => new() { ["code"] = code, ["names"] = Names(label), ["adequateProtection"] = true }, "names.ru"),
        ["processing-actions"] = new(AuditEntities.ProcessingAction, ProcessingActionRoutes.Collection, ProcessingActionRoutes.For,
            (code, label) => new() { ["code"] = code, ["names"] = Names(label) }, "names.ru"),
        ["protection-measures"] = new(AuditEntities.ProtectionMeasure, ProtectionMeasureRoutes.Collection, ProtectionMeasureRoutes.For,
            (code, label) => new() { ["code"] = code, ["names"] = Names(label), ["kind"] = "technical" }, "names.ru"),
        ["recipients"] = new(AuditEntities.Recipient, RecipientRoutes.Collection, RecipientRoutes.For,
            (code, label) => new() { ["code"] = code, ["name"] = label, ["kind"] = "third-party" }, "name"),
        ["information-systems"] = new(AuditEntities.InformationSystem, InformationSystemRoutes.Collection, InformationSystemRoutes.For,
            (code, label) => new() { ["code"] = code, ["name"] = label, ["kind"] = "electronic", ["connectedToPublicNetwork"] = false }, "name"),
    };

    public static IEnumerable<string> FamilyNames() => Families.Keys;

    public static IEnumerable<TestCaseData> FamiliesAndReadOnlyRoles() =>
        from family in Families.Keys
        from role in new[] { Roles.DepartmentHead, Roles.Auditor }
        select new TestCaseData(family, role);

    /// <summary>ISO 3166-1 user-assigned codes: never a real country, so never in the reference data (see CountriesTests).</summary>
    private static readonly string[] UserAssignedCountryCodes =
        [.. Enumerable.Range('q', 'z' - 'q' + 1).Select(c => $"x{(char)c}"), .. Enumerable.Range('m', 'z' - 'm' + 1).Select(c => $"q{(char)c}")];

    private int _nextCountryCode = -1;

    private string NewCode(string family) => family == "countries"
        ? UserAssignedCountryCodes[Interlocked.Increment(ref _nextCountryCode)]
        : Unique("aud");

    private const int PageSizeMax = 500;

    /// <summary>The name of the officer key <see cref="ApiFixture.Client"/> carries, as the API lists it.</summary>
    private async Task<string> OfficerNameAsync()
    {
        var keys = await (await Client.GetAsync($"{KeyRoutes.Collection}?pageSize={PageSizeMax}")).OkJsonAsync();
        var names = keys["items"]!.AsArray()
            .Where(k => (string?)k!["role"] == Roles.Officer && ((string?)k["name"])!.StartsWith("test-officer-", StringComparison.Ordinal))
            .Select(k => (string)k!["name"]!)
            .ToList();
        Assert.That(names, Has.Count.EqualTo(1), "this fixture issues one officer key");
        return names[0];
    }

    private async Task<JsonArray> AuditAsync(string entity, string key) =>
        (await (await Client.GetAsync($"/api/audit?entity={entity}&key={Uri.EscapeDataString(key)}&pageSize={PageSizeMax}")).OkJsonAsync())["items"]!.AsArray();

    /// <summary>A client for a role that may read catalogs but not change them; a department head is bound to a new department.</summary>
    private async Task<HttpClient> ReadOnlyClientAsync(string role)
    {
        if (role != Roles.DepartmentHead) return await ClientForAsync(role);
        var department = Unique("dep");
        await (await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code = department, name = "Отдел кадров" }))
            .OkJsonAsync(HttpStatusCode.Created);
        return await ClientForAsync(role, department);
    }

    private static void AssertEntry(JsonNode entry, string action, string actor, string entity, string key)
    {
        Assert.That((string?)entry["action"], Is.EqualTo(action), entry.ToJsonString());
        Assert.That((string?)entry["actor"], Is.EqualTo(actor), entry.ToJsonString());
        Assert.That((string?)entry["entity"], Is.EqualTo(entity), entry.ToJsonString());
        Assert.That((string?)entry["entityKey"], Is.EqualTo(key), entry.ToJsonString());
    }

    private static void AssertSame(JsonNode? actual, JsonNode? expected, string what) =>
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, $"{what}:\n{actual?.ToJsonString()}\nexpected\n{expected?.ToJsonString()}");

    [TestCaseSource(nameof(FamilyNames))]
    public async Task Create_update_and_delete_are_audited_newest_first_with_the_actor_and_the_entry_before_and_after(string name)
    {
        var family = Families[name];
        var code = NewCode(name);
        var actor = await OfficerNameAsync();

        var created = await Client.SendAsync(HttpMethod.Post, family.Collection, family.Body(code, $"Старое {code}"));
        var createdBody = await created.OkJsonAsync(HttpStatusCode.Created);
        var updated = await Client.SendAsync(HttpMethod.Put, family.For(code), family.Body(code, $"Новое {code}"), created.ETag());
        var updatedBody = await updated.OkJsonAsync();
        var deleted = await Client.SendAsync(HttpMethod.Delete, family.For(code), ifMatch: updated.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var entries = await AuditAsync(family.Entity, code);

        Assert.That(entries.Select(e => (string?)e!["action"]),
            Is.EqualTo(new[] { AuditActions.Delete, AuditActions.Update, AuditActions.Create }), entries.ToJsonString());
        var (delete, update, create) = (entries[0]!, entries[1]!, entries[2]!);
        Assert.Multiple(() =>
        {
            AssertEntry(create, AuditActions.Create, actor, family.Entity, code);
            Assert.That(create["before"], Is.Null);
            Assert.That(family.Label(create["after"]), Is.EqualTo($"Старое {code}"), family.LabelPath);
            Assert.That((string?)create["after"]!["code"], Is.EqualTo(code));
            Assert.That((int?)create["after"]!["version"], Is.EqualTo(1));
            AssertSame(create["after"], createdBody, "create: after is the entry as created");

            AssertEntry(update, AuditActions.Update, actor, family.Entity, code);
            Assert.That(family.Label(update["before"]), Is.EqualTo($"Старое {code}"), family.LabelPath);
            Assert.That(family.Label(update["after"]), Is.EqualTo($"Новое {code}"), family.LabelPath);
            AssertSame(update["before"], createdBody, "update: before is the entry as it was");
            AssertSame(update["after"], updatedBody, "update: after is the entry as updated");

            AssertEntry(delete, AuditActions.Delete, actor, family.Entity, code);
            Assert.That(family.Label(delete["before"]), Is.EqualTo($"Новое {code}"), family.LabelPath);
            AssertSame(delete["before"], updatedBody, "delete: before is the entry as it was");
            Assert.That(delete["after"], Is.Null);

            Assert.That((long)delete["id"]! > (long)update["id"]! && (long)update["id"]! > (long)create["id"]!, Is.True, "newest first");
        });
    }

    [Test]
    public async Task Operator_create_and_update_are_audited_under_the_key_operator()
    {
        var actor = await OfficerNameAsync();
        static object Body(string name) => new { name, unp = "100000001", responsiblePerson = new { fullName = "Петрова Анна Сергеевна" } };

        var created = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body("Учреждение «Старое»"));
        var createdBody = await created.OkJsonAsync(HttpStatusCode.Created);
        var updated = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body("Учреждение «Новое»"), created.ETag());
        var updatedBody = await updated.OkJsonAsync();

        var entries = await AuditAsync(AuditEntities.Operator, OperatorCard.AuditKey);

        Assert.That(OperatorCard.AuditKey, Is.EqualTo("operator"));
        Assert.That(entries.Select(e => (string?)e!["action"]), Is.EqualTo(new[] { AuditActions.Update, AuditActions.Create }), entries.ToJsonString());
        var (update, create) = (entries[0]!, entries[1]!);
        Assert.Multiple(() =>
        {
            AssertEntry(create, AuditActions.Create, actor, AuditEntities.Operator, "operator");
            Assert.That(create["before"], Is.Null);
            Assert.That((string?)create["after"]!["name"], Is.EqualTo("Учреждение «Старое»"));
            AssertSame(create["after"], createdBody, "create: after is the operator as created");

            AssertEntry(update, AuditActions.Update, actor, AuditEntities.Operator, "operator");
            Assert.That((string?)update["before"]!["name"], Is.EqualTo("Учреждение «Старое»"));
            Assert.That((string?)update["after"]!["name"], Is.EqualTo("Учреждение «Новое»"));
            AssertSame(update["before"], createdBody, "update: before is the operator as it was");
            AssertSame(update["after"], updatedBody, "update: after is the operator as updated");
        });
    }

    [TestCaseSource(nameof(FamiliesAndReadOnlyRoles))]
    public async Task A_role_that_may_not_edit_catalogs_gets_403_on_every_write_and_200_on_the_list(string name, string role)
    {
        var family = Families[name];
        var code = NewCode(name);
        var created = await Client.SendAsync(HttpMethod.Post, family.Collection, family.Body(code, $"Запись {code}"));
        var createdBody = await created.OkJsonAsync(HttpStatusCode.Created);
        var client = await ReadOnlyClientAsync(role);
        var refused = NewCode(name);

        await (await client.SendAsync(HttpMethod.Post, family.Collection, family.Body(refused, $"Запись {refused}"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.SendAsync(HttpMethod.Put, family.For(code), family.Body(code, "Чужая правка"), created.ETag())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.SendAsync(HttpMethod.Delete, family.For(code), ifMatch: created.ETag())).ProblemAsync(HttpStatusCode.Forbidden);
        var list = await (await client.GetAsync(family.Collection)).OkJsonAsync();

        Assert.That(list["items"], Is.InstanceOf<JsonArray>());
        await (await Client.GetAsync(family.For(refused))).ProblemAsync(HttpStatusCode.NotFound);
        AssertSame(await (await Client.GetAsync(family.For(code))).OkJsonAsync(), createdBody, "the entry after the refused writes");
        Assert.That((await AuditAsync(family.Entity, code)).Select(e => (string?)e!["action"]), Is.EqualTo(new[] { AuditActions.Create }));
        Assert.That(await AuditAsync(family.Entity, refused), Is.Empty);
    }

    [TestCase(Roles.DepartmentHead)]
    [TestCase(Roles.Auditor)]
    public async Task A_role_that_may_not_edit_catalogs_gets_403_on_the_operator(string role)
    {
        var client = await ReadOnlyClientAsync(role);

        await (await client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, new { name = "Чужое учреждение" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, new { name = "Чужое учреждение" }, "*")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.That((await client.GetAsync(OperatorRoutes.Item)).StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.NotFound));
        Assert.That((await AuditAsync(AuditEntities.Operator, OperatorCard.AuditKey)).Select(e => (string?)e!["actor"]),
            Has.None.StartsWith($"test-{role}-"));
    }
}
