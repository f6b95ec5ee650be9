using System.Net;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Web;
using Register.Tests.Infrastructure;
using static Register.Tests.Interface.InterfaceHttp;

namespace Register.Tests.Interface;

/// <summary>The register-wide findings page shows each finding's own message in the interface's language.</summary>
public sealed class FindingsPageTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Shows_the_messages_in_Russian_and_in_English_once_switched()
    {
        var code = Unique("draft");
        (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code, title = "Черновик без подразделения" })).EnsureSuccessStatusCode();
        var (_, key) = await IssueKeyAsync(Roles.Officer);
        using var client = Browserless(Factory);
        await SignInAsync(client, key);
        var path = "/findings?rule=completeness";

        var russian = WebUtility.HtmlDecode(await client.GetStringAsync(path));
        // The cell carries no lang="en" of its own: the page's language is the message's.
        Assert.That(russian, Does.Contain(code)
            .And.Contain("<td>В записи не указано подразделение: укажите структурное подразделение, руководитель которого ведёт эту запись.</td>"));

        var token = await TokenAsync(client, path);
        var switched = await client.PostAsync(InterfaceEndpoint.LanguagePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lang"] = "en", ["returnUrl"] = path, ["__RequestVerificationToken"] = token,
        }));
        Assert.That(switched.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var english = WebUtility.HtmlDecode(await client.GetStringAsync(path));
        Assert.That(english, Does.Contain("<td>The entry has no department: name the structural unit whose head keeps this entry.</td>"));
    }
}
