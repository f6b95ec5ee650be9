using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>
/// Three entries built to differ in every filtered field; each filter must pick exactly the expected ones.
/// Every query also carries the fixture's unique marker in <c>q</c>, so other tests' data never matters.
/// </summary>
public sealed class ActivityListTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private string _marker = null!;
    private RegisterBuilder.Links _a = null!;
    private RegisterBuilder.Links _b = null!;
    private string _special = null!;
    private string _biometric = null!;
    private string _codeA = null!, _codeB = null!, _codeC = null!;

    [OneTimeSetUp]
    public async Task CreateEntries()
    {
        var builder = new RegisterBuilder(Client, Unique);
        _marker = $"маркер{Guid.NewGuid():N}"[..20];
        _a = await builder.LinksAsync();
        _b = await builder.LinksAsync();
        _special = await builder.DataCategoryAsync("special", "Сведения о состоянии здоровья");
        _biometric = await builder.DataCategoryAsync("biometric-genetic", "Видеоизображение");

        _codeA = await CreateAsync(RegisterBuilder.Complete(Unique("a"), _a, $"Личные дела {_marker}"));
        var b = RegisterBuilder.Complete(Unique("b"), _b, $"Видеонаблюдение {_marker}");
        b["dataCategories"] = new[] { new { code = _b.DataCategory, retention = (object?)null }, new { code = _biometric, retention = (object?)null }, new { code = _special, retention = (object?)null } };
        b["purposes"] = new[] { new { text = "Обеспечение безопасности", legalBasisCodes = new[] { RegisterBuilder.Consent }, legalReference = (string?)null } };
        b["recipients"] = new[] { new { code = _b.Recipient, transfer = (object?)new { countryCode = "ru", legalBasisCode = (string?)null } } };
        _codeB = await CreateAsync(b);
        var c = RegisterBuilder.Complete(Unique("c"), _a, $"Медицинские осмотры {_marker}");
        c["dataCategories"] = new[] { new { code = _special, retention = (object?)null } };
        c["purposes"] = new[] { new { text = "Организация медицинских осмотров", legalBasisCodes = new[] { RegisterBuilder.SpecialEmployment }, legalReference = (string?)null } };
        _codeC = await CreateAsync(c);
        var created = await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={_codeC}")).OkJsonAsync();
        var idC = (int)created["items"]![0]!["id"]!;
        var approved = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(idC), new { to = "approved" }, "\"1\"");
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await approved.Content.ReadAsStringAsync());
    }

    private async Task<string> CreateAsync(object body)
    {
        var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body);
        return (string)(await response.OkJsonAsync(HttpStatusCode.Created))["code"]!;
    }

    private async Task<IEnumerable<string?>> CodesAsync(string filter)
    {
        var body = await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={Uri.EscapeDataString(_marker)}&{filter}")).OkJsonAsync();
        return body["items"]!.AsArray().Select(i => (string?)i!["code"]);
    }

    [Test]
    public async Task Q_alone_finds_the_three_entries_in_code_order()
    {
        Assert.That(await CodesAsync("pageSize=50"), Is.EqualTo(new[] { _codeA, _codeB, _codeC }.Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task Each_filter_selects_exactly_its_entries()
    {
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await CodesAsync($"department={_b.Department}"), Is.EquivalentTo(new[] { _codeB }));
            Assert.That(await CodesAsync($"subjectCategory={_a.SubjectCategory}"), Is.EquivalentTo(new[] { _codeA, _codeC }));
            Assert.That(await CodesAsync($"dataCategory={_special}"), Is.EquivalentTo(new[] { _codeB, _codeC }));
            Assert.That(await CodesAsync($"legalBasis={RegisterBuilder.Consent}"), Is.EquivalentTo(new[] { _codeB }));
            Assert.That(await CodesAsync($"recipient={_a.Recipient}"), Is.EquivalentTo(new[] { _codeA, _codeC }));
            Assert.That(await CodesAsync($"informationSystem={_b.System}"), Is.EquivalentTo(new[] { _codeB }));
            Assert.That(await CodesAsync("npdpcCategory=biometric-genetic"), Is.EquivalentTo(new[] { _codeB }));
            Assert.That(await CodesAsync("npdpcCategory=special"), Is.EquivalentTo(new[] { _codeC }), "an entry with biometric data is not 'special'");
            Assert.That(await CodesAsync("npdpcCategory=other"), Is.EquivalentTo(new[] { _codeA }));
            Assert.That(await CodesAsync("crossBorder=true"), Is.EquivalentTo(new[] { _codeB }));
            Assert.That(await CodesAsync("crossBorder=false"), Is.EquivalentTo(new[] { _codeA, _codeC }));
            Assert.That(await CodesAsync("status=approved"), Is.EquivalentTo(new[] { _codeC }));
            Assert.That(await CodesAsync("status=draft"), Is.EquivalentTo(new[] { _codeA, _codeB }));
        });
    }

    [Test]
    public async Task Filters_combine()
    {
        Assert.That(await CodesAsync($"subjectCategory={_a.SubjectCategory}&dataCategory={_special}&status=approved"), Is.EquivalentTo(new[] { _codeC }));
        Assert.That(await CodesAsync($"department={_b.Department}&crossBorder=false"), Is.Empty);
    }

    [TestCase("ВИДЕОНАБЛЮДЕНИЕ")]
    [TestCase("видеонаблюдение")]
    [TestCase("обеспечение БЕЗОПАСНОСТИ")]
    public async Task Q_is_case_insensitive_in_cyrillic_over_title_and_purposes(string term)
    {
        var body = await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={Uri.EscapeDataString(term)}&pageSize=500")).OkJsonAsync();
        Assert.That(body["items"]!.AsArray().Select(i => (string?)i!["code"]), Does.Contain(_codeB));
    }

    [Test]
    public async Task Q_matches_latin_codes_case_insensitively()
    {
        var body = await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={_codeA.ToUpperInvariant()}")).OkJsonAsync();
        Assert.That(body["items"]!.AsArray().Select(i => (string?)i!["code"]), Is.EqualTo(new[] { _codeA }));
    }

    [Test]
    public async Task Paging_returns_the_envelope_and_splits_the_results()
    {
        var first = await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={Uri.EscapeDataString(_marker)}&pageSize=2")).OkJsonAsync();
        var second = await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={Uri.EscapeDataString(_marker)}&pageSize=2&page=2")).OkJsonAsync();

        Assert.That((int?)first["total"], Is.EqualTo(3));
        Assert.That(first["items"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(second["items"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That((int?)second["page"], Is.EqualTo(2));
    }

    [TestCase("npdpcCategory=secret", "npdpcCategory")]
    [TestCase("status=published", "status")]
    [TestCase("department=Not%20A%20Code", "department")]
    [TestCase("pageSize=0", "pageSize")]
    public async Task Bad_filters_are_400_naming_the_parameter(string filter, string field)
    {
        await (await Client.GetAsync($"{ActivityRoutes.Collection}?{filter}")).ValidationProblemAsync(field);
    }

    [Test]
    public async Task Bad_boolean_filter_is_400()
    {
        await (await Client.GetAsync($"{ActivityRoutes.Collection}?crossBorder=maybe")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Compliance_findings_list_the_register_errors_filtered_by_department_and_severity()
    {
        var builder = new RegisterBuilder(Client, Unique);
        var department = await builder.DepartmentAsync();
        var code = await CreateAsync(new { code = Unique("gap"), title = "Неполная", departmentCode = department });

        var errors = await (await Client.GetAsync($"/api/compliance/findings?department={department}&severity=error")).OkJsonAsync();
        var warnings = await (await Client.GetAsync($"/api/compliance/findings?department={department}&severity=warning")).OkJsonAsync();

        Assert.That(errors["items"]!.AsArray().Select(f => (string?)f!["activityCode"]), Has.All.EqualTo(code));
        Assert.That(errors["items"]!.AsArray().Select(f => (string?)f!["rule"]), Has.All.EqualTo("completeness"));
        Assert.That((int?)errors["total"], Is.GreaterThanOrEqualTo(4));
        Assert.That((int?)warnings["total"], Is.EqualTo(0));
    }
}
