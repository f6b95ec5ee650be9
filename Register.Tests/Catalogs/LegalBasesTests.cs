using System.Text.Json.Nodes;
using Register.Api.Features.LegalBases;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

public sealed class LegalBasesTests(DatabaseProvider provider) : CatalogFixture(provider)
{
    protected override string Collection => LegalBasisRoutes.Collection;

    protected override string For(string code) => LegalBasisRoutes.For(code);

    protected override string NewCode() => Unique("basis");

    protected override JsonObject Fields() => new()
    {
        ["kind"] = "general",
        ["citation"] = "ст. 6 абз. 8",
        ["law"] = "Закон Республики Беларусь от 07.05.2021 № 99-З «О защите персональных данных»",
    };

    protected override JsonObject ChangedFields() => new() { ["kind"] = "cross-border", ["citation"] = "ст. 9 п. 1 абз. 2", ["law"] = null };

    protected override Task ReferFromActivityAsync(ReferringRows rows, int activityId, string code) => rows.ActivityPurposeAsync(activityId, code);

    [TestCase("citation", LegalBasisRequestValidator.CitationMaxLength)]
    [TestCase("law", LegalBasisRequestValidator.LawMaxLength)]
    public Task Over_long_text_is_400_naming_the_field(string field, int maxLength) => AssertTextLimitAsync(field, maxLength);

    [Test]
    public Task Kind_takes_exactly_the_contract_names() => AssertEnumFieldAsync("kind", ["consent", "general", "special", "cross-border"]);

    [TestCase("consent", "general")]
    [TestCase("cross-border", "special")]
    public Task List_filters_by_kind(string value, string otherValue) => AssertEnumFilterAsync("kind", "kind", value, otherValue);

    [Test]
    public async Task Q_finds_a_basis_by_its_citation_as_last_saved()
    {
        var marker = Unique("c");
        var fields = Fields();
        fields["citation"] = $"Ст. 8 П. 2 абз. 7 {marker}";
        var (code, etag, _) = await CreateAsync(fields: fields);

        Assert.That(await ListCodesAsync(Q($"ст. 8 п. 2 абз. 7 {marker}")), Is.EqualTo(new[] { code }));

        var changed = Fields();
        changed["citation"] = $"ст. 6 абз. 2 {marker}";
        await (await Client.SendAsync(HttpMethod.Put, For(code), Body(code, fields: changed), etag)).OkJsonAsync();
        Assert.That(await ListCodesAsync(Q($"ст. 8 п. 2 абз. 7 {marker}")), Is.Empty);
        Assert.That(await ListCodesAsync(Q($"ст. 6 абз. 2 {marker}")), Is.EqualTo(new[] { code }));
    }

    [Test]
    public async Task Delete_of_a_basis_a_cross_border_transfer_rests_on_is_409_naming_the_activity()
    {
        var (code, etag, _) = await CreateAsync();
        var rows = Rows;
        var recipient = Unique("rcp");
        var activity = Unique("act");
        await rows.RecipientAsync(recipient);
        await rows.ActivityRecipientAsync(await rows.ActivityAsync(activity), recipient, transferLegalBasisCode: code);

        await AssertDeleteRefusedAsync(code, etag, activity);
    }
}
