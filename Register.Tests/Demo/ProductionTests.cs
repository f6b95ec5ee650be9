using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.LegalBases;
using Register.Api.Features.Operator;
using Register.Api.Features.ProcessingActions;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Seeding;
using Register.Tests.Infrastructure;

namespace Register.Tests.Demo;

/// <summary>
/// A new database without demo data (production): the law's catalogs and nothing else. The officer then edits
/// and deletes reference entries, and the application restarts on the same database: the seeding must neither
/// undo the officer's work nor add anything.
/// </summary>
public sealed class ProductionTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const string EditedCountry = "us";
    private const string DeletedCountry = "tv"; // Tuvalu: referred to by nothing in an empty register
    private const string EditedBasis = "by-99z-consent";

    private IReadOnlyDictionary<string, string> _fresh = null!;
    private IReadOnlyDictionary<string, string> _beforeRestart = null!;
    private IReadOnlyDictionary<string, string> _afterRestart = null!;
    private bool _usAdequateAsEdited;
    private string _basisNameAsEdited = null!;
    private RegisterApiFactory? _restarted;
    private HttpClient _after = null!;

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?> { [DemoRegisterLoader.SettingKey] = "false" };

    [OneTimeSetUp]
    public async Task EditThenRestart()
    {
        _fresh = await RegisterState.ReadAsync(Client);

        var (country, countryETag) = await GetAsync(CountryRoutes.For(EditedCountry));
        _usAdequateAsEdited = !(bool)country["adequateProtection"]!;
        await (await Client.SendAsync(HttpMethod.Put, CountryRoutes.For(EditedCountry), new JsonObject
        {
            ["code"] = EditedCountry,
            ["names"] = country["names"]!.DeepClone(),
            ["adequateProtection"] = _usAdequateAsEdited,
            ["source"] = "Решение уполномоченного лица (тест)",
        }, countryETag)).OkJsonAsync();

        var (basis, basisETag) = await GetAsync(LegalBasisRoutes.For(EditedBasis));
        var names = basis["names"]!.DeepClone().AsObject();
        _basisNameAsEdited = $"{(string)names["ru"]!} (в редакции уполномоченного лица)";
        names["ru"] = _basisNameAsEdited;
        await (await Client.SendAsync(HttpMethod.Put, LegalBasisRoutes.For(EditedBasis), new JsonObject
        {
            ["code"] = EditedBasis,
            ["names"] = names,
            ["kind"] = basis["kind"]!.DeepClone(),
            ["citation"] = basis["citation"]?.DeepClone(),
            ["law"] = basis["law"]?.DeepClone(),
        }, basisETag)).OkJsonAsync();

        var (_, deletedETag) = await GetAsync(CountryRoutes.For(DeletedCountry));
        var deleted = await Client.SendAsync(HttpMethod.Delete, CountryRoutes.For(DeletedCountry), ifMatch: deletedETag);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await deleted.Content.ReadAsStringAsync());

        _beforeRestart = await RegisterState.ReadAsync(Client);
        await Factory.DisposeAsync();
        (_restarted, _after) = await RegisterState.RestartAsync(Database, Settings());
        _afterRestart = await RegisterState.ReadAsync(_after);
    }

    [OneTimeTearDown]
    public async Task StopTheRestartedApplication()
    {
        _after?.Dispose();
        if (_restarted is not null) await _restarted.DisposeAsync();
    }

    [Test]
    public void A_new_database_has_the_reference_data()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Count(_fresh, LegalBasisRoutes.Collection), Is.EqualTo(45), "consent, ст. 6 абз. 2-21, ст. 8 п. 2 абз. 2-18, ст. 9 п. 1 абз. 2-8");
            Assert.That(Count(_fresh, CountryRoutes.Collection), Is.EqualTo(249));
            Assert.That(Count(_fresh, ProcessingActionRoutes.Collection), Is.EqualTo(10));
            Assert.That(Count(_fresh, ProtectionMeasureRoutes.Collection), Is.EqualTo(19));
        });
    }

    [Test]
    public void A_new_database_has_no_demo_entries()
    {
        Assert.Multiple(() =>
        {
            foreach (var list in new[]
                     {
                         ActivityRoutes.Collection, DepartmentRoutes.Collection, SubjectCategoryRoutes.Collection, DataCategoryRoutes.Collection,
                         RecipientRoutes.Collection, InformationSystemRoutes.Collection,
                     })
            {
                Assert.That(Count(_fresh, list), Is.Zero, list);
                Assert.That(Count(_afterRestart, list), Is.Zero, list);
            }
            Assert.That(_fresh[OperatorRoutes.Item], Is.EqualTo("none"));
            Assert.That(_afterRestart[OperatorRoutes.Item], Is.EqualTo("none"));
        });
    }

    [Test]
    public async Task The_reference_lists_report_their_totals_after_the_restart()
    {
        var totals = new Dictionary<string, int>();
        foreach (var list in RegisterState.Lists) totals[list] = await RegisterState.TotalAsync(_after, list);
        Assert.Multiple(() =>
        {
            Assert.That(totals[LegalBasisRoutes.Collection], Is.EqualTo(45));
            Assert.That(totals[CountryRoutes.Collection], Is.EqualTo(249 - 1), "less the one the officer deleted");
            Assert.That(totals[ProcessingActionRoutes.Collection], Is.EqualTo(10));
            Assert.That(totals[ProtectionMeasureRoutes.Collection], Is.EqualTo(19));
            Assert.That(totals[ActivityRoutes.Collection], Is.Zero);
            Assert.That(totals[DepartmentRoutes.Collection], Is.Zero);
        });
    }

    [Test]
    public void A_restart_changes_nothing()
    {
        Assert.That(_afterRestart, Is.EqualTo(_beforeRestart));
    }

    [Test]
    public async Task An_officers_edit_of_a_reference_entry_survives_a_restart()
    {
        var (country, _) = await GetAsync(CountryRoutes.For(EditedCountry), _after);
        var (basis, _) = await GetAsync(LegalBasisRoutes.For(EditedBasis), _after);
        Assert.Multiple(() =>
        {
            Assert.That((bool)country["adequateProtection"]!, Is.EqualTo(_usAdequateAsEdited));
            Assert.That((string?)country["source"], Is.EqualTo("Решение уполномоченного лица (тест)"));
            Assert.That((int)country["version"]!, Is.EqualTo(2));
            Assert.That((string?)basis["names"]!["ru"], Is.EqualTo(_basisNameAsEdited));
            Assert.That((int)basis["version"]!, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_reference_entry_the_officer_deleted_is_not_added_back_on_restart()
    {
        var response = await _after.GetAsync(CountryRoutes.For(DeletedCountry));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<(JsonNode Body, string ETag)> GetAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? Client).GetAsync(url);
        return (await response.OkJsonAsync(), response.ETag());
    }

    private static int Count(IReadOnlyDictionary<string, string> state, string list) =>
        state[list].Length == 0 ? 0 : state[list].Split(' ').Length;
}
