using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Countries;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

public sealed class CountriesTests(DatabaseProvider provider) : CatalogFixture(provider)
{
    /// <summary>
    /// ISO 3166-1's user-assigned codes (AA, QM-QZ, XA-XZ, ZZ): never a real country, so never in the reference
    /// data. XK is left out: it is Kosovo's code de facto.
    /// </summary>
    private static readonly string[] UserAssignedCodes =
    [
        "aa", "zz",
        .. Enumerable.Range('m', 'z' - 'm' + 1).Select(c => $"q{(char)c}"),
        .. Enumerable.Range('a', 26).Select(c => $"x{(char)c}").Where(code => code != "xk"),
    ];

    private int _nextCode;

    protected override string Collection => CountryRoutes.Collection;

    protected override string For(string code) => CountryRoutes.For(code);

    protected override string NewCode() =>
        _nextCode < UserAssignedCodes.Length
            ? UserAssignedCodes[_nextCode++]
            : throw new InvalidOperationException("The fixture has used every user-assigned country code; split it.");

    protected override JsonObject Fields() => new()
    {
        ["adequateProtection"] = true,
        ["source"] = "Приказ НЦЗПД № 14 от 15.11.2021: участник Конвенции 108",
    };

    protected override JsonObject ChangedFields() => new() { ["adequateProtection"] = false, ["source"] = null };

    protected override async Task ReferFromActivityAsync(ReferringRows rows, int activityId, string code)
    {
        var recipient = Unique("rcp");
        await rows.RecipientAsync(recipient);
        await rows.ActivityRecipientAsync(activityId, recipient, transferCountryCode: code);
    }

    [TestCase("source", CountryRequestValidator.SourceMaxLength)]
    public Task Over_long_text_is_400_naming_the_field(string field, int maxLength) => AssertTextLimitAsync(field, maxLength);

    [TestCase("bel")]
    [TestCase("b")]
    [TestCase("b1")]
    [TestCase("by-minsk")]
    public async Task A_code_that_is_not_iso_alpha_2_is_400(string code)
    {
        await (await PostAsync(Body(code))).ValidationProblemAsync("code");
    }

    [Test]
    public async Task Adequate_protection_is_required()
    {
        var fields = Fields();
        fields.Remove("adequateProtection");
        await (await PostAsync(Body(NewCode(), fields: fields))).ValidationProblemAsync("adequateProtection");

        fields["adequateProtection"] = "yes";
        await (await PostAsync(Body(NewCode(), fields: fields))).ValidationProblemAsync("adequateProtection");
    }

    [Test]
    public async Task List_filters_by_adequate_protection()
    {
        var marker = Unique("f");
        var (adequate, _, _) = await CreateAsync(Names($"Страна {marker}"), new JsonObject { ["adequateProtection"] = true });
        var (inadequate, _, _) = await CreateAsync(Names($"Страна {marker}"), new JsonObject { ["adequateProtection"] = false });

        Assert.That(await ListCodesAsync($"{Q(marker)}&adequateProtection=true"), Is.EqualTo(new[] { adequate }));
        Assert.That(await ListCodesAsync($"{Q(marker)}&adequateProtection=false"), Is.EqualTo(new[] { inadequate }));
        Assert.That(await ListCodesAsync(Q(marker)), Is.EquivalentTo(new[] { adequate, inadequate }));
        await (await Client.GetAsync($"{Collection}?adequateProtection=maybe")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Delete_of_a_recipients_country_is_409_naming_the_recipient()
    {
        var (code, etag, _) = await CreateAsync();
        var recipient = Unique("rcp");
        await Rows.RecipientAsync(recipient, countryCode: code);

        await AssertDeleteRefusedAsync(code, etag, recipient);
    }
}
