using System.Net;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>The list's <c>sort</c>: the register's table sorts by a column, either way, ties broken by code.</summary>
public sealed class ActivitySortTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Sorts_by_title_either_way_within_the_filters()
    {
        var builder = new RegisterBuilder(Client, Unique);
        var department = await builder.DepartmentAsync();
        foreach (var title in new[] { "Бухгалтерский учёт", "Архив", "Видеонаблюдение" })
        {
            (await Client.SendAsync(HttpMethod.Post, "/api/activities", new { title, departmentCode = department })).EnsureSuccessStatusCode();
        }

        async Task<IReadOnlyList<string>> Titles(string sort)
        {
            var page = await (await Client.GetAsync($"/api/activities?view=summary&department={department}&sort={sort}")).JsonAsync();
            return page["items"]!.AsArray().Select(i => (string)i!["title"]!).ToList();
        }

        Assert.That(await Titles("title"), Is.EqualTo(new[] { "Архив", "Бухгалтерский учёт", "Видеонаблюдение" }));
        Assert.That(await Titles("-title"), Is.EqualTo(new[] { "Видеонаблюдение", "Бухгалтерский учёт", "Архив" }));
    }

    [Test]
    public async Task Refuses_a_column_it_cannot_sort_by()
    {
        var problem = await (await Client.GetAsync("/api/activities?sort=errorCount")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["sort"]![0]!.ToString(), Does.Contain("title"));
    }
}
