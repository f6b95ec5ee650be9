using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>A draft needs only a title and a department; tables read a light summary of each entry.</summary>
public sealed class DraftingTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private RegisterBuilder Builder => new(Client, Unique);

    [Test]
    public async Task A_draft_with_only_a_title_and_a_department_gets_a_code_from_its_title()
    {
        var department = await Builder.DepartmentAsync();
        var title = $"Учёт посетителей {Unique("x")}";

        var created = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { title, departmentCode = department }))
            .OkJsonAsync(HttpStatusCode.Created);

        Assert.That((string?)created["code"], Does.StartWith("uchet-posetiteley-x-"));
        Assert.That((string?)created["status"], Is.EqualTo("draft"));
        Assert.That(created["findings"]!.AsArray().Select(f => (string?)f!["rule"]), Does.Contain("completeness"));
    }

    [Test]
    public async Task The_same_title_twice_gets_a_numbered_second_code()
    {
        var department = await Builder.DepartmentAsync();
        var title = $"Видеонаблюдение {Unique("v")}";

        var first = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { title, departmentCode = department })).OkJsonAsync(HttpStatusCode.Created);
        var second = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { title, departmentCode = department })).OkJsonAsync(HttpStatusCode.Created);

        Assert.That((string?)second["code"], Is.EqualTo((string?)first["code"] + "-2"));
    }

    [Test]
    public async Task A_change_must_repeat_the_code()
    {
        var department = await Builder.DepartmentAsync();
        var created = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { title = "Учёт обращений", departmentCode = department });
        var body = await created.OkJsonAsync(HttpStatusCode.Created);

        var response = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For((int)body["id"]!), new { title = "Учёт обращений граждан", departmentCode = department }, created.ETag());

        await response.ValidationProblemAsync("code");
    }

    [Test]
    public async Task The_summary_view_has_the_table_fields_and_the_counts_of_the_full_entry()
    {
        var links = await Builder.LinksAsync();
        var complete = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("sum"), links)))
            .OkJsonAsync(HttpStatusCode.Created);
        await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { title = "Черновик", departmentCode = links.Department });

        var full = await (await Client.GetAsync($"{ActivityRoutes.Collection}?department={links.Department}")).OkJsonAsync();
        var summary = await (await Client.GetAsync($"{ActivityRoutes.Collection}?department={links.Department}&view=summary")).OkJsonAsync();

        Assert.That((int)summary["total"]!, Is.EqualTo((int)full["total"]!).And.EqualTo(2));
        var fields = new[] { "id", "code", "title", "departmentCode", "status", "npdpcCategory", "crossBorder", "errorCount", "warningCount", "reviewDueDate", "updatedAt", "version" };
        foreach (var (item, entry) in summary["items"]!.AsArray().Zip(full["items"]!.AsArray()))
        {
            Assert.That(item!.AsObject().Select(p => p.Key), Is.EquivalentTo(fields));
            foreach (var field in new[] { "id", "code", "title", "departmentCode", "status", "npdpcCategory", "crossBorder", "reviewDueDate", "updatedAt", "version" })
            {
                Assert.That(item[field]?.ToJsonString(), Is.EqualTo(entry![field]?.ToJsonString()), field);
            }
            Assert.That((int)item["errorCount"]!, Is.EqualTo(Count(entry!, "error")));
            Assert.That((int)item["warningCount"]!, Is.EqualTo(Count(entry!, "warning")));
        }
        Assert.That(summary["items"]!.AsArray().Select(i => (string?)i!["code"]), Does.Contain((string?)complete["code"]));
    }

    [Test]
    public async Task A_department_heads_summary_holds_only_its_departments()
    {
        var mine = await Builder.DepartmentAsync();
        var other = await Builder.DepartmentAsync();
        await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { title = "Моё", departmentCode = mine });
        await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { title = "Чужое", departmentCode = other });
        using var head = await ClientForAsync(Roles.DepartmentHead, mine);

        var summary = await (await head.GetAsync($"{ActivityRoutes.Collection}?view=summary&pageSize=500")).OkJsonAsync();

        Assert.That(summary["items"]!.AsArray().Select(i => (string?)i!["departmentCode"]).Distinct(), Is.EqualTo(new[] { mine }));
    }

    [Test]
    public async Task An_unknown_view_is_400() =>
        await (await Client.GetAsync($"{ActivityRoutes.Collection}?view=full")).ValidationProblemAsync("view");

    private static int Count(JsonNode entry, string severity) => entry["findings"]!.AsArray().Count(f => (string?)f!["severity"] == severity);
}
