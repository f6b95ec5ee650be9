using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>
/// What every localised catalog promises (api-contract.md, "Conventions" and "Catalogs"), run by each catalog's
/// fixture against its own routes and fields. A fixture adds what is its own: field limits, enumerations,
/// list filters and the other places that refer to its entries.
/// </summary>
public abstract class CatalogFixture(DatabaseProvider provider) : ApiFixture(provider)
{
    protected abstract string Collection { get; }

    protected abstract string For(string code);

    /// <summary>The fields of a valid entry beyond code and names, as the API returns them.</summary>
    protected abstract JsonObject Fields();

    /// <summary>Other valid values for every field of <see cref="Fields"/>, to see that an update stores them.</summary>
    protected abstract JsonObject ChangedFields();

    /// <summary>Makes a new activity refer to the entry through the catalog's link table.</summary>
    protected abstract Task ReferFromActivityAsync(ReferringRows rows, int activityId, string code);

    /// <summary>A code valid in this catalog and unused in this fixture.</summary>
    protected virtual string NewCode() => Unique("cat");

    protected ReferringRows Rows => new(Database);

    protected static JsonObject Names(string ru, string? be = null, string? en = null) => new() { ["ru"] = ru, ["be"] = be, ["en"] = en };

    protected JsonObject Body(string? code, JsonObject? names = null, JsonObject? fields = null)
    {
        var body = new JsonObject();
        if (code is not null) body["code"] = code;
        body["names"] = names ?? Names($"Запись {code}");
        foreach (var (key, value) in fields ?? Fields()) body[key] = value?.DeepClone();
        return body;
    }

    protected Task<HttpResponseMessage> PostAsync(JsonObject body) => Client.SendAsync(HttpMethod.Post, Collection, body);

    protected async Task<(string Code, string ETag, JsonNode Body)> CreateAsync(JsonObject? names = null, JsonObject? fields = null)
    {
        var code = NewCode();
        var response = await PostAsync(Body(code, names, fields));
        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        return (code, response.ETag(), body);
    }

    protected async Task<JsonNode> ListAsync(string query, string? acceptLanguage = null)
    {
        var request = Http.Request(HttpMethod.Get, $"{Collection}?{query}");
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return await (await Client.SendAsync(request)).OkJsonAsync();
    }

    protected async Task<List<string?>> ListCodesAsync(string query) =>
        (await ListAsync(query))["items"]!.AsArray().Select(i => (string?)i!["code"]).ToList();

    protected static string Q(string term) => $"q={Uri.EscapeDataString(term)}";

    protected static string JsonText(JsonNode? node) => node?.ToJsonString() ?? "null";

    /// <summary>Every field sent comes back unchanged.</summary>
    protected static void AssertFields(JsonNode body, JsonObject expected)
    {
        Assert.Multiple(() =>
        {
            foreach (var (key, value) in expected)
            {
                Assert.That(body.AsObject().ContainsKey(key), Is.True, $"The response has no '{key}': {body.ToJsonString()}");
                Assert.That(JsonText(body[key]), Is.EqualTo(JsonText(value)), key);
            }
        });
    }

    /// <summary>One character over the limit is a 400 naming the field; the limit itself is accepted.</summary>
    protected async Task AssertTextLimitAsync(string field, int maxLength)
    {
        var over = Fields();
        over[field] = new string('я', maxLength + 1);
        await (await PostAsync(Body(NewCode(), fields: over))).ValidationProblemAsync(field);

        var atLimit = Fields();
        atLimit[field] = new string('я', maxLength);
        var body = await (await PostAsync(Body(NewCode(), fields: atLimit))).OkJsonAsync(HttpStatusCode.Created);
        Assert.That(((string?)body[field])?.Length, Is.EqualTo(maxLength));
    }

    /// <summary>
    /// An enumeration in the body: each kebab name round-trips; an unknown name, a number or another JSON type is a
    /// 400 naming the field (the JSON converter's refusal, not a 500); a missing one is a validation error.
    /// </summary>
    protected async Task AssertEnumFieldAsync(string field, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var fields = Fields();
            fields[field] = name;
            var body = await (await PostAsync(Body(NewCode(), fields: fields))).OkJsonAsync(HttpStatusCode.Created);
            Assert.That((string?)body[field], Is.EqualTo(name));
        }

        foreach (var wrong in new JsonNode?[] { "no-such-value", "", 1, true, new JsonArray() })
        {
            var fields = Fields();
            fields[field] = wrong;
            var problem = await (await PostAsync(Body(NewCode(), fields: fields))).ValidationProblemAsync(field);
            Assert.That(problem.ToJsonString(), Does.Not.Contain("Register.Domain"), "The problem should not leak .NET type names.");
        }

