using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Access;

/// <summary>A department head bound to department A, beside entries of A and of B made by the officer.</summary>
public sealed class DepartmentScopingTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private HttpClient _head = null!;
    private RegisterBuilder.Links _linksA = null!;
    private RegisterBuilder.Links _linksB = null!;
    private int _idA, _idB;
    private string _codeA = null!, _codeB = null!;

    [OneTimeSetUp]
    public async Task CreateEntries()
    {
        var builder = new RegisterBuilder(Client, Unique);
        _linksA = await builder.LinksAsync();
        _linksB = await builder.LinksAsync();
        (_idA, _codeA) = await CreateAsync(Client, RegisterBuilder.Complete(Unique("a"), _linksA));
        (_idB, _codeB) = await CreateAsync(Client, RegisterBuilder.Complete(Unique("b"), _linksB));
        _head = await ClientForAsync(Roles.DepartmentHead, _linksA.Department);
    }

    private static async Task<(int Id, string Code)> CreateAsync(HttpClient client, object body)
    {
        var json = await (await client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body)).OkJsonAsync(HttpStatusCode.Created);
        return ((int)json["id"]!, (string)json["code"]!);
    }

    private static IEnumerable<string?> Codes(JsonNode page) => page["items"]!.AsArray().Select(i => (string?)i!["code"]);

    [Test]
    public async Task Lists_hold_only_its_departments_whatever_the_filter()
    {
        var all = await (await _head.GetAsync($"{ActivityRoutes.Collection}?pageSize=500")).OkJsonAsync();
        var askedForB = await (await _head.GetAsync($"{ActivityRoutes.Collection}?department={_linksB.Department}")).OkJsonAsync();
        var byRecipientOfB = await (await _head.GetAsync($"{ActivityRoutes.Collection}?recipient={_linksB.Recipient}")).OkJsonAsync();
        var officerSeesB = await (await Client.GetAsync($"{ActivityRoutes.Collection}?department={_linksB.Department}")).OkJsonAsync();

        Assert.That(Codes(all), Does.Contain(_codeA).And.Not.Contain(_codeB));
        Assert.That(all["items"]!.AsArray().Select(i => (string?)i!["departmentCode"]), Has.All.EqualTo(_linksA.Department));
        Assert.That(Codes(askedForB), Is.Empty);
        Assert.That((int?)askedForB["total"], Is.EqualTo(0));
        Assert.That(Codes(byRecipientOfB), Is.Empty);
        Assert.That(Codes(officerSeesB), Does.Contain(_codeB));
    }

    [Test]
    public async Task Another_departments_entry_is_404_for_reads_writes_history_and_transitions()
    {
        var body = RegisterBuilder.Complete(_codeB, _linksB);

        await (await _head.GetAsync(ActivityRoutes.For(_idB))).ProblemAsync(HttpStatusCode.NotFound);
        await (await _head.SendAsync(HttpMethod.Put, ActivityRoutes.For(_idB), body, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _head.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(_idB), new { to = "in-review" }, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _head.GetAsync(ActivityRoutes.VersionsFor(_idB))).ProblemAsync(HttpStatusCode.NotFound);
        await (await _head.GetAsync(ActivityRoutes.VersionFor(_idB, 1))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.That((await _head.GetAsync(ActivityRoutes.For(_idA))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task It_drafts_in_its_department_only()
    {
        var inOwn = await _head.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("own"), _linksA));
        var inOther = await _head.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("other"), _linksB));
        var withoutDepartment = await _head.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code = Unique("none"), title = "Без отдела" });

        Assert.That(inOwn.StatusCode, Is.EqualTo(HttpStatusCode.Created), await inOwn.Content.ReadAsStringAsync());
        await inOther.ProblemAsync(HttpStatusCode.Forbidden);
        await withoutDepartment.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task It_cannot_move_its_entry_to_another_department()
    {
        var (id, code) = await CreateAsync(_head, RegisterBuilder.Complete(Unique("move"), _linksA));
        var moved = RegisterBuilder.Complete(code, _linksA);
        moved["departmentCode"] = _linksB.Department;

        await (await _head.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), moved, "\"1\"")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task It_submits_for_review_but_never_approves_nor_edits_what_is_in_review()
    {
        var (id, code) = await CreateAsync(_head, RegisterBuilder.Complete(Unique("flow"), _linksA));

        await (await _head.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "approved" }, "\"1\"")).ProblemAsync(HttpStatusCode.Forbidden);
        var submitted = await _head.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "in-review" }, "\"1\"");
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await submitted.Content.ReadAsStringAsync());
        await (await _head.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), RegisterBuilder.Complete(code, _linksA), submitted.ETag())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await _head.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "draft" }, submitted.ETag())).ProblemAsync(HttpStatusCode.Forbidden);
        var approved = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "approved" }, submitted.ETag());
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the officer approves");
    }

    [Test]
    public async Task It_edits_its_drafts()
    {
        var (id, code) = await CreateAsync(_head, RegisterBuilder.Complete(Unique("edit"), _linksA));
        var body = RegisterBuilder.Complete(code, _linksA, "Уточнённое название");

        var updated = await (await _head.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), body, "\"1\"")).OkJsonAsync();

        Assert.That((string?)updated["title"], Is.EqualTo("Уточнённое название"));
        Assert.That((string?)updated["updatedBy"], Does.StartWith("test-department-head"));
    }

    [Test]
    public async Task Compliance_findings_cover_only_its_departments()
    {
        await CreateAsync(Client, new { code = Unique("gap-b"), title = "Неполная B", departmentCode = _linksB.Department });
        await CreateAsync(Client, new { code = Unique("gap-a"), title = "Неполная A", departmentCode = _linksA.Department });

        var findings = await (await _head.GetAsync("/api/compliance/findings?pageSize=500")).OkJsonAsync();

        Assert.That(findings["items"]!.AsArray().Select(f => (string?)f!["departmentCode"]), Has.All.EqualTo(_linksA.Department));
        Assert.That((int?)findings["total"], Is.GreaterThan(0));
    }
}
