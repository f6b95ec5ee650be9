using System.Net;
using Microsoft.Playwright;
using Register.Api.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>Signing in and out, and a revoked key ending its sessions at once, on static and interactive pages alike.</summary>
public sealed class SessionJourney : JourneyFixture
{
    [Test]
    public async Task A_wrong_key_is_refused_and_an_anonymous_visitor_is_sent_to_sign_in()
    {
        await Page.GotoAsync("/register");
        Assert.That(SignInPage.IsShownIn(Page), Is.True);
        var signIn = new SignInPage(Page);
        await signIn.SubmitAsync("rk_0123456789_notakeynotakeynotakeynotakeynotakeynotakey");
        await Expect(signIn.Alert).ToContainTextAsync("Ключ не подошёл");
        await Expect(Page.GetByLabel("Ключ доступа (API key)")).ToHaveValueAsync(""); // a key is never sent back
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        var home = await SignInAsync(OfficerKey);
        await home.SignOutAsync();
        await Expect(new SignInPage(Page).Notice).ToContainTextAsync("Вы вышли");
        await Page.GotoAsync("/register");
        Assert.That(SignInPage.IsShownIn(Page), Is.True);
    }

    [Test]
    public async Task The_session_cookie_is_http_only_and_same_site_strict()
    {
        await SignInAsync(OfficerKey);
        var cookie = (await Context.CookiesAsync()).Single(c => c.Name == "register.session");
        Assert.That(cookie.HttpOnly, Is.True);
        Assert.That(cookie.SameSite, Is.EqualTo(SameSiteAttribute.Strict));
    }

    [Test]
    public async Task A_revoked_key_ends_its_session_on_the_next_page()
    {
        var (info, key) = await App.IssueKeyAsync(Roles.Officer, "Сидорова");
        await SignInAsync(key);
        await RegisterListPage.OpenAsync(Page);
        Assert.That((await Officer.DeleteAsync($"/api/keys/{info.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await Page.GotoAsync("/register");
        Assert.That(SignInPage.IsShownIn(Page), Is.True);
    }

    [Test]
    public async Task A_revoked_key_ends_an_open_editor_before_its_operation_runs()
    {
        var (info, key) = await App.IssueKeyAsync(Roles.Officer, "Козлова");
        await SignInAsync(key);
        var editor = await (await RegisterListPage.OpenAsync(Page)).StartNewEntryAsync();
        await editor.TitleAsync("Черновик после отзыва ключа");
        Assert.That((await Officer.DeleteAsync($"/api/keys/{info.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/signin?ended=1");
        await Expect(new SignInPage(Page).Notice).ToContainTextAsync("ключ доступа отозван");
        var search = await Officer.GetStringAsync("/api/activities?view=summary&q=" + Uri.EscapeDataString("после отзыва"));
        Assert.That(search, Does.Contain("\"total\":0"), "Nothing was saved with the revoked key.");
    }

    [Test]
    public async Task The_language_switches_to_English_and_back()
    {
        await SignInAsync(OfficerKey);
        await Page.GetByRole(AriaRole.Button, new() { Name = "English interface" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Register overview");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Русский язык интерфейса" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Сводка по реестру");
    }
}

/// <summary>A session left idle expires (here after three seconds; thirty minutes by default).</summary>
public sealed class IdleSessionJourney : JourneyFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Register:Session:IdleMinutes"] = "0.05" };

    [Test]
    public async Task An_idle_session_expires()
    {
        await SignInAsync(OfficerKey);
        await Page.WaitForTimeoutAsync(4_000);
        await Page.GotoAsync("/register");
        Assert.That(SignInPage.IsShownIn(Page), Is.True);
    }
}
