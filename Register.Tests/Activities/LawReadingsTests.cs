using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>
/// Law 99-З as amended and as the NPDPC reads it, over HTTP: biometric data is data used for unique identification,
/// depersonalised data needs no OAC class, an authorized person may act under an act or a decision, consent beside another
/// basis and a duty without its act block review.
/// </summary>
public sealed class LawReadingsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private RegisterBuilder Builder => new(Client, Unique);

    private async Task<string> DataCategoryAsync(string npdpcCategory, bool? used = null, bool depersonalised = false)
    {
        var code = Unique("data");
        var response = await Client.SendAsync(HttpMethod.Post, "/api/data-categories", new
        {
            code, names = new { ru = "Видеоизображение", en = "Video" }, group = "images", npdpcCategory,
            usedForUniqueIdentification = used, depersonalised,
        });
        await response.OkJsonAsync(HttpStatusCode.Created);
        return code;
    }

    private async Task<(JsonNode Entry, string System)> EntryWithAsync(string dataCategory, bool connected = false)
    {
        var links = await Builder.LinksAsync();
        var system = await Builder.SystemAsync(connected: connected);
        var body = RegisterBuilder.Complete(Unique("law"), links with { DataCategory = dataCategory, System = system });
        var entry = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body)).OkJsonAsync(HttpStatusCode.Created);
        return (entry, system);
    }

    private async Task<JsonNode> SystemAsync(string code) => await (await Client.GetAsync($"/api/information-systems/{code}")).OkJsonAsync();

    private static IEnumerable<string?> Rules(JsonNode entry) => entry["findings"]!.AsArray().Select(f => (string?)f!["rule"]);

    [Test]
    public async Task Video_not_used_to_identify_anyone_is_not_biometric_for_the_entry_the_system_and_the_operator_register()
    {
        var video = await DataCategoryAsync("biometric-genetic", used: false);
        var (entry, system) = await EntryWithAsync(video);

        var category = await (await Client.GetAsync($"/api/data-categories/{video}")).OkJsonAsync();
        var assessed = await SystemAsync(system);

        Assert.That((string?)category["npdpcCategory"], Is.EqualTo("biometric-genetic"), "the officer's record stands");
        Assert.That((string?)category["effectiveNpdpcCategory"], Is.EqualTo("other"));
        Assert.That((string?)entry["npdpcCategory"], Is.EqualTo("other"));
        Assert.That(Rules(entry), Has.None.EqualTo("special-data-basis").And.None.EqualTo("special-data-protection").And.None.EqualTo("operator-registry"));
        Assert.That((string?)assessed["oacClass"], Is.EqualTo("4-ин"));
        Assert.That((bool)assessed["operatorRegistryRequired"]!, Is.False);
    }

    [TestCase(true)]
    [TestCase(null)]
    public async Task Biometric_data_used_or_not_said_to_be_unused_stays_biometric(bool? used)
    {
        var face = await DataCategoryAsync("biometric-genetic", used: used);
        var (entry, system) = await EntryWithAsync(face);

        var assessed = await SystemAsync(system);

        Assert.That((string?)entry["npdpcCategory"], Is.EqualTo("biometric-genetic"));
        Assert.That((string?)assessed["oacClass"], Is.EqualTo("4-бг"));
        Assert.That((bool)assessed["operatorRegistryRequired"]!, Is.True);
        Assert.That(Rules(entry), Does.Contain("special-data-basis"), "Art. 6 bases alone do not allow biometric data");
    }

    [Test]
    public async Task A_system_holding_only_depersonalised_data_needs_no_oac_class_until_identified_data_joins_it()
    {
        var depersonalised = await DataCategoryAsync("other", depersonalised: true);
        var (_, system) = await EntryWithAsync(depersonalised);

        var alone = await SystemAsync(system);
        var links = await Builder.LinksAsync();
        await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("law"), links with { System = system }));
        var joined = await SystemAsync(system);

        Assert.That(alone["oacClass"]?.GetValueKind(), Is.EqualTo(null).Or.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That((string?)alone["oacClassGround"], Is.EqualTo("public-or-depersonalised-data-only"));
        Assert.That((string?)joined["oacClass"], Is.EqualTo("4-ин"));
        Assert.That((string?)joined["oacClassGround"], Is.EqualTo("classified"));
    }

    [Test]
    public async Task The_category_filter_reads_categories_as_the_law_does()
    {
        var video = await DataCategoryAsync("biometric-genetic", used: false);
        var (entry, _) = await EntryWithAsync(video);
        var id = (int)entry["id"]!;

        var asOther = await (await Client.GetAsync($"{ActivityRoutes.Collection}?dataCategory={video}&npdpcCategory=other")).OkJsonAsync();
        var asBiometric = await (await Client.GetAsync($"{ActivityRoutes.Collection}?dataCategory={video}&npdpcCategory=biometric-genetic")).OkJsonAsync();

        Assert.That(asOther["items"]!.AsArray().Select(i => (int)i!["id"]!), Does.Contain(id));
        Assert.That(asBiometric["items"]!.AsArray(), Is.Empty);
    }

    private static object Terms(string? number = null) => new
    {
        number, date = (string?)null, purposes = "Обработка по поручению оператора", actions = new[] { "storage" }, confidentiality = true,
        measures = new[] { "access-control" },
    };

    private async Task<JsonNode> EntryWithRecipientAsync(object recipient)
    {
        var code = Unique("proc");
        var created = await Client.SendAsync(HttpMethod.Post, "/api/recipients", recipient is Dictionary<string, object?> fields
            ? new Dictionary<string, object?>(fields) { ["code"] = code }
            : throw new ArgumentException("fields", nameof(recipient)));
        await created.OkJsonAsync(HttpStatusCode.Created);
        var links = await Builder.LinksAsync();
        return await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("law"), links with { Recipient = code })))
            .OkJsonAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task An_authorized_person_under_an_act_of_legislation_with_its_reference_and_terms_needs_no_contract_number()
    {
        var entry = await EntryWithRecipientAsync(new Dictionary<string, object?>
        {
            ["name"] = "Главный информационно-аналитический центр", ["kind"] = "authorized-person", ["authorityKind"] = "legislation",
            ["documentReference"] = "Постановление Минобразования № 1 от 01.01.2022, п. 5", ["contract"] = Terms(),
        });

        Assert.That(Rules(entry), Has.None.EqualTo("processor-contract"));
    }

    [Test]
    public async Task An_authorized_person_under_a_decision_without_its_reference_is_an_error_at_the_reference()
    {
        var entry = await EntryWithRecipientAsync(new Dictionary<string, object?>
        {
            ["name"] = "Подведомственная организация", ["kind"] = "authorized-person", ["authorityKind"] = "state-body-decision", ["contract"] = Terms(),
        });

        var finding = entry["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "processor-contract");
        Assert.That((string?)finding!["path"], Is.EqualTo("recipients[0].documentReference"));
        Assert.That((string?)finding["severity"], Is.EqualTo("error"));
    }

    [Test]
    public async Task A_contract_still_needs_its_number()
    {
        var entry = await EntryWithRecipientAsync(new Dictionary<string, object?>
        {
            ["name"] = "Обслуживающая организация", ["kind"] = "authorized-person", ["contract"] = Terms(),
        });

        var finding = entry["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "processor-contract");
        Assert.That((string?)finding!["path"], Is.EqualTo("recipients[0].contract"));
        Assert.That((string?)finding["message"], Does.Contain("contract number"));
    }

    [Test]
    public async Task A_reference_beside_a_contract_or_an_authority_for_a_third_party_is_400()
    {
        var withReference = await Client.SendAsync(HttpMethod.Post, "/api/recipients", new
        {
            code = Unique("r"), name = "Подрядчик", kind = "authorized-person", authorityKind = "contract", documentReference = "Приказ № 1", contract = Terms("Д-1"),
        });
        var thirdParty = await Client.SendAsync(HttpMethod.Post, "/api/recipients", new
        {
            code = Unique("r"), name = "Банк", kind = "third-party", authorityKind = "legislation",
        });

        await withReference.ValidationProblemAsync("documentReference");
        await thirdParty.ValidationProblemAsync("authorityKind");
    }

    private async Task<HttpResponseMessage> SubmitAsync(Dictionary<string, object?> body)
    {
        var created = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body);
        var entry = await created.OkJsonAsync(HttpStatusCode.Created);
        return await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor((int)entry["id"]!), new { to = "in-review" }, created.ETag());
    }

    [Test]
    public async Task Consent_beside_another_basis_for_one_purpose_blocks_review()
    {
        var links = await Builder.LinksAsync();
        var body = RegisterBuilder.Complete(Unique("law"), links);
        body["purposes"] = new[] { new { text = "Оформление трудовых отношений", legalBasisCodes = new[] { RegisterBuilder.Employment, RegisterBuilder.Consent }, legalReference = "Трудовой кодекс" } };

        var problem = await (await SubmitAsync(body)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.That(problem["findings"]!.AsArray().Select(f => (string?)f!["rule"]), Does.Contain("consent-with-other-basis"));
    }

    [TestCase(null, HttpStatusCode.UnprocessableEntity)]
    [TestCase("Закон № 99-З, ст. 17 п. 1", HttpStatusCode.OK)]
    public async Task A_purpose_on_a_legal_duty_must_name_the_act(string? act, HttpStatusCode expected)
    {
        var links = await Builder.LinksAsync();
        var body = RegisterBuilder.Complete(Unique("law"), links);
        body["purposes"] = new[] { new { text = "Исполнение обязанностей оператора", legalBasisCodes = new[] { "by-99z-art6-legal-duty" }, legalReference = act } };

        var response = await SubmitAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.UnprocessableEntity)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.That(problem["findings"]!.AsArray().Select(f => (string?)f!["rule"]), Does.Contain("legislative-act-reference"));
        }
    }

    [TestCase("Для обеспечения соблюдения законодательства", true)]
    [TestCase("Для разработки новых услуг", true)]
    [TestCase("Оформление трудовых отношений с работниками", false)]
    public async Task A_purpose_the_NPDPC_rejects_as_vague_is_a_warning_and_a_concrete_one_is_not(string purpose, bool vague)
    {
        var links = await Builder.LinksAsync();
        var body = RegisterBuilder.Complete(Unique("law"), links);
        body["purposes"] = new[] { new { text = purpose, legalBasisCodes = new[] { RegisterBuilder.Employment }, legalReference = "Трудовой кодекс" } };

        var entry = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body)).OkJsonAsync(HttpStatusCode.Created);
        var finding = entry["findings"]!.AsArray().FirstOrDefault(f => (string?)f!["rule"] == "vague-purpose");

        Assert.That(finding is not null, Is.EqualTo(vague), entry["findings"]!.ToJsonString());
        if (vague) Assert.That((string?)finding!["severity"], Is.EqualTo("warning"));
    }
}