        var missing = Fields();
        missing.Remove(field);
        await (await PostAsync(Body(NewCode(), fields: missing))).ValidationProblemAsync(field);
        var nulled = Fields();
        nulled[field] = null;
        await (await PostAsync(Body(NewCode(), fields: nulled))).ValidationProblemAsync(field);
    }

    /// <summary>An enumeration filter: only entries of that value; an unknown value is a 400 naming the parameter.</summary>
    protected async Task AssertEnumFilterAsync(string parameter, string field, string value, string otherValue)
    {
        var marker = Unique("f");
        var wanted = Fields();
        wanted[field] = value;
        var other = Fields();
        other[field] = otherValue;
        var (match, _, _) = await CreateAsync(Names($"Фильтр {marker}"), wanted);
        var (noMatch, _, _) = await CreateAsync(Names($"Фильтр {marker}"), other);

        Assert.That(await ListCodesAsync($"{Q(marker)}&{parameter}={value}"), Is.EqualTo(new[] { match }));
        Assert.That(await ListCodesAsync($"{Q(marker)}&{parameter}={otherValue}"), Is.EqualTo(new[] { noMatch }));
        Assert.That(await ListCodesAsync(Q(marker)), Is.EquivalentTo(new[] { match, noMatch }));
        await (await Client.GetAsync($"{Collection}?{parameter}=no-such-value")).ValidationProblemAsync(parameter);
        await (await Client.GetAsync($"{Collection}?{parameter}={value.ToUpperInvariant()}")).ValidationProblemAsync(parameter);
    }

    /// <summary>The delete is refused with 409 naming <paramref name="referrer"/>, and the entry is still there.</summary>
    protected async Task AssertDeleteRefusedAsync(string code, string etag, string referrer)
    {
        var problem = await (await Client.SendAsync(HttpMethod.Delete, For(code), ifMatch: etag)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.That((string?)problem["detail"], Does.Contain(code).And.Contain(referrer));
        await (await Client.GetAsync(For(code))).OkJsonAsync();
    }

    [Test]
    public async Task Create_returns_201_with_location_etag_and_the_entry()
    {
        var code = NewCode();
        var fields = Fields();

        var response = await PostAsync(Body(code, Names("Работники", "Работнікі", "Employees"), fields));

        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(For(code)));
        Assert.That(response.ETag(), Is.EqualTo("\"1\""));
        Assert.That((string?)body["code"], Is.EqualTo(code));
        Assert.That(JsonText(body["names"]), Is.EqualTo(JsonText(Names("Работники", "Работнікі", "Employees"))));
        Assert.That((string?)body["name"], Is.EqualTo("Работники"));
        Assert.That((int?)body["version"], Is.EqualTo(1));
        AssertFields(body, fields);
    }

    [Test]
    public async Task Get_returns_the_entry_with_its_etag()
    {
        var (code, etag, created) = await CreateAsync();

        var response = await Client.GetAsync(For(code));

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo(etag));
        Assert.That(body.ToJsonString(), Is.EqualTo(created.ToJsonString()));
    }

    [Test]
    public async Task Get_unknown_code_is_404_problem()
    {
        await (await Client.GetAsync(For("no-such-entry"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Duplicate_code_is_409_naming_it()
    {
        var (code, _, _) = await CreateAsync();

        var problem = await (await PostAsync(Body(code, Names("Другая запись")))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.That((string?)problem["detail"], Does.Contain(code));
    }

    [TestCase("UPPER")]
    [TestCase("-lead")]
    [TestCase("a b")]
    [TestCase("")]
    [TestCase("ы")]
    public async Task Invalid_code_is_400_naming_the_field(string code)
    {
        await (await PostAsync(Body(code))).ValidationProblemAsync("code");
    }

    [Test]
    public async Task Over_long_code_is_400()
    {
        await (await PostAsync(Body(new string('a', 65)))).ValidationProblemAsync("code");
    }

    [Test]
    public async Task Missing_code_is_400()
    {
        await (await PostAsync(Body(code: null))).ValidationProblemAsync("code");
    }

    [Test]
    public async Task Missing_names_or_russian_name_is_400_with_the_field_path()
    {
        var noNames = Body(NewCode());
        noNames.Remove("names");
        await (await PostAsync(noNames)).ValidationProblemAsync("names");
        await (await PostAsync(Body(NewCode(), new JsonObject { ["en"] = "Employees" }))).ValidationProblemAsync("names.ru");
        await (await PostAsync(Body(NewCode(), Names("")))).ValidationProblemAsync("names.ru");
        await (await PostAsync(Body(NewCode(), Names(new string('я', 501))))).ValidationProblemAsync("names.ru");
        await (await PostAsync(Body(NewCode(), Names("Работники", be: "Работ\u0001нікі")))).ValidationProblemAsync("names.be");
    }

    [Test]
    public async Task Mistyped_or_malformed_json_is_400_not_500()
    {
        var mistyped = Body(NewCode());
        mistyped["names"] = 5;
        await (await PostAsync(mistyped)).ValidationProblemAsync("names");

        using var content = new StringContent("{\"code\":\"x\",\"names\":", System.Text.Encoding.UTF8, "application/json");
        await (await Client.PostAsync(Collection, content)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("медицинские сведения")]
    [TestCase("МЕДИЦИНСКИЕ СВЕДЕНИЯ")]
    [TestCase("Медицинские Сведения")]
    public async Task Q_finds_russian_names_case_insensitively(string term)
    {
        var marker = Unique("q");
        var (code, _, _) = await CreateAsync(Names($"Медицинские СВЕДЕНИЯ {marker}"));

        var withMarker = await ListAsync($"{Q($"{term} {marker}")}");
        var termOnly = await ListCodesAsync($"{Q(term)}&pageSize=500");
        var otherTerm = await ListCodesAsync($"{Q($"{term} {marker}-нет")}");

        Assert.That((int?)withMarker["total"], Is.EqualTo(1));
        Assert.That((string?)withMarker["items"]![0]!["code"], Is.EqualTo(code));
        Assert.That(termOnly, Does.Contain(code));
        Assert.That(otherTerm, Is.Empty);
    }

    [Test]
    public async Task Q_matches_the_code_and_the_other_languages()
    {
        var marker = Unique("q");
        var (code, _, _) = await CreateAsync(Names("Посетители", $"Наведвальнікі {marker}", $"Visitors {marker.ToUpperInvariant()}"));

        Assert.That(await ListCodesAsync(Q(code)), Does.Contain(code));
        Assert.That(await ListCodesAsync(Q($"наведвальнікі {marker}")), Is.EqualTo(new[] { code }));
        Assert.That(await ListCodesAsync(Q($"visitors {marker}")), Is.EqualTo(new[] { code }));
    }

    [Test]
    public async Task Q_treats_like_wildcards_literally()
    {
        var (code, _, _) = await CreateAsync(Names($"Запись {Unique("w")}"));

        Assert.That(await ListCodesAsync("q=%25&pageSize=500"), Does.Not.Contain(code));
        Assert.That(await ListCodesAsync("q=_&pageSize=500"), Does.Not.Contain(code));
    }

    [Test]
    public async Task List_pages_with_the_envelope()
    {
        var marker = Unique("p");
        var codes = new List<string>();
        for (var i = 0; i < 3; i++) codes.Add((await CreateAsync(Names($"Страница {marker}"))).Code);

        var first = await ListAsync($"{Q(marker)}&pageSize=2");
        var second = await ListAsync($"{Q(marker)}&pageSize=2&page=2");

        Assert.That((int?)first["total"], Is.EqualTo(3));
        Assert.That((int?)first["page"], Is.EqualTo(1));
        Assert.That((int?)first["pageSize"], Is.EqualTo(2));
        Assert.That(first["items"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That((int?)second["total"], Is.EqualTo(3));
        Assert.That((int?)second["page"], Is.EqualTo(2));
        var listed = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => (string?)i!["code"]);
        Assert.That(listed, Is.EqualTo(codes.Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task List_items_have_the_full_shape()
    {
        var marker = Unique("s");
        var fields = Fields();
        var (code, _, created) = await CreateAsync(Names($"Форма {marker}"), fields);

        var body = await ListAsync(Q(marker));

        Assert.That(body["items"]!.AsArray().Select(JsonText), Is.EqualTo(new[] { created.ToJsonString() }), code);
    }

    [TestCase("page=0")]
    [TestCase("pageSize=0")]
    [TestCase("pageSize=501")]
    [TestCase("pageSize=abc")]
    public async Task Bad_paging_is_400(string query)
    {
        await (await Client.GetAsync($"{Collection}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Name_follows_accept_language_with_russian_as_default()
    {
        var marker = Unique("l");
        var (code, _, _) = await CreateAsync(Names($"Работники {marker}", "Работнікі", "Employees"));
        var cases = new (string? Header, string Expected)[]
        {
            (null, $"Работники {marker}"), ("en", "Employees"), ("en-GB", "Employees"), ("be", "Работнікі"), ("be-BY, en;q=0.5", "Работнікі"),
            ("de, en;q=0.8", "Employees"), ("ru", $"Работники {marker}"), ("de", $"Работники {marker}"),
        };

        foreach (var (header, expected) in cases)
        {
            var request = Http.Request(HttpMethod.Get, For(code));
            if (header is not null) request.Headers.TryAddWithoutValidation("Accept-Language", header);
            var body = await (await Client.SendAsync(request)).OkJsonAsync();
            Assert.That((string?)body["name"], Is.EqualTo(expected), header ?? "(no Accept-Language)");
        }

        var listed = await ListAsync(Q(marker), acceptLanguage: "en");
        Assert.That((string?)listed["items"]![0]!["name"], Is.EqualTo("Employees"));
    }

    [TestCase("be")]
    [TestCase("en")]
    public async Task A_missing_translation_falls_back_to_russian(string language)
    {
        var marker = Unique("l");
        var (code, _, _) = await CreateAsync(Names($"Только по-русски {marker}"));

        var request = Http.Request(HttpMethod.Get, For(code));
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var body = await (await Client.SendAsync(request)).OkJsonAsync();
        var listed = await ListAsync(Q(marker), acceptLanguage: language);

        Assert.That((string?)body["name"], Is.EqualTo($"Только по-русски {marker}"));
        Assert.That((string?)body["names"]![language], Is.Null);
        Assert.That((string?)listed["items"]![0]!["name"], Is.EqualTo($"Только по-русски {marker}"));
    }

    [Test]
    public async Task Update_without_if_match_is_428()
    {
        var (code, _, _) = await CreateAsync();
        await (await Client.SendAsync(HttpMethod.Put, For(code), Body(null, Names("Новое")))).ProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Update_with_stale_etag_is_412_and_changes_nothing()
    {
        var (code, etag, _) = await CreateAsync(Names("Старое"));
        await (await Client.SendAsync(HttpMethod.Put, For(code), Body(null, Names("Первое")), etag)).OkJsonAsync();

        var stale = await Client.SendAsync(HttpMethod.Put, For(code), Body(null, Names("Второе")), etag);

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await (await Client.GetAsync(For(code))).OkJsonAsync();
        Assert.That((string?)current["names"]!["ru"], Is.EqualTo("Первое"));
        Assert.That((int?)current["version"], Is.EqualTo(2));
    }

    [Test]
    public async Task Update_with_current_etag_is_200_with_the_next_etag_and_stores_every_field()
    {
        var (code, etag, _) = await CreateAsync(Names("Старое", "Старое be", "Old"));
        var changed = ChangedFields();

        var response = await Client.SendAsync(HttpMethod.Put, For(code), Body(code, Names("Новое", en: "New"), changed), etag);

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo("\"2\""));
        Assert.That((int?)body["version"], Is.EqualTo(2));
        Assert.That(JsonText(body["names"]), Is.EqualTo(JsonText(Names("Новое", en: "New"))));
        AssertFields(body, changed);
        var stored = await (await Client.GetAsync(For(code))).OkJsonAsync();
        Assert.That(stored.ToJsonString(), Is.EqualTo(body.ToJsonString()));
    }

    [Test]
    public async Task Update_accepts_the_wildcard_if_match()
    {
        var (code, _, _) = await CreateAsync();
        var response = await Client.SendAsync(HttpMethod.Put, For(code), Body(null, Names("Любая версия")), "*");
        Assert.That((int?)(await response.OkJsonAsync())["version"], Is.EqualTo(2));
    }

    [Test]
    public async Task Update_cannot_rename_the_code()
    {
        var (code, etag, _) = await CreateAsync();
        await (await Client.SendAsync(HttpMethod.Put, For(code), Body(NewCode()), etag)).ValidationProblemAsync("code");
    }

    [Test]
    public async Task Update_validates_the_body()
    {
        var (code, etag, _) = await CreateAsync();
        await (await Client.SendAsync(HttpMethod.Put, For(code), Body(null, new JsonObject { ["en"] = "No Russian" }), etag))
            .ValidationProblemAsync("names.ru");
    }

    [Test]
    public async Task Update_of_unknown_code_is_404()
    {
        await (await Client.SendAsync(HttpMethod.Put, For("no-such-entry"), Body(null), "\"1\"")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_needs_a_current_if_match_then_removes_the_entry()
    {
        var (code, etag, _) = await CreateAsync();

        await (await Client.SendAsync(HttpMethod.Delete, For(code))).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await Client.SendAsync(HttpMethod.Delete, For(code), ifMatch: "\"99\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var deleted = await Client.SendAsync(HttpMethod.Delete, For(code), ifMatch: etag);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.GetAsync(For(code))).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(HttpMethod.Delete, For(code), ifMatch: etag)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_of_an_entry_an_activity_uses_is_409_naming_the_activity()
    {
        var (code, etag, _) = await CreateAsync();
        var activity = Unique("act");
        var rows = Rows;
        await ReferFromActivityAsync(rows, await rows.ActivityAsync(activity), code);

        await AssertDeleteRefusedAsync(code, etag, activity);
    }
}
