using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

public sealed class ProtectionMeasuresTests(DatabaseProvider provider) : CatalogFixture(provider)
{
    protected override string Collection => ProtectionMeasureRoutes.Collection;

    protected override string For(string code) => ProtectionMeasureRoutes.For(code);

    protected override string NewCode() => Unique("measure");

    protected override JsonObject Fields() => new() { ["kind"] = "cryptographic", ["cryptoMeans"] = "СКЗИ «Авест CSP», сертификат ОАЦ" };

    protected override JsonObject ChangedFields() => new() { ["kind"] = "technical", ["cryptoMeans"] = null };

    protected override Task ReferFromActivityAsync(ReferringRows rows, int activityId, string code) => rows.ActivityProtectionMeasureAsync(activityId, code);

    [TestCase("cryptoMeans", ProtectionMeasureRequestValidator.CryptoMeansMaxLength)]
    public Task Over_long_text_is_400_naming_the_field(string field, int maxLength) => AssertTextLimitAsync(field, maxLength);

    [Test]
    public Task Kind_takes_exactly_the_contract_names() => AssertEnumFieldAsync("kind", ["organisational", "technical", "cryptographic"]);

    [TestCase("cryptographic", "organisational")]
    [TestCase("technical", "cryptographic")]
    public Task List_filters_by_kind(string value, string otherValue) => AssertEnumFilterAsync("kind", "kind", value, otherValue);

    [Test]
    public async Task Crypto_means_are_optional_even_for_cryptographic_measures_and_always_in_the_response()
    {
        var body = await (await PostAsync(Body(NewCode(), fields: new JsonObject { ["kind"] = "cryptographic" }))).OkJsonAsync(HttpStatusCode.Created);

        Assert.That(body.AsObject().ContainsKey("cryptoMeans"), Is.True);
        Assert.That((string?)body["cryptoMeans"], Is.Null);
    }

    [Test]
    public async Task Delete_of_a_measure_in_a_recipients_contract_is_409_naming_the_recipient()
    {
        var (code, etag, _) = await CreateAsync();
        var recipient = Unique("rcp");
        await Rows.RecipientAsync(recipient);
        await Rows.RecipientContractMeasureAsync(recipient, code);

        await AssertDeleteRefusedAsync(code, etag, recipient);
    }
}
