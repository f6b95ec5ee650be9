using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

public sealed class ActivitiesTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private RegisterBuilder Builder => new(Client, Unique);

    private async Task<(int Id, string ETag, JsonNode Body)> CreateAsync(object body)
    {
        var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body);
        var json = await response.OkJsonAsync(HttpStatusCode.Created);
        return ((int)json["id"]!, response.ETag(), json);
    }

    private async Task<(int Id, string ETag, JsonNode Body, Dictionary<string, object?> Request)> CreateCompleteAsync(
        RegisterBuilder.Links? links = null, Action<Dictionary<string, object?>>? change = null)
    {
        var request = RegisterBuilder.Complete(Unique("act"), links ?? await Builder.LinksAsync());
        change?.Invoke(request);
        var (id, etag, body) = await CreateAsync(request);
        return (id, etag, body, request);
    }

    private static IEnumerable<string?> Rules(JsonNode activity, string severity) =>
        activity["findings"]!.AsArray().Where(f => (string?)f!["severity"] == severity).Select(f => (string?)f!["rule"]);

    private async Task<HttpResponseMessage> TransitionAsync(int id, string to, string etag) =>
        await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to }, etag);

    [Test]
    public async Task A_bare_draft_is_created_and_its_findings_say_what_is_missing()
    {
        var code = Unique("draft");

        var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code, title = "Черновик" });

        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(ActivityRoutes.For((int)body["id"]!)));
        Assert.That(response.ETag(), Is.EqualTo("\"1\""));
        Assert.That((string?)body["status"], Is.EqualTo("draft"));
        Assert.That(Rules(body, "error"), Has.Some.EqualTo("completeness"));
        Assert.That(body["findings"]!.AsArray().Select(f => (string?)f!["path"]), Is.SupersetOf(new[] { "departmentCode", "subjectCategoryCodes", "dataCategories", "purposes", "retention", "startDate" }));
    }

    [Test]
    public async Task A_complete_entry_has_no_findings_and_round_trips_every_field()
    {
        var (id, _, created, request) = await CreateCompleteAsync();

        var body = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();

        Assert.That(body["findings"]!.AsArray(), Is.Empty, body["findings"]!.ToJsonString());
        Assert.That((string?)body["npdpcCategory"], Is.EqualTo("other"));
        Assert.That((bool?)body["crossBorder"], Is.False);
        foreach (var field in new[] { "code", "title", "departmentCode", "storageForm", "processingMethod", "dataSource", "startDate", "reviewDueDate", "terminationCondition" })
        {
            Assert.That(body[field]?.ToString(), Is.EqualTo(request[field]?.ToString()), field);
        }
        Assert.That((int?)body["estimatedSubjects"], Is.EqualTo(1200));
        Assert.That(body["actionCodes"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "collection", "storage", "use" }));
        Assert.That((string?)body["purposes"]![0]!["legalReference"], Is.EqualTo("Трудовой кодекс"));
        Assert.That((string?)body["retention"]!["kind"], Is.EqualTo("per-legislation"));
        Assert.That(created.ToJsonString(), Is.EqualTo(body.ToJsonString()));
    }

    [Test]
    public async Task Get_unknown_id_is_404()
    {
        await (await Client.GetAsync(ActivityRoutes.For(999_999))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Duplicate_code_is_409()
    {
        var code = Unique("dup");
        await CreateAsync(new { code, title = "Первая" });

        var problem = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code, title = "Вторая" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.That((string?)problem["detail"], Does.Contain(code));
    }

    [Test]
    public async Task Unknown_codes_are_400_naming_each_field()
    {
        var links = await Builder.LinksAsync();
        var request = RegisterBuilder.Complete(Unique("bad"), links);
        request["departmentCode"] = "no-such-department";
        request["dataCategories"] = new[] { new { code = links.DataCategory, retention = (object?)null }, new { code = "no-such-data", retention = (object?)null } };
        request["purposes"] = new[] { new { text = "Цель", legalBasisCodes = new[] { "no-such-basis" }, legalReference = (string?)null } };
        request["recipients"] = new[] { new { code = links.Recipient, transfer = (object?)new { countryCode = "zz", legalBasisCode = (string?)null } } };
        request["actionCodes"] = new[] { "collection", "teleport" };

        var problem = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, request)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.SupersetOf(new[]
        {
            "departmentCode", "dataCategories[1].code", "purposes[0].legalBasisCodes[0]", "recipients[0].transfer.countryCode", "actionCodes[1]",
        }));
    }

    [Test]
    public async Task A_cross_border_exception_on_a_purpose_or_a_plain_basis_on_a_transfer_is_400()
    {
        var links = await Builder.LinksAsync();
        var onPurpose = RegisterBuilder.Complete(Unique("bad"), links);
        onPurpose["purposes"] = new[] { new { text = "Цель", legalBasisCodes = new[] { RegisterBuilder.InformedConsentAbroad }, legalReference = (string?)null } };
        var onTransfer = RegisterBuilder.Complete(Unique("bad"), links);
        onTransfer["recipients"] = new[] { new { code = links.Recipient, transfer = (object?)new { countryCode = "us", legalBasisCode = RegisterBuilder.Employment } } };

        await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, onPurpose)).ValidationProblemAsync("purposes[0].legalBasisCodes[0]");
        await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, onTransfer)).ValidationProblemAsync("recipients[0].transfer.legalBasisCode");
    }

    [TestCase("storageForm", "\"cloud\"")]
    [TestCase("storageForm", "\"Paper\"")]
    [TestCase("processingMethod", "\"NonAutomated\"")]
    [TestCase("dataSource", "1")]
    [TestCase("startDate", "\"15.11.2021\"")]
    [TestCase("estimatedSubjects", "\"many\"")]
    [TestCase("includesMinorsUnder16", "\"yes\"")]
    [TestCase("subjectCategoryCodes", "\"employees\"")]
    [TestCase("purposes", "{}")]
    public async Task Wrong_json_types_and_bad_enums_are_400_naming_the_field(string field, string json)
    {
        using var content = new StringContent($"{{\"code\":\"{Unique("t")}\",\"title\":\"x\",\"{field}\":{json}}}", System.Text.Encoding.UTF8, "application/json");
        await (await Client.PostAsync(ActivityRoutes.Collection, content)).ValidationProblemAsync(field);
    }

    [Test]
    public async Task Shape_errors_are_400_with_field_paths()
    {
        var code = Unique("shape");
        async Task Expect(object body, string field) =>
            await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body)).ValidationProblemAsync(field);

        await Expect(new { code, title = "x", retention = new { kind = "fixed", period = "30 days" } }, "retention.period");
        await Expect(new { code, title = "x", retention = new { period = "P30D" } }, "retention.kind");
        await Expect(new { code, title = "x", estimatedSubjects = -1 }, "estimatedSubjects");
        await Expect(new { code, title = new string('т', 501) }, "title");
        await Expect(new { code, title = "x", subjectCategoryCodes = new[] { "a", "a" } }, "subjectCategoryCodes");
        await Expect(new { code, title = "x", subjectCategoryCodes = Enumerable.Range(0, 101).Select(i => $"c{i}").ToArray() }, "subjectCategoryCodes");
        await Expect(new { code, title = "x", dataCategories = new object?[] { null } }, "dataCategories[0]");
        await Expect(new { code, title = "x", startDate = "1800-01-01" }, "startDate");
        await Expect(new { code = "Bad Code", title = "x" }, "code");
        await Expect(new { code, title = "x\u0001" }, "title");
    }

    [Test]
    public async Task Update_needs_if_match_refuses_a_stale_one_and_accepts_the_current_one()
    {
        var (id, etag, _, request) = await CreateCompleteAsync();
        request["title"] = "Новое название";

        await (await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request)).ProblemAsync(HttpStatusCode.PreconditionRequired);
        var ok = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, etag);
        var body = await ok.OkJsonAsync();
        var stale = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, etag);

        Assert.That(ok.ETag(), Is.EqualTo("\"2\""));
        Assert.That((string?)body["title"], Is.EqualTo("Новое название"));
        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Update_cannot_rename_the_code_and_unknown_id_is_404()
    {
        var (id, etag, _, request) = await CreateCompleteAsync();
        var renamed = new Dictionary<string, object?>(request) { ["code"] = Unique("other") };

        await (await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), renamed, etag)).ValidationProblemAsync("code");
        await (await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(999_999), request, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_entry_with_errors_cannot_go_to_review_and_422_lists_the_findings()
    {
        var (id, etag, _) = await CreateAsync(new { code = Unique("incomplete"), title = "Неполная запись" });

        var problem = await (await TransitionAsync(id, "in-review", etag)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.That(problem["findings"]!.AsArray().Select(f => (string?)f!["rule"]), Has.All.EqualTo("completeness"));
        var unchanged = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
        Assert.That((string?)unchanged["status"], Is.EqualTo("draft"));
        Assert.That((int?)unchanged["version"], Is.EqualTo(1));
    }

    [Test]
    public async Task A_complete_entry_goes_through_review_approval_and_retirement()
    {
        var (id, etag, _, _) = await CreateCompleteAsync();

        var review = await TransitionAsync(id, "in-review", etag);
        var inReview = await review.OkJsonAsync();
        var approve = await TransitionAsync(id, "approved", review.ETag());
        var approved = await approve.OkJsonAsync();
        var retire = await TransitionAsync(id, "retired", approve.ETag());
        var retired = await retire.OkJsonAsync();

        Assert.That((string?)inReview["status"], Is.EqualTo("in-review"));
        Assert.That((string?)approved["status"], Is.EqualTo("approved"));
        Assert.That((string?)approved["lastApprovedOn"], Is.Not.Null);
        Assert.That((string?)retired["status"], Is.EqualTo("retired"));
        Assert.That(retire.ETag(), Is.EqualTo("\"4\""));
        await (await TransitionAsync(id, "approved", retire.ETag())).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Transitions_need_if_match_and_a_known_status()
    {
        var (id, etag, _, _) = await CreateCompleteAsync();

        await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "approved" })).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await TransitionAsync(id, "approved", "\"9\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await TransitionAsync(id, "published", etag)).ValidationProblemAsync("to");
        await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { }, etag)).ValidationProblemAsync("to");
        await (await TransitionAsync(999_999, "approved", etag)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_approved_entry_cannot_be_edited_into_an_error_state()
    {
        var (id, etag, _, request) = await CreateCompleteAsync();
        var approve = await TransitionAsync(id, "approved", etag);
        await approve.OkJsonAsync();
        request["purposes"] = Array.Empty<object>();

        var problem = await (await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, approve.ETag())).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.That(problem["findings"]!.AsArray(), Is.Not.Empty);
        var current = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
        Assert.That(current["purposes"]!.AsArray(), Has.Count.EqualTo(1), "the refused edit must leave the entry as it was");
    }

    [Test]
    public async Task Special_data_on_an_art6_basis_alone_is_an_error_finding_and_art8_clears_it()
    {
        var links = await Builder.LinksAsync("special");
        var (id, etag, body, request) = await CreateCompleteAsync(links);
        Assert.That(Rules(body, "error"), Does.Contain("special-data-basis"));
        Assert.That((string?)body["npdpcCategory"], Is.EqualTo("special"));

        request["purposes"] = new[] { new { text = "Оформление трудовых отношений", legalBasisCodes = new[] { RegisterBuilder.SpecialEmployment }, legalReference = "Трудовой кодекс" } };
        var updated = await (await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, etag)).OkJsonAsync();

        Assert.That(Rules(updated, "error"), Is.Empty, updated["findings"]!.ToJsonString());
    }

    [Test]
    public async Task A_transfer_to_a_non_adequate_country_needs_an_art9_exception()
    {
        var links = await Builder.LinksAsync();
        var (id, etag, body, request) = await CreateCompleteAsync(links, r =>
            r["recipients"] = new[] { new { code = links.Recipient, transfer = (object?)new { countryCode = "us", legalBasisCode = (string?)null } } });
        Assert.That((bool?)body["crossBorder"], Is.True);
        Assert.That(Rules(body, "error"), Does.Contain("cross-border-exception"));

        request["recipients"] = new[] { new { code = links.Recipient, transfer = (object?)new { countryCode = "us", legalBasisCode = "by-99z-art9-contract" } } };
        var fixedBody = await (await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, etag)).OkJsonAsync();
        var adequate = await CreateCompleteAsync(links, r =>
            r["recipients"] = new[] { new { code = links.Recipient, transfer = (object?)new { countryCode = "de", legalBasisCode = (string?)null } } });

        Assert.That(Rules(fixedBody, "error"), Is.Empty);
        Assert.That(Rules(adequate.Body, "error"), Is.Empty);
    }

    [Test]
    public async Task An_authorized_person_without_contract_terms_is_an_error_finding()
    {
        var links = await Builder.LinksAsync();
        var processor = await Builder.RecipientAsync("authorized-person");
        var (_, _, body, _) = await CreateCompleteAsync(links, r => r["recipients"] = new[] { new { code = processor, transfer = (object?)null } });

        Assert.That(Rules(body, "error"), Does.Contain("processor-contract"));
    }

    [Test]
    public async Task Versions_keep_every_saved_state_and_survive_a_delete()
    {
        var (id, etag, _, request) = await CreateCompleteAsync();
        request["title"] = "Второе название";
        var update = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, etag);
        await update.OkJsonAsync();

        var deleted = await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id), ifMatch: update.ETag());
        var list = await (await Client.GetAsync(ActivityRoutes.VersionsFor(id))).OkJsonAsync();
        var first = await (await Client.GetAsync(ActivityRoutes.VersionFor(id, 1))).OkJsonAsync();
        var second = await (await Client.GetAsync(ActivityRoutes.VersionFor(id, 2))).OkJsonAsync();

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.GetAsync(ActivityRoutes.For(id))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.That(list["items"]!.AsArray().Select(v => (int?)v!["version"]), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(list["items"]!.AsArray().Select(v => (bool?)v!["deleted"]), Is.EqualTo(new[] { false, false, true }));
        Assert.That((string?)first["activity"]!["title"], Is.EqualTo("Ведение личных дел работников"));
        Assert.That((string?)second["activity"]!["title"], Is.EqualTo("Второе название"));
        Assert.That((string?)second["savedAt"], Is.Not.Null);
        await (await Client.GetAsync(ActivityRoutes.VersionFor(id, 9))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_needs_a_current_if_match()
    {
        var (id, etag, _, _) = await CreateCompleteAsync();

        await (await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id))).ProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id), ifMatch: "\"5\"")).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That((await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id), ifMatch: etag)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id), ifMatch: etag)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_catalog_entry_in_use_by_an_activity_cannot_be_deleted()
    {
        var (_, _, body, _) = await CreateCompleteAsync();
        var dataCategory = (string)body["dataCategories"]![0]!["code"]!;
        var current = await Client.GetAsync($"/api/data-categories/{dataCategory}");

        var problem = await (await Client.SendAsync(HttpMethod.Delete, $"/api/data-categories/{dataCategory}", ifMatch: current.ETag())).ProblemAsync(HttpStatusCode.Conflict);

        Assert.That((string?)problem["detail"], Does.Contain((string)body["code"]!));
    }
}
