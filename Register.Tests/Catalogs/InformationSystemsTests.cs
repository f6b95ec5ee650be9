using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.Recipients;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

public sealed class InformationSystemsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private ReferringRows Rows => new(Database);

    private async Task<(string Code, string ETag)> CreateAsync(string name = "Кадровая система", string kind = "electronic",
        bool connectedToPublicNetwork = false, string? ownerDepartmentCode = null)
    {
        var code = Unique("sys");
        var response = await Client.SendAsync(HttpMethod.Post, InformationSystemRoutes.Collection,
            new { code, name, kind, connectedToPublicNetwork, ownerDepartmentCode });
        await response.OkJsonAsync(HttpStatusCode.Created);
        return (code, response.ETag());
    }

    private async Task<string> DepartmentAsync()
    {
        var code = Unique("dep");
        await (await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code, name = "Отдел кадров" })).OkJsonAsync(HttpStatusCode.Created);
        return code;
    }

    /// <summary>A data category of the NPDPC category given by its kebab name ("special", "biometric-genetic"...).</summary>
    private async Task<string> DataCategoryAsync(string npdpcCategory)
    {
        var code = Unique("data");
        await (await Client.SendAsync(HttpMethod.Post, DataCategoryRoutes.Collection, new { code, names = new { ru = "Данные " + code }, npdpcCategory }))
            .OkJsonAsync(HttpStatusCode.Created);
        return code;
    }

    /// <summary>A country recorded as not ensuring adequate protection, whatever the reference data says of it.</summary>
    private async Task<string> NonAdequateCountryAsync(string code)
    {
        var created = await Client.SendAsync(HttpMethod.Post, CountryRoutes.Collection, new { code, names = new { ru = code }, adequateProtection = false });
        if (created.StatusCode == HttpStatusCode.Created) return code;
        var current = await Client.GetAsync(CountryRoutes.For(code));
        var body = await current.OkJsonAsync();
        await (await Client.SendAsync(HttpMethod.Put, CountryRoutes.For(code), new { names = body["names"], adequateProtection = false }, current.ETag()))
            .OkJsonAsync();
        return code;
    }

    private async Task<JsonNode> GetAsync(string code) => await (await Client.GetAsync(InformationSystemRoutes.For(code))).OkJsonAsync();

    private static IEnumerable<string?> Codes(JsonNode page) => page["items"]!.AsArray().Select(i => (string?)i!["code"]);

    private static IEnumerable<string?> Reasons(JsonNode system) => system["operatorRegistryReasons"]!.AsArray().Select(r => (string?)r);

    [Test]
    public async Task Create_returns_201_with_location_etag_and_the_computed_fields()
    {
        var department = await DepartmentAsync();
        var code = Unique("hr-system");

        var response = await Client.SendAsync(HttpMethod.Post, InformationSystemRoutes.Collection, new
        {
            code, name = "АС «Кадры»", kind = "electronic", connectedToPublicNetwork = true, ownerDepartmentCode = department,
        });

        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(InformationSystemRoutes.For(code)));
        Assert.That(response.ETag(), Is.EqualTo("\"1\""));
        Assert.That((string?)body["code"], Is.EqualTo(code));
        Assert.That((string?)body["name"], Is.EqualTo("АС «Кадры»"));
        Assert.That((string?)body["kind"], Is.EqualTo("electronic"));
        Assert.That((bool?)body["connectedToPublicNetwork"], Is.True);
        Assert.That((string?)body["ownerDepartmentCode"], Is.EqualTo(department));
        Assert.That((int?)body["version"], Is.EqualTo(1));
        // No entry uses it yet: nothing to classify.
        Assert.That(body["npdpcCategory"], Is.Null);
        Assert.That(body["oacClass"], Is.Null);
        Assert.That((string?)body["oacClassReason"], Is.Not.Empty);
        Assert.That((bool?)body["operatorRegistryRequired"], Is.False);
        Assert.That(Reasons(body), Is.Empty);
        Assert.That((int?)body["estimatedSubjects"], Is.EqualTo(0));
    }

    [Test]
    public async Task Get_returns_the_entry_with_its_etag()
    {
        var (code, etag) = await CreateAsync("Журнал посетителей", "paper");

        var response = await Client.GetAsync(InformationSystemRoutes.For(code));

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo(etag));
        Assert.That((string?)body["kind"], Is.EqualTo("paper"));
        Assert.That(body["ownerDepartmentCode"], Is.Null);
    }

    [Test]
    public async Task Get_unknown_code_is_404_problem()
    {
        await (await Client.GetAsync(InformationSystemRoutes.For("no-such-system"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Duplicate_code_is_409()
    {
        var (code, _) = await CreateAsync();

        var response = await Client.SendAsync(HttpMethod.Post, InformationSystemRoutes.Collection,
            new { code, name = "Другая", kind = "paper", connectedToPublicNetwork = false });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.That((string?)problem["detail"], Does.Contain(code));
    }

    [Test]
    public async Task Unknown_owner_department_is_400_naming_the_field()
    {
        var response = await Client.SendAsync(HttpMethod.Post, InformationSystemRoutes.Collection,
            new { code = Unique("s"), name = "x", kind = "electronic", connectedToPublicNetwork = false, ownerDepartmentCode = "no-such-department" });
        await response.ValidationProblemAsync("ownerDepartmentCode");
    }

    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":\"cloud\",\"connectedToPublicNetwork\":true}", "kind")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"connectedToPublicNetwork\":true}", "kind")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":\"paper\"}", "connectedToPublicNetwork")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":\"paper\",\"connectedToPublicNetwork\":\"yes\"}", "connectedToPublicNetwork")]
    [TestCase("{\"code\":\"ok\",\"kind\":\"paper\",\"connectedToPublicNetwork\":false}", "name")]
    [TestCase("{\"code\":\"Bad\",\"name\":\"x\",\"kind\":\"paper\",\"connectedToPublicNetwork\":false}", "code")]
    public async Task Bad_enum_missing_or_mistyped_fields_are_400_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(InformationSystemRoutes.Collection, content);
        await response.ValidationProblemAsync(field);
    }

    [Test]
    public async Task Over_long_name_is_400()
    {
        var response = await Client.SendAsync(HttpMethod.Post, InformationSystemRoutes.Collection,
            new { code = Unique("s"), name = new string('я', 501), kind = "paper", connectedToPublicNetwork = false });
        await response.ValidationProblemAsync("name");
    }

    [Test]
    public async Task Other_data_on_an_isolated_system_is_class_4_in_with_no_registry_duty()
    {
        var (code, _) = await CreateAsync(connectedToPublicNetwork: false);
        var other = await DataCategoryAsync("other");
        var publicData = await DataCategoryAsync("public");
        await Rows.ActivityAsync(Unique("entry"), "approved", estimatedSubjects: 1200, systemCodes: [code], dataCategoryCodes: [publicData, other]);

        var body = await GetAsync(code);

        Assert.That((string?)body["npdpcCategory"], Is.EqualTo("other"));
        Assert.That((string?)body["oacClass"], Is.EqualTo("4-ин"));
        Assert.That((string?)body["oacClassReason"], Does.Contain("not connected"));
        Assert.That((bool?)body["operatorRegistryRequired"], Is.False);
        Assert.That(Reasons(body), Is.Empty);
        Assert.That((int?)body["estimatedSubjects"], Is.EqualTo(1200));
    }

    [Test]
    public async Task Biometric_data_on_a_connected_system_is_class_3_bg_and_requires_the_operator_registry()
    {
        var (code, _) = await CreateAsync(connectedToPublicNetwork: true);
        var fingerprints = await DataCategoryAsync("biometric-genetic");
        var health = await DataCategoryAsync("special");
        await Rows.ActivityAsync(Unique("entry"), "draft", estimatedSubjects: 300, systemCodes: [code], dataCategoryCodes: [health, fingerprints]);

        var body = await GetAsync(code);

        Assert.That((string?)body["npdpcCategory"], Is.EqualTo("biometric-genetic"));
        Assert.That((string?)body["oacClass"], Is.EqualTo("3-бг"));
        Assert.That((bool?)body["operatorRegistryRequired"], Is.True);
        Assert.That(Reasons(body), Is.EqualTo(new[] { "biometric-or-genetic-data" }));
    }

    [Test]
    public async Task Paper_resources_get_no_oac_class()
    {
        var (code, _) = await CreateAsync("Личные дела", "paper");
        var health = await DataCategoryAsync("special");
        await Rows.ActivityAsync(Unique("entry"), "in-review", systemCodes: [code], dataCategoryCodes: [health]);

        var body = await GetAsync(code);

        Assert.That((string?)body["npdpcCategory"], Is.EqualTo("special"));
        Assert.That(body["oacClass"], Is.Null);
        Assert.That((string?)body["oacClassReason"], Does.Contain("paper"));
    }

    [Test]
    public async Task More_than_100000_subjects_across_its_entries_requires_the_operator_registry_and_retired_entries_do_not_count()
    {
        var (code, _) = await CreateAsync(connectedToPublicNetwork: true);
        var other = await DataCategoryAsync("other");
        var fingerprints = await DataCategoryAsync("biometric-genetic");
        await Rows.ActivityAsync(Unique("entry"), "approved", estimatedSubjects: 60_000, systemCodes: [code], dataCategoryCodes: [other]);
        await Rows.ActivityAsync(Unique("entry"), "draft", estimatedSubjects: 40_001, systemCodes: [code], dataCategoryCodes: [other]);
        await Rows.ActivityAsync(Unique("entry"), "retired", estimatedSubjects: 500_000, systemCodes: [code], dataCategoryCodes: [fingerprints]);

        var body = await GetAsync(code);

        Assert.That((int?)body["estimatedSubjects"], Is.EqualTo(100_001));
        Assert.That((string?)body["npdpcCategory"], Is.EqualTo("other"), "the retired entry's biometric data no longer counts");
        Assert.That((string?)body["oacClass"], Is.EqualTo("3-ин"));
        Assert.That((bool?)body["operatorRegistryRequired"], Is.True);
        Assert.That(Reasons(body), Is.EqualTo(new[] { "more-than-100000-subjects" }));
    }

    [Test]
    public async Task Special_data_sent_to_a_non_adequate_country_without_an_exception_requires_the_operator_registry()
    {
        var (code, _) = await CreateAsync(connectedToPublicNetwork: true);
        var health = await DataCategoryAsync("special");
        var country = await NonAdequateCountryAsync("cn");
        var recipient = Unique("partner");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new { code = recipient, name = "Партнёр", kind = "third-party" }))
            .OkJsonAsync(HttpStatusCode.Created);
        await Rows.ActivityAsync(Unique("entry"), "approved", systemCodes: [code], dataCategoryCodes: [health], recipients: [(recipient, country)]);

        var body = await GetAsync(code);

        Assert.That((string?)body["oacClass"], Is.EqualTo("3-спец"));
        Assert.That(Reasons(body), Is.EqualTo(new[] { "cross-border-special-data-to-non-adequate-country" }));
    }

    [Test]
    public async Task List_filters_by_kind_owner_and_computed_registry_duty_with_a_correct_envelope()
    {
        var marker = Unique("m");
        var department = await DepartmentAsync();
        var fingerprints = await DataCategoryAsync("biometric-genetic");
        var (required1, _) = await CreateAsync($"СКУД {marker}", connectedToPublicNetwork: true, ownerDepartmentCode: department);
        var (required2, _) = await CreateAsync($"Биометрия {marker}", connectedToPublicNetwork: false);
        var (plain, _) = await CreateAsync($"Учёт {marker}", ownerDepartmentCode: department);
        var (paper, _) = await CreateAsync($"Журнал {marker}", "paper");
        await Rows.ActivityAsync(Unique("entry"), "approved", systemCodes: [required1, required2], dataCategoryCodes: [fingerprints]);

        var paperOnly = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={marker}&kind=paper")).OkJsonAsync();
        var owned = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={marker}&ownerDepartment={department}")).OkJsonAsync();
        var required = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={marker}&operatorRegistryRequired=true")).OkJsonAsync();
        var notRequired = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={marker}&operatorRegistryRequired=false")).OkJsonAsync();
        var requiredPage2 = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={marker}&operatorRegistryRequired=true&pageSize=1&page=2")).OkJsonAsync();
        var combined = await (await Client.GetAsync(
            $"{InformationSystemRoutes.Collection}?q={marker}&ownerDepartment={department}&operatorRegistryRequired=true")).OkJsonAsync();

        Assert.That(Codes(paperOnly), Is.EqualTo(new[] { paper }));
        Assert.That(Codes(owned), Is.EquivalentTo(new[] { required1, plain }));
        Assert.That(Codes(required), Is.EquivalentTo(new[] { required1, required2 }));
        Assert.That((int?)required["total"], Is.EqualTo(2));
        Assert.That(Codes(notRequired), Is.EquivalentTo(new[] { plain, paper }));
        Assert.That((int?)requiredPage2["total"], Is.EqualTo(2));
        Assert.That((int?)requiredPage2["page"], Is.EqualTo(2));
        Assert.That((int?)requiredPage2["pageSize"], Is.EqualTo(1));
        Assert.That(Codes(requiredPage2), Is.EqualTo(new[] { new[] { required1, required2 }.Order(StringComparer.Ordinal).Last() }));
        Assert.That(Codes(combined), Is.EqualTo(new[] { required1 }));
        var item = required["items"]!.AsArray().Single(i => (string?)i!["code"] == required2)!;
        Assert.That((string?)item["oacClass"], Is.EqualTo("4-бг"), "list items carry the computed fields");
    }

    [Test]
    public async Task List_pages_with_the_envelope()
    {
        var marker = Unique("m");
        var codes = new List<string>();
        for (var i = 0; i < 3; i++) codes.Add((await CreateAsync($"Система {marker}")).Code);

        var first = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={marker}&pageSize=2")).OkJsonAsync();
        var second = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={marker}&pageSize=2&page=2")).OkJsonAsync();

        Assert.That((int?)first["total"], Is.EqualTo(3));
        Assert.That((int?)first["page"], Is.EqualTo(1));
        Assert.That((int?)first["pageSize"], Is.EqualTo(2));
        Assert.That(Codes(first).Concat(Codes(second)), Is.EqualTo(codes.Order(StringComparer.Ordinal)));
    }

    [TestCase("kind=cloud", "kind")]
    [TestCase("ownerDepartment=HR", "ownerDepartment")]
    [TestCase("pageSize=501", "pageSize")]
    public async Task Bad_list_query_is_400_naming_the_parameter(string query, string field)
    {
        await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?{query}")).ValidationProblemAsync(field);
    }

    [Test]
    public async Task Non_boolean_registry_filter_is_400()
    {
        await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?operatorRegistryRequired=maybe")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("ВИДЕОНАБЛЮДЕНИЯ")]
    [TestCase("система видеонаблюдения")]
    [TestCase("Учёта")]
    [TestCase("учета")]
    public async Task Q_is_case_insensitive_for_cyrillic(string term)
    {
        var marker = Unique("q");
        var (code, _) = await CreateAsync($"Система видеонаблюдения и учёта {marker}");

        var found = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={Uri.EscapeDataString(term)}&pageSize=500")).OkJsonAsync();
        var notFound = await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?q={Uri.EscapeDataString(term + "-нет")}&pageSize=500")).OkJsonAsync();

        Assert.That(Codes(found), Does.Contain(code));
        Assert.That(Codes(notFound), Does.Not.Contain(code));
    }

    [Test]
    public async Task Update_without_if_match_is_428()
    {
        var (code, _) = await CreateAsync();
        var response = await Client.SendAsync(HttpMethod.Put, InformationSystemRoutes.For(code), new { name = "x", kind = "paper", connectedToPublicNetwork = false });
        await response.ProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Update_with_stale_etag_is_412_and_changes_nothing()
    {
        var (code, etag) = await CreateAsync("Старое");
        await (await Client.SendAsync(HttpMethod.Put, InformationSystemRoutes.For(code),
            new { name = "Первое", kind = "electronic", connectedToPublicNetwork = false }, etag)).OkJsonAsync();

        var stale = await Client.SendAsync(HttpMethod.Put, InformationSystemRoutes.For(code),
            new { name = "Второе", kind = "electronic", connectedToPublicNetwork = false }, etag);

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That((string?)(await GetAsync(code))["name"], Is.EqualTo("Первое"));
    }

    [Test]
    public async Task Update_with_current_etag_is_200_with_the_next_etag_and_recomputes_the_class()
    {
        var (code, etag) = await CreateAsync(connectedToPublicNetwork: false);
        var other = await DataCategoryAsync("other");
        await Rows.ActivityAsync(Unique("entry"), "approved", systemCodes: [code], dataCategoryCodes: [other]);
        var department = await DepartmentAsync();

        var response = await Client.SendAsync(HttpMethod.Put, InformationSystemRoutes.For(code),
            new { name = "Портал", kind = "electronic", connectedToPublicNetwork = true, ownerDepartmentCode = department }, etag);

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo("\"2\""));
        Assert.That((int?)body["version"], Is.EqualTo(2));
        Assert.That((string?)body["name"], Is.EqualTo("Портал"));
        Assert.That((string?)body["ownerDepartmentCode"], Is.EqualTo(department));
        Assert.That((string?)body["oacClass"], Is.EqualTo("3-ин"));
    }

    [Test]
    public async Task Update_with_unknown_owner_is_400()
    {
        var (code, etag) = await CreateAsync();
        var response = await Client.SendAsync(HttpMethod.Put, InformationSystemRoutes.For(code),
            new { name = "x", kind = "electronic", connectedToPublicNetwork = false, ownerDepartmentCode = "no-such-department" }, etag);
        await response.ValidationProblemAsync("ownerDepartmentCode");
    }

    [Test]
    public async Task Update_of_unknown_code_is_404()
    {
        var response = await Client.SendAsync(HttpMethod.Put, InformationSystemRoutes.For("no-such"),
            new { name = "x", kind = "paper", connectedToPublicNetwork = false }, "\"1\"");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_needs_if_match_then_removes_the_entry()
    {
        var (code, etag) = await CreateAsync();

        await (await Client.SendAsync(HttpMethod.Delete, InformationSystemRoutes.For(code))).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await Client.SendAsync(HttpMethod.Delete, InformationSystemRoutes.For(code), ifMatch: "\"99\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var deleted = await Client.SendAsync(HttpMethod.Delete, InformationSystemRoutes.For(code), ifMatch: etag);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.GetAsync(InformationSystemRoutes.For(code))).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(HttpMethod.Delete, InformationSystemRoutes.For(code), ifMatch: etag)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_of_a_system_in_use_is_409_naming_the_activities()
    {
        var (code, etag) = await CreateAsync();
        var activity = Unique("entry");
        await Rows.ActivityAsync(activity, systemCodes: [code]);

        var problem = await (await Client.SendAsync(HttpMethod.Delete, InformationSystemRoutes.For(code), ifMatch: etag)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.That((string?)problem["detail"], Does.Contain(activity));
        Assert.That((await Client.GetAsync(InformationSystemRoutes.For(code))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
