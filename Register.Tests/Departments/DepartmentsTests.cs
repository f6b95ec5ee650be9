using System.Net;
using Register.Api.Features.Departments;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Departments;

public sealed class DepartmentsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private async Task<(string Code, string ETag)> CreateAsync(string? name = null, string? parentCode = null)
    {
        var code = Unique("dep");
        var response = await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection,
            new { code, name = name ?? "Отдел кадров", parentCode });
        await response.OkJsonAsync(HttpStatusCode.Created);
        return (code, response.ETag());
    }

    [Test]
    public async Task Create_returns_201_with_location_etag_and_the_entry()
    {
        var code = Unique("hr");
        var response = await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new
        {
            code,
            name = "Отдел кадров",
            head = new { fullName = "Иванова Ирина Петровна", position = "Начальник отдела", email = "hr@example.by", phone = "+375 17 000-00-00" },
        });

        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(DepartmentRoutes.For(code)));
        Assert.That(response.ETag(), Is.EqualTo("\"1\""));
        Assert.That((string?)body["code"], Is.EqualTo(code));
        Assert.That((string?)body["head"]?["fullName"], Is.EqualTo("Иванова Ирина Петровна"));
    }

    [Test]
    public async Task Cyrillic_and_belarusian_names_round_trip_exactly()
    {
        const string name = "Аддзел кадраў і ўліку — «Ёлкі» №5";
        var (code, _) = await CreateAsync(name);

        var body = await (await Client.GetAsync(DepartmentRoutes.For(code))).OkJsonAsync();

        Assert.That((string?)body["name"], Is.EqualTo(name));
    }

    [Test]
    public async Task Get_unknown_code_is_404_problem()
    {
        await (await Client.GetAsync(DepartmentRoutes.For("no-such-department"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Duplicate_code_is_409()
    {
        var (code, _) = await CreateAsync();

        var response = await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code, name = "Другой" });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.That((string?)problem["detail"], Does.Contain(code));
    }

    [TestCase("HR", "code")]
    [TestCase("-hr", "code")]
    [TestCase("", "code")]
    public async Task Invalid_code_is_400_naming_the_field(string code, string field)
    {
        var response = await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code, name = "x" });
        await response.ValidationProblemAsync(field);
    }

    [Test]
    public async Task Missing_name_over_long_name_and_bad_email_are_400_with_field_paths()
    {
        await (await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code = Unique("d") }))
            .ValidationProblemAsync("name");
        await (await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code = Unique("d"), name = new string('я', 501) }))
            .ValidationProblemAsync("name");
        await (await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code = Unique("d"), name = "x", head = new { email = "not-an-email" } }))
            .ValidationProblemAsync("head.email");
    }

    [TestCase("{\"code\":\"ok\",\"name\":5}", "name")]
    [TestCase("{\"code\":\"ok\",\"name\":\"x\",\"head\":[]}", "head")]
    [TestCase("{\"code\":\"ok\",\"name\":", "name")]
    [TestCase("not json", "body")]
    public async Task Malformed_or_mistyped_json_is_400_not_500(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(DepartmentRoutes.Collection, content);
        await response.ValidationProblemAsync(field);
    }

    [Test]
    public async Task Unknown_parent_is_400()
    {
        var response = await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code = Unique("d"), name = "x", parentCode = "missing-parent" });
        await response.ValidationProblemAsync("parentCode");
    }

    [Test]
    public async Task Update_without_if_match_is_428()
    {
        var (code, _) = await CreateAsync();
        var response = await Client.SendAsync(HttpMethod.Put, DepartmentRoutes.For(code), new { name = "Новое имя" });
        await response.ProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Update_with_stale_etag_is_412_and_changes_nothing()
    {
        var (code, etag) = await CreateAsync("Старое");
        await (await Client.SendAsync(HttpMethod.Put, DepartmentRoutes.For(code), new { name = "Первое" }, etag)).OkJsonAsync();

        var stale = await Client.SendAsync(HttpMethod.Put, DepartmentRoutes.For(code), new { name = "Второе" }, etag);

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await (await Client.GetAsync(DepartmentRoutes.For(code))).OkJsonAsync();
        Assert.That((string?)current["name"], Is.EqualTo("Первое"));
    }

    [Test]
    public async Task Update_with_current_etag_is_200_with_the_next_etag()
    {
        var (code, etag) = await CreateAsync();

        var response = await Client.SendAsync(HttpMethod.Put, DepartmentRoutes.For(code), new { name = "Бухгалтерия" }, etag);

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo("\"2\""));
        Assert.That((string?)body["name"], Is.EqualTo("Бухгалтерия"));
        Assert.That((int?)body["version"], Is.EqualTo(2));
    }

    [Test]
    public async Task Update_of_unknown_code_is_404()
    {
        var response = await Client.SendAsync(HttpMethod.Put, DepartmentRoutes.For("no-such"), new { name = "x" }, "\"1\"");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_department_cannot_become_its_own_ancestor()
    {
        var (parent, parentETag) = await CreateAsync();
        var (child, _) = await CreateAsync(parentCode: parent);

        var response = await Client.SendAsync(HttpMethod.Put, DepartmentRoutes.For(parent), new { name = "x", parentCode = child }, parentETag);

        await response.ValidationProblemAsync("parentCode");
    }

    [Test]
    public async Task Delete_needs_if_match_then_removes_the_entry()
    {
        var (code, etag) = await CreateAsync();

        await (await Client.SendAsync(HttpMethod.Delete, DepartmentRoutes.For(code))).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await Client.SendAsync(HttpMethod.Delete, DepartmentRoutes.For(code), ifMatch: "\"99\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var deleted = await Client.SendAsync(HttpMethod.Delete, DepartmentRoutes.For(code), ifMatch: etag);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.GetAsync(DepartmentRoutes.For(code))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_of_a_parent_is_409_naming_its_children()
    {
        var (parent, etag) = await CreateAsync();
        var (child, _) = await CreateAsync(parentCode: parent);

        var problem = await (await Client.SendAsync(HttpMethod.Delete, DepartmentRoutes.For(parent), ifMatch: etag)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.That((string?)problem["detail"], Does.Contain(child));
    }

    [Test]
    public async Task List_pages_with_the_envelope()
    {
        var (parent, _) = await CreateAsync();
        var children = new List<string>();
        for (var i = 0; i < 3; i++) children.Add((await CreateAsync(parentCode: parent)).Code);

        var first = await (await Client.GetAsync($"{DepartmentRoutes.Collection}?parent={parent}&pageSize=2")).OkJsonAsync();
        var second = await (await Client.GetAsync($"{DepartmentRoutes.Collection}?parent={parent}&pageSize=2&page=2")).OkJsonAsync();

        Assert.That((int?)first["total"], Is.EqualTo(3));
        Assert.That((int?)first["page"], Is.EqualTo(1));
        Assert.That((int?)first["pageSize"], Is.EqualTo(2));
        var codes = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => (string?)i!["code"]);
        Assert.That(codes, Is.EqualTo(children.Order(StringComparer.Ordinal)));
    }

    [TestCase("page=0")]
    [TestCase("pageSize=501")]
    [TestCase("pageSize=abc")]
    public async Task Bad_paging_is_400(string query)
    {
        await (await Client.GetAsync($"{DepartmentRoutes.Collection}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("ПРИЁМНАЯ")]
    [TestCase("приемная")]
    [TestCase("Комиссия")]
    public async Task Q_is_case_insensitive_for_cyrillic(string term)
    {
        var marker = Unique("q");
        var (code, _) = await CreateAsync($"Приёмная КОМИССИЯ {marker}");

        var found = await (await Client.GetAsync($"{DepartmentRoutes.Collection}?q={Uri.EscapeDataString(term)}&pageSize=500")).OkJsonAsync();
        var notFound = await (await Client.GetAsync($"{DepartmentRoutes.Collection}?q={Uri.EscapeDataString(term + "-нет")}&pageSize=500")).OkJsonAsync();

        Assert.That(found["items"]!.AsArray().Select(i => (string?)i!["code"]), Does.Contain(code));
        Assert.That(notFound["items"]!.AsArray().Select(i => (string?)i!["code"]), Does.Not.Contain(code));
    }

    [Test]
    public async Task Q_treats_like_wildcards_literally()
    {
        var (code, _) = await CreateAsync($"Отдел {Unique("w")}");

        var body = await (await Client.GetAsync($"{DepartmentRoutes.Collection}?q=%25&pageSize=500")).OkJsonAsync();

        Assert.That(body["items"]!.AsArray().Select(i => (string?)i!["code"]), Does.Not.Contain(code));
    }
}
