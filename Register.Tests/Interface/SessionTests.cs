using System.Net;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Web;
using Register.Tests.Infrastructure;
using static Register.Tests.Interface.InterfaceHttp;

namespace Register.Tests.Interface;

/// <summary>
/// The interface's session over HTTP, on both engines: the cookie's flags, instances sharing sessions through the database's
/// Data Protection keys, antiforgery on every post, the API refusing the cookie, and the security headers.
/// </summary>
public sealed class SessionTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Signing_in_sets_an_http_only_same_site_strict_session_cookie()
    {
        var (_, key) = await IssueKeyAsync(Roles.Auditor);
        using var client = Browserless(Factory);
        var response = await SignInAsync(client, key);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        Assert.That((await client.GetAsync("/register")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Another_instance_on_the_same_database_accepts_the_session()
    {
        var (_, key) = await IssueKeyAsync(Roles.Officer);
        var cookie = await SessionCookieAsync(key);

        await using var second = new RegisterApiFactory(Database);
        using var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        other.DefaultRequestHeaders.Add("Cookie", cookie);
        var response = await other.GetAsync("/register");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "The second instance reads the first's cookie with the keys in the database.");
    }

    [Test]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        var (_, key) = await IssueKeyAsync(Roles.Officer);
        using var client = Browserless(Factory);
        await SignInAsync(client, key);

        var signOut = await client.PostAsync(SessionAuthentication.SignOutPath, new FormUrlEncodedContent([]));
        var language = await client.PostAsync(InterfaceEndpoint.LanguagePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "en" }));
        var keyForm = await client.PostAsync("/keys", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "create-key", ["Name"] = "x", ["Role"] = "auditor" }));

        Assert.That(new[] { signOut.StatusCode, language.StatusCode, keyForm.StatusCode }, Is.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await client.GetAsync("/register")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "Still signed in.");
    }

    [Test]
    public async Task The_catalog_and_snapshot_forms_refuse_a_post_without_an_antiforgery_token()
    {
        var (_, key) = await IssueKeyAsync(Roles.Officer);
        using var client = Browserless(Factory);
        await SignInAsync(client, key);

        var create = await client.PostAsync("/catalogs/processing-actions/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "catalog-entry", ["code"] = "forged-action", ["names.ru"] = "Подделка",
        }));
        var delete = await client.PostAsync("/catalogs/processing-actions/collection/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "catalog-delete", ["_version"] = "1",
        }));
        var keep = await client.PostAsync("/reports", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "keep-snapshot", ["Report"] = "supervisory" }));

        Assert.That(new[] { create.StatusCode, delete.StatusCode, keep.StatusCode }, Is.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Client.GetAsync("/api/processing-actions/forged-action")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Client.GetAsync("/api/processing-actions/collection")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_template_and_snapshot_downloads_apply_the_operations_roles()
    {
        var (_, officerKey) = await IssueKeyAsync(Roles.Officer);
        var (_, auditorKey) = await IssueKeyAsync(Roles.Auditor);
        using var officer = Browserless(Factory);
        await SignInAsync(officer, officerKey);
        using var auditor = Browserless(Factory);
        await SignInAsync(auditor, auditorKey);

        var template = await officer.GetAsync(InterfaceEndpoint.TemplateFor("csv", "ru"));
        Assert.That(template.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(template.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That((await auditor.GetAsync(InterfaceEndpoint.TemplateFor("xlsx", "ru"))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the auditor drafts nothing");

        var kept = await Client.PostAsync("/api/reports/information-systems/snapshots",
            new StringContent("""{"format":"csv","note":"проверка"}""", System.Text.Encoding.UTF8, "application/json"));
        var id = System.Text.Json.JsonDocument.Parse(await kept.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var download = await auditor.GetAsync(InterfaceEndpoint.SnapshotFor(id));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var api = await Client.GetAsync($"/api/reports/snapshots/{id}");
        Assert.That(bytes, Is.EqualTo(await api.Content.ReadAsByteArrayAsync()), "the interface gives back the very bytes the API does");
        Assert.That(download.Headers.GetValues("Digest"), Is.EqualTo(api.Headers.GetValues("Digest")));

        var (_, headKey) = await IssueKeyAsync(Roles.DepartmentHead);
        using var head = Browserless(Factory);
        await SignInAsync(head, headKey);
        Assert.That((await head.GetAsync(InterfaceEndpoint.SnapshotFor(id))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_api_accepts_keys_only_not_the_session_cookie()
    {
        var (_, key) = await IssueKeyAsync(Roles.Officer);
        using var client = Browserless(Factory);
        await SignInAsync(client, key);
        Assert.That((await client.GetAsync("/api/activities")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Every_page_carries_the_security_headers()
    {
        using var client = Browserless(Factory);
        foreach (var path in new[] { "/signin", "/", "/api/activities", "/swagger/index.html" })
        {
            var response = await client.GetAsync(path);
            var headers = response.Headers;
            Assert.That(headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }), path);
            Assert.That(headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "same-origin" }), path);
            Assert.That(string.Join(" ", headers.GetValues("Content-Security-Policy")), Does.Contain("frame-ancestors 'none'"), path);
        }
        var page = await client.GetAsync("/signin");
        Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(SecurityHeaders.InterfacePolicy));
        Assert.That(SecurityHeaders.InterfacePolicy, Does.Not.Contain("unsafe"));
    }

    [Test]
    public async Task An_anonymous_page_request_is_sent_to_sign_in_and_an_api_request_gets_401()
    {
        using var client = Browserless(Factory);
        var page = await client.GetAsync("/register");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location?.ToString(), Does.Contain(SessionAuthentication.SignInPath));
        Assert.That((await client.GetAsync("/api/activities")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_report_downloads_through_the_session_with_the_reports_operation()
    {
        var (_, key) = await IssueKeyAsync(Roles.Auditor);
        using var client = Browserless(Factory);
        await SignInAsync(client, key);
        var response = await client.GetAsync(InterfaceEndpoint.ReportPath("supervisory") + "&format=csv&lang=en&department=&asOf=");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.StartWith("supervisory-"));
    }

    private async Task<string> SessionCookieAsync(string key)
    {
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var signin = await client.GetAsync("/signin");
        var antiforgery = signin.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var html = await signin.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["Form.Key"] = key,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));
        var response = await client.SendAsync(post);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionAuthentication.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
    }
}
