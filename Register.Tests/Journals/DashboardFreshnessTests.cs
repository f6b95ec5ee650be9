using System.Net;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Journals;

/// <summary>The dashboard's findings are kept between visits while the register is unchanged: a write shows at once.</summary>
public sealed class DashboardFreshnessTests(DatabaseProvider provider) : JournalFixture(provider)
{
    private async Task<int> ErrorsAsync() => (int)(await (await Officer.GetAsync("/api/dashboard")).OkJsonAsync())["findings"]!["error"]!;

    [Test]
    public async Task A_new_draft_s_errors_show_at_once_and_go_when_it_is_completed()
    {
        var links = await new RegisterBuilder(Officer, Unique).LinksAsync();
        var before = await ErrorsAsync();
        var again = await ErrorsAsync();

        var created = await Officer.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new Dictionary<string, object?> { ["title"] = "Черновик", ["departmentCode"] = links.Department });
        var draft = await created.OkJsonAsync(HttpStatusCode.Created);
        var draftErrors = draft["findings"]!.AsArray().Count(f => (string?)f!["severity"] == "error");
        var withDraft = await ErrorsAsync();
        await (await Officer.SendAsync(HttpMethod.Put, ActivityRoutes.For((int)draft["id"]!), RegisterBuilder.Complete((string)draft["code"]!, links), created.ETag())).OkJsonAsync();
        var completed = await ErrorsAsync();

        Assert.That(again, Is.EqualTo(before));
        Assert.That(draftErrors, Is.GreaterThan(0));
        Assert.That(withDraft, Is.EqualTo(before + draftErrors));
        Assert.That(completed, Is.EqualTo(before));
    }
}
