using System.Net;
using Register.Api.Features.Operator;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

/// <summary>The operator is a single resource: these tests each start from "it exists" and read its current ETag.</summary>
public sealed class OperatorTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static object Body(string name = "Учреждение образования «Университет»", object[]? branches = null, string? unp = "100000001") => new
    {
        name,
        address = "220030, г. Минск, ул. Ленинградская, 8",
        unp,
        responsiblePerson = new
        {
            fullName = "Петрова Анна Сергеевна", position = "Начальник отдела внутреннего контроля",
            phone = "+375 17 000-00-01", email = "dpo@example.by", postalAddress = "220030, г. Минск, ул. Ленинградская, 8, к. 101",
        },
        branches = branches ?? [],
    };

    /// <summary>The operator's current ETag, creating it first when this fixture has not yet.</summary>
    private async Task<string> CurrentETagAsync()
    {
        var current = await Client.GetAsync(OperatorRoutes.Item);
        if (current.StatusCode == HttpStatusCode.OK) return current.ETag();
        var created = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body());
        await created.OkJsonAsync(HttpStatusCode.Created);
        return created.ETag();
    }

    [Test]
    public async Task Put_with_current_etag_is_200_with_the_next_version_and_round_trips_everything()
    {
        var etag = await CurrentETagAsync();
        var version = int.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        var response = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body(branches:
        [
            new { name = "Филиал в г. Гродно", address = "г. Гродно", responsiblePerson = new { fullName = "Ёлкин Пётр Ильич", email = "grodno@example.by" } },
            new { name = "Филиал в г. Бресте" },
        ]), etag);

        var body = await response.OkJsonAsync();
        Assert.That(response.ETag(), Is.EqualTo($"\"{version + 1}\""));
        Assert.That((int?)body["version"], Is.EqualTo(version + 1));
        var stored = await (await Client.GetAsync(OperatorRoutes.Item)).OkJsonAsync();
        Assert.That((string?)stored["name"], Is.EqualTo("Учреждение образования «Университет»"));
        Assert.That((string?)stored["address"], Is.EqualTo("220030, г. Минск, ул. Ленинградская, 8"));
        Assert.That((string?)stored["unp"], Is.EqualTo("100000001"));
        Assert.That((string?)stored["responsiblePerson"]!["fullName"], Is.EqualTo("Петрова Анна Сергеевна"));
        Assert.That((string?)stored["responsiblePerson"]!["postalAddress"], Is.EqualTo("220030, г. Минск, ул. Ленинградская, 8, к. 101"));
        var branches = stored["branches"]!.AsArray();
        Assert.That(branches.Select(b => (string?)b!["name"]), Is.EqualTo(new[] { "Филиал в г. Гродно", "Филиал в г. Бресте" }));
        Assert.That((string?)branches[0]!["responsiblePerson"]!["fullName"], Is.EqualTo("Ёлкин Пётр Ильич"));
        Assert.That(branches[1]!["responsiblePerson"], Is.Null);
    }

    [Test]
    public async Task Put_replaces_all_branches()
    {
        var etag = await CurrentETagAsync();
        var first = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item,
            Body(branches: [new { name = "Первый" }, new { name = "Второй" }, new { name = "Третий" }]), etag);
        await first.OkJsonAsync();

        var second = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body(branches: [new { name = "Единственный" }]), first.ETag());

        await second.OkJsonAsync();
        var stored = await (await Client.GetAsync(OperatorRoutes.Item)).OkJsonAsync();
        Assert.That(stored["branches"]!.AsArray().Select(b => (string?)b!["name"]), Is.EqualTo(new[] { "Единственный" }));
    }

    [Test]
    public async Task Put_without_if_match_once_the_operator_exists_is_428()
    {
        await CurrentETagAsync();
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body("Другое имя"))).ProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Put_with_stale_etag_is_412_and_changes_nothing()
    {
        var etag = await CurrentETagAsync();
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body("Первое"), etag)).OkJsonAsync();

        var stale = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body("Второе"), etag);

        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await (await Client.GetAsync(OperatorRoutes.Item)).OkJsonAsync();
        Assert.That((string?)current["name"], Is.EqualTo("Первое"));
    }

    [Test]
    public async Task Invalid_fields_are_400_with_field_paths()
    {
        var etag = await CurrentETagAsync();

        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, new { address = "x" }, etag)).ValidationProblemAsync("name");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body(new string('я', 501)), etag)).ValidationProblemAsync("name");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body(unp: "12345678"), etag)).ValidationProblemAsync("unp");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body(unp: "12345678a"), etag)).ValidationProblemAsync("unp");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, new { name = "x", address = new string('а', 1001) }, etag))
            .ValidationProblemAsync("address");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, new { name = "x", responsiblePerson = new { email = "not-an-email" } }, etag))
            .ValidationProblemAsync("responsiblePerson.email");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, Body(branches: [new { name = "Филиал" }, new { address = "без имени" }]), etag))
            .ValidationProblemAsync("branches[1].name");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item,
            Body(branches: [new { name = "Филиал", responsiblePerson = new { email = "nope" } }]), etag))
            .ValidationProblemAsync("branches[0].responsiblePerson.email");
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item,
            Body(branches: Enumerable.Range(0, 51).Select(i => (object)new { name = $"Филиал {i}" }).ToArray()), etag))
            .ValidationProblemAsync("branches");
    }

    [TestCase("{\"name\":5}", "name")]
    [TestCase("{\"name\":\"x\",\"branches\":{}}", "branches")]
    [TestCase("{\"name\":\"x\",\"branches\":[null]}", "branches[0]")]
    [TestCase("not json", "body")]
    public async Task Malformed_or_mistyped_json_is_400_not_500(string json, string field)
    {
        var etag = await CurrentETagAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, OperatorRoutes.Item)
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        await (await Client.SendAsync(request)).ValidationProblemAsync(field);
    }
}

/// <summary>A database where no operator has been recorded: the first PUT.</summary>
public sealed class OperatorFirstPutTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Get_is_404_until_the_first_put_which_needs_no_if_match_and_creates_version_1()
    {
        await (await Client.GetAsync(OperatorRoutes.Item)).ProblemAsync(HttpStatusCode.NotFound);
        var body = new { name = "ОАО «Оператор»", unp = "190000001" };

        // If-Match can match no current representation, "*" included (RFC 9110 13.1.1).
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, body, "\"1\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, body, "*")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Client.GetAsync(OperatorRoutes.Item)).ProblemAsync(HttpStatusCode.NotFound);

        var created = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, body);

        var createdBody = await created.OkJsonAsync(HttpStatusCode.Created);
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo(OperatorRoutes.Item));
        Assert.That((int?)createdBody["version"], Is.EqualTo(1));
        Assert.That(createdBody["responsiblePerson"], Is.Null);
        Assert.That(createdBody["branches"]!.AsArray(), Is.Empty);

        var read = await Client.GetAsync(OperatorRoutes.Item);
        var readBody = await read.OkJsonAsync();
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));
        Assert.That((string?)readBody["name"], Is.EqualTo("ОАО «Оператор»"));
        Assert.That((string?)readBody["unp"], Is.EqualTo("190000001"));

        var updated = await Client.SendAsync(HttpMethod.Put, OperatorRoutes.Item, new { name = "ОАО «Оператор-2»" }, read.ETag());
        await updated.OkJsonAsync();
        Assert.That(updated.ETag(), Is.EqualTo("\"2\""));
    }
}
