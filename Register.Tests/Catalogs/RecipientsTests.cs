using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Countries;
using Register.Api.Features.ProcessingActions;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Features.Recipients;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

public sealed class RecipientsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private ReferringRows Rows => new(Database);

    private async Task<(string Code, string ETag)> CreateAsync(string name = "ООО «Бухгалтерия плюс»", string kind = "third-party",
        string? countryCode = null, object? contract = null)
    {
        var code = Unique("rcp");
        var response = await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new { code, name, kind, countryCode, contract });
        await response.OkJsonAsync(HttpStatusCode.Created);
        return (code, response.ETag());
    }

    private async Task<string> ActionAsync()
    {
        var code = Unique("act");
        await (await Client.SendAsync(HttpMethod.Post, ProcessingActionRoutes.Collection, new { code, names = new { ru = "Действие " + code } }))
            .OkJsonAsync(HttpStatusCode.Created);
        return code;
    }

    private async Task<string> MeasureAsync()
    {
        var code = Unique("msr");
        await (await Client.SendAsync(HttpMethod.Post, ProtectionMeasureRoutes.Collection,
            new { code, names = new { ru = "Мера " + code }, kind = "technical" })).OkJsonAsync(HttpStatusCode.Created);
        return code;
    }

    /// <summary>The country exists afterwards, whether the reference data already had it (409) or not.</summary>
    private async Task<string> CountryAsync(string code)
    {
        var response = await Client.SendAsync(HttpMethod.Post, CountryRoutes.Collection, new { code, names = new { ru = code }, adequateProtection = true });
        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
        return code;
    }

    private static IEnumerable<string?> Codes(JsonNode page) => page["items"]!.AsArray().Select(i => (string?)i!["code"]);

    [Test]
    public async Task Create_returns_201_with_location_etag_and_the_contract()
    {
        var (collect, store) = (await ActionAsync(), await ActionAsync());
        var encryption = await MeasureAsync();
        var country = await CountryAsync("de");
        var code = Unique("payroll");

        var response = await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new
        {
            code,
            name = "ООО «Расчёт зарплаты»",
            kind = "authorized-person",
            countryCode = country,
            contract = new
            {
                number = "17/2024", date = "2024-03-01", purposes = "Начисление заработной платы работникам",
                actions = new[] { store, collect }, confidentiality = true, measures = new[] { encryption },
            },
        });

        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(RecipientRoutes.For(code)));
        Assert.That(response.ETag(), Is.EqualTo("\"1\""));
        Assert.That((string?)body["code"], Is.EqualTo(code));
        Assert.That((string?)body["name"], Is.EqualTo("ООО «Расчёт зарплаты»"));
        Assert.That((string?)body["kind"], Is.EqualTo("authorized-person"));
        Assert.That((string?)body["countryCode"], Is.EqualTo(country));
        Assert.That((int?)body["version"], Is.EqualTo(1));
        var contract = body["contract"]!;
        Assert.That((string?)contract["number"], Is.EqualTo("17/2024"));
        Assert.That((string?)contract["date"], Is.EqualTo("2024-03-01"));
        Assert.That((string?)contract["purposes"], Is.EqualTo("Начисление заработной платы работникам"));
        Assert.That((bool?)contract["confidentiality"], Is.True);
        Assert.That(contract["actions"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { store, collect }), "actions keep their order");
        Assert.That(contract["measures"]!.AsArray().Select(m => (string?)m), Is.EqualTo(new[] { encryption }));
    }

    [Test]
    public async Task Get_returns_the_entry_with_its_etag_and_a_null_contract_when_none_is_recorded()
    {
        var (code, etag) = await CreateAsync("Министерство по чрезвычайным ситуациям", "state-body");

        var response = await Client.GetAsync(RecipientRoutes.For(code));

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo(etag));
        Assert.That((string?)body["kind"], Is.EqualTo("state-body"));
        Assert.That(body.AsObject().ContainsKey("contract"), Is.True);
        Assert.That(body["contract"], Is.Null);
        Assert.That(body["countryCode"], Is.Null);
    }

    [Test]
    public async Task A_contract_on_a_third_party_is_stored()
    {
        var (code, _) = await CreateAsync(kind: "third-party", contract: new { number = "5", confidentiality = false });

        var body = await (await Client.GetAsync(RecipientRoutes.For(code))).OkJsonAsync();

        Assert.That((string?)body["contract"]?["number"], Is.EqualTo("5"));
        Assert.That((bool?)body["contract"]?["confidentiality"], Is.False);
        Assert.That(body["contract"]!["actions"]!.AsArray(), Is.Empty);
        Assert.That(body["contract"]!["date"], Is.Null);
    }

    [Test]
    public async Task Get_unknown_code_is_404_problem()
    {
        await (await Client.GetAsync(RecipientRoutes.For("no-such-recipient"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Duplicate_code_is_409()
    {
        var (code, _) = await CreateAsync();

        var response = await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new { code, name = "Другой", kind = "third-party" });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.That((string?)problem["detail"], Does.Contain(code));
    }

    [Test]
    public async Task Unknown_country_is_400_naming_countryCode()
    {
        var response = await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection,
            new { code = Unique("r"), name = "x", kind = "third-party", countryCode = "qq" });

        var problem = await response.ValidationProblemAsync("countryCode");
        Assert.That(problem.ToJsonString(), Does.Contain("qq"));
    }

    [Test]
    public async Task Unknown_contract_action_and_measure_are_400_with_their_index()
    {
        var (action, measure) = (await ActionAsync(), await MeasureAsync());

        var response = await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new
        {
            code = Unique("r"), name = "x", kind = "authorized-person",
            contract = new { actions = new[] { "no-such-action", action }, measures = new[] { measure, "no-such-measure" } },
        });

        var problem = await response.ValidationProblemAsync("contract.actions[0]");
        var errors = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.That(errors, Does.Contain("contract.measures[1]"));
        Assert.That(errors, Does.Not.Contain("contract.actions[1]"));
        Assert.That(errors, Does.Not.Contain("contract.measures[0]"));
    }

    [Test]
    public async Task Nothing_is_stored_when_a_reference_is_unknown()
    {
        var code = Unique("r");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection,
            new { code, name = "x", kind = "authorized-person", contract = new { actions = new[] { "no-such-action" } } })).ValidationProblemAsync("contract.actions[0]");

        await (await Client.GetAsync(RecipientRoutes.For(code))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":\"processor\"}", "kind")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":1}", "kind")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\"}", "kind")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":\"third-party\",\"contract\":{\"date\":\"01.03.2024\"}}", "contract.date")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":\"third-party\",\"contract\":{\"actions\":\"storage\"}}", "contract.actions")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"kind\":\"third-party\",\"contract\":{\"actions\":[null]}}", "contract.actions[0]")]
    public async Task Bad_enum_or_mistyped_json_is_400_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(RecipientRoutes.Collection, content);
        await response.ValidationProblemAsync(field);
    }

    [Test]
    public async Task Missing_or_over_long_fields_are_400_with_field_paths()
    {
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new { code = Unique("r"), kind = "third-party" }))
            .ValidationProblemAsync("name");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new { code = Unique("r"), name = new string('я', 501), kind = "third-party" }))
            .ValidationProblemAsync("name");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection, new { code = "Bad Code", name = "x", kind = "third-party" }))
            .ValidationProblemAsync("code");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection,
            new { code = Unique("r"), name = "x", kind = "third-party", contract = new { number = new string('1', 101) } }))
            .ValidationProblemAsync("contract.number");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection,
            new { code = Unique("r"), name = "x", kind = "third-party", contract = new { purposes = new string('ц', 4001) } }))
            .ValidationProblemAsync("contract.purposes");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection,
            new { code = Unique("r"), name = "x", kind = "third-party", contract = new { actions = Enumerable.Range(0, 21).Select(i => $"a{i}").ToArray() } }))
            .ValidationProblemAsync("contract.actions");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection,
            new { code = Unique("r"), name = "x", kind = "third-party", contract = new { measures = Enumerable.Range(0, 51).Select(i => $"m{i}").ToArray() } }))
            .ValidationProblemAsync("contract.measures");
        await (await Client.SendAsync(HttpMethod.Post, RecipientRoutes.Collection,
            new { code = Unique("r"), name = "x", kind = "third-party", contract = new { actions = new[] { "storage", "storage" } } }))
            .ValidationProblemAsync("contract.actions");
    }

    [Test]
    public async Task List_filters_by_kind_and_country_and_pages_with_the_envelope()
    {
        var marker = Unique("m");
        var (de, us) = (await CountryAsync("de"), await CountryAsync("us"));
        var (processorDe, _) = await CreateAsync($"Обработчик {marker}", "authorized-person", de);
        var (thirdDe, _) = await CreateAsync($"Партнёр {marker}", "third-party", de);
        var (processorUs, _) = await CreateAsync($"Хостинг {marker}", "authorized-person", us);

        var byKind = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={marker}&kind=authorized-person")).OkJsonAsync();
        var byCountry = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={marker}&countryCode={de}")).OkJsonAsync();
        var both = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={marker}&kind=authorized-person&countryCode={us}")).OkJsonAsync();
        var first = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={marker}&pageSize=2")).OkJsonAsync();
        var second = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={marker}&pageSize=2&page=2")).OkJsonAsync();

        Assert.That(Codes(byKind), Is.EquivalentTo(new[] { processorDe, processorUs }));
        Assert.That((int?)byKind["total"], Is.EqualTo(2));
        Assert.That(Codes(byCountry), Is.EquivalentTo(new[] { processorDe, thirdDe }));
        Assert.That(Codes(both), Is.EqualTo(new[] { processorUs }));
        Assert.That((int?)first["total"], Is.EqualTo(3));
        Assert.That((int?)first["page"], Is.EqualTo(1));
        Assert.That((int?)first["pageSize"], Is.EqualTo(2));
        Assert.That(Codes(first).Count(), Is.EqualTo(2));
        Assert.That((int?)second["page"], Is.EqualTo(2));
        Assert.That(Codes(first).Concat(Codes(second)), Is.EqualTo(new[] { processorDe, thirdDe, processorUs }.Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task List_items_carry_their_contracts()
    {
        var marker = Unique("m");
        var action = await ActionAsync();
        var (code, _) = await CreateAsync($"Обработчик {marker}", "authorized-person", contract: new { actions = new[] { action }, confidentiality = true });

        var body = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={marker}")).OkJsonAsync();

        var item = body["items"]!.AsArray().Single(i => (string?)i!["code"] == code)!;
        Assert.That(item["contract"]!["actions"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { action }));
    }

    [TestCase("kind=processor", "kind")]
    [TestCase("kind=AuthorizedPerson", "kind")]
    [TestCase("countryCode=DE", "countryCode")]
    [TestCase("page=0", "page")]
    public async Task Bad_list_query_is_400_naming_the_parameter(string query, string field)
    {
        await (await Client.GetAsync($"{RecipientRoutes.Collection}?{query}")).ValidationProblemAsync(field);
    }

    [TestCase("РАСЧЁТ")]
    [TestCase("расчет")]
    [TestCase("Зарплаты")]
    public async Task Q_is_case_insensitive_for_cyrillic(string term)
    {
        var marker = Unique("q");
        var (code, _) = await CreateAsync($"ООО «Расчёт ЗАРПЛАТЫ» {marker}");

        var found = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={Uri.EscapeDataString(term)}&pageSize=500")).OkJsonAsync();
        var notFound = await (await Client.GetAsync($"{RecipientRoutes.Collection}?q={Uri.EscapeDataString(term + "-нет")}&pageSize=500")).OkJsonAsync();

        Assert.That(Codes(found), Does.Contain(code));
        Assert.That(Codes(notFound), Does.Not.Contain(code));
    }

    [Test]
    public async Task Update_without_if_match_is_428()
    {
        var (code, _) = await CreateAsync();
        var response = await Client.SendAsync(HttpMethod.Put, RecipientRoutes.For(code), new { name = "Новое имя", kind = "third-party" });
        await response.ProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Update_with_stale_etag_is_412_and_changes_nothing()
    {
        var (code, etag) = await CreateAsync("Старое");
        await (await Client.SendAsync(HttpMethod.Put, RecipientRoutes.For(code), new { name = "Первое", kind = "third-party" }, etag)).OkJsonAsync();

        var stale = await Client.SendAsync(HttpMethod.Put, RecipientRoutes.For(code), new { name = "Второе", kind = "third-party" }, etag);

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await (await Client.GetAsync(RecipientRoutes.For(code))).OkJsonAsync();
        Assert.That((string?)current["name"], Is.EqualTo("Первое"));
    }

    [Test]
    public async Task Update_with_current_etag_is_200_with_the_next_etag_and_replaces_the_contract()
    {
        var (first, second, third) = (await ActionAsync(), await ActionAsync(), await ActionAsync());
        var measure = await MeasureAsync();
        var (code, etag) = await CreateAsync(kind: "authorized-person",
            contract: new { number = "1", actions = new[] { first, second }, measures = new[] { measure }, confidentiality = true });

        var response = await Client.SendAsync(HttpMethod.Put, RecipientRoutes.For(code), new
        {
            name = "ООО «Новый обработчик»", kind = "authorized-person",
            contract = new { number = "2", date = "2025-01-31", actions = new[] { third, first }, confidentiality = true },
        }, etag);

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo("\"2\""));
        Assert.That((int?)body["version"], Is.EqualTo(2));
        Assert.That((string?)body["name"], Is.EqualTo("ООО «Новый обработчик»"));
        var stored = await (await Client.GetAsync(RecipientRoutes.For(code))).OkJsonAsync();
        Assert.That((string?)stored["contract"]!["number"], Is.EqualTo("2"));
        Assert.That((string?)stored["contract"]!["date"], Is.EqualTo("2025-01-31"));
        Assert.That(stored["contract"]!["actions"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { third, first }));
        Assert.That(stored["contract"]!["measures"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Update_without_a_contract_removes_it()
    {
        var action = await ActionAsync();
        var (code, etag) = await CreateAsync(kind: "authorized-person", contract: new { number = "1", actions = new[] { action } });

        var body = await (await Client.SendAsync(HttpMethod.Put, RecipientRoutes.For(code), new { name = "x", kind = "third-party" }, etag)).OkJsonAsync();

        Assert.That(body["contract"], Is.Null);
        Assert.That((string?)body["kind"], Is.EqualTo("third-party"));
    }

    [Test]
    public async Task Update_with_a_different_code_in_the_body_is_400()
    {
        var (code, etag) = await CreateAsync();
        var response = await Client.SendAsync(HttpMethod.Put, RecipientRoutes.For(code), new { code = "other-code", name = "x", kind = "third-party" }, etag);
        await response.ValidationProblemAsync("code");
    }

    [Test]
    public async Task Update_of_unknown_code_is_404()
    {
        var response = await Client.SendAsync(HttpMethod.Put, RecipientRoutes.For("no-such"), new { name = "x", kind = "third-party" }, "\"1\"");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_needs_if_match_then_removes_the_entry_and_its_contract()
    {
        var action = await ActionAsync();
        var (code, etag) = await CreateAsync(kind: "authorized-person", contract: new { actions = new[] { action } });

        await (await Client.SendAsync(HttpMethod.Delete, RecipientRoutes.For(code))).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await Client.SendAsync(HttpMethod.Delete, RecipientRoutes.For(code), ifMatch: "\"99\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That((await Client.GetAsync(RecipientRoutes.For(code))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "a stale delete changes nothing");
        var deleted = await Client.SendAsync(HttpMethod.Delete, RecipientRoutes.For(code), ifMatch: etag);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.GetAsync(RecipientRoutes.For(code))).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(HttpMethod.Delete, RecipientRoutes.For(code), ifMatch: etag)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_of_a_recipient_in_use_is_409_naming_the_activities()
    {
        var (code, etag) = await CreateAsync();
        var activity = Unique("entry");
        var rows = Rows;
        await rows.ActivityRecipientAsync(await rows.ActivityAsync(activity), code);

        var problem = await (await Client.SendAsync(HttpMethod.Delete, RecipientRoutes.For(code), ifMatch: etag)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.That((string?)problem["detail"], Does.Contain(activity));
        Assert.That((await Client.GetAsync(RecipientRoutes.For(code))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
