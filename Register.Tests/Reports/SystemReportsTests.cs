using Register.Api.Features.Reports;
using Register.Api.Features.Reports.InformationResources;
using Register.Api.Features.Reports.OperatorRegistry;
using Register.Api.Features.Reports.SystemClasses;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reports;

/// <summary>
/// The three reports about information resources, on the register of <see cref="ReportRegister"/>: a paper journal
/// (other data), a portal on public networks holding health data sent to the United States, and cameras holding
/// faces, off public networks.
/// </summary>
public sealed class SystemReportsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private ReportRegister _register = null!;

    [OneTimeSetUp]
    public async Task CreateRegister()
    {
        await ReportRegister.EnsureOperatorAsync(Client);
        _register = await ReportRegister.CreateAsync(Client, Unique);
    }

    private string Url(string route, string format, string lang) => $"{route}?format={format}&lang={lang}&department={_register.Department}";

    private static string Header<TRow>(ReportDefinition<TRow> definition, string key, string lang) =>
        definition.Columns.Single(c => c.Key == key).Header.In(lang);

    [TestCase("ru")]
    [TestCase("en")]
    public async Task Information_systems_have_their_order_66_class_and_why(string lang)
    {
        var report = await (await Client.GetAsync(Url(ReportRoutes.InformationSystems, "json", lang))).OkJsonAsync();
        var rows = report["rows"]!.AsArray().ToDictionary(r => (string)r!["code"]!, r => r!);

        Assert.That(rows.Keys, Is.EquivalentTo(new[] { _register.Paper, _register.Portal, _register.Cameras }),
            "the department's systems: owned by it or used by its entries");
        Assert.Multiple(() =>
        {
            Assert.That((string?)rows[_register.Portal]["oacClass"], Is.EqualTo("3-спец"));
            Assert.That((string?)rows[_register.Cameras]["oacClass"], Is.EqualTo("4-бг"));
            Assert.That(rows[_register.Paper]["oacClass"], Is.Null);
            Assert.That((string?)rows[_register.Portal]["oacClassReason"], Is.EqualTo(lang == "en"
                ? "connected to public networks; highest category of data: Special personal data (except biometric and genetic)"
                : "подключена к сетям общего пользования; наивысшая категория данных: Специальные персональные данные (за исключением биометрических и генетических)"));
            Assert.That((string?)rows[_register.Paper]["oacClassReason"], Does.StartWith(lang == "en" ? "paper resource" : "ресурс на бумажных носителях"));
            Assert.That((string?)rows[_register.Cameras]["npdpcCategory"]!["code"], Is.EqualTo("biometric-genetic"));
        });

        foreach (var format in new[] { "csv", "xlsx", "html" })
        {
            var table = await ReportTables.ReadAsync(await Client.GetAsync(Url(ReportRoutes.InformationSystems, format, lang)), format);
            var definition = InformationSystemsReport.Layout;
            Assert.That(table.Headers, Is.EqualTo(definition.Columns.Select(c => c.Header.In(lang))), format);
            Assert.That(table.Rows, Has.Count.EqualTo(3), format);
            var portal = table.RowWhere(Header(definition, "code", lang), _register.Portal);
            Assert.That(table.Cell(portal, Header(definition, "oacClass", lang)), Is.EqualTo("3-спец"), format);
            Assert.That(table.Cell(portal, Header(definition, "connectedToPublicNetwork", lang)), Is.EqualTo(lang == "en" ? "Yes" : "Да"), format);
        }
    }

    [TestCase("ru")]
    [TestCase("en")]
    public async Task Operator_registry_lists_the_systems_that_must_be_registered_with_every_reason(string lang)
    {
        var report = await (await Client.GetAsync(Url(ReportRoutes.OperatorRegistry, "json", lang))).OkJsonAsync();
        var rows = report["rows"]!.AsArray().ToDictionary(r => (string)r!["code"]!, r => r!);

        Assert.That(rows.Keys, Is.EquivalentTo(new[] { _register.Portal, _register.Cameras }), "the paper journal holds only other data");
        Assert.That(rows[_register.Cameras]["reasons"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(new[] { "biometric-or-genetic-data" }));
        Assert.That(rows[_register.Portal]["reasons"]!.AsArray().Select(r => (string?)r!["code"]),
            Is.EqualTo(new[] { "cross-border-special-data-to-non-adequate-country" }), "informed consent is not one of the exempt Art. 9 cases");

        foreach (var format in new[] { "csv", "xlsx", "html" })
        {
            var table = await ReportTables.ReadAsync(await Client.GetAsync(Url(ReportRoutes.OperatorRegistry, format, lang)), format);
            var definition = OperatorRegistryReport.Layout;
            Assert.That(table.Rows, Has.Count.EqualTo(2), format);
            var cameras = table.RowWhere(Header(definition, "code", lang), _register.Cameras);
            Assert.That(table.Cell(cameras, Header(definition, "reasons", lang)), Is.EqualTo(lang == "en"
                ? "biometric and (or) genetic personal data are processed"
                : "обрабатываются биометрические и (или) генетические персональные данные"), format);
        }
    }

    [TestCase("ru")]
    [TestCase("en")]
    public async Task Information_resources_list_npdpc_categories_authorized_persons_and_retention(string lang)
    {
        var report = await (await Client.GetAsync(Url(ReportRoutes.InformationResources, "json", lang))).OkJsonAsync();
        var rows = report["rows"]!.AsArray().ToDictionary(r => (string)r!["code"]!, r => r!);

        Assert.That(rows.Keys, Is.EquivalentTo(new[] { _register.Paper, _register.Portal, _register.Cameras }));
        var portal = rows[_register.Portal];
        Assert.Multiple(() =>
        {
            Assert.That(portal["npdpcCategories"]!.AsArray().Select(c => (string?)c!["code"]), Is.EqualTo(new[] { "special", "other" }), "highest first");
            Assert.That(portal["authorizedPersons"]!.AsArray().Select(p => (string?)p!["code"]), Is.EqualTo(new[] { _register.Processor }));
            Assert.That((string?)portal["authorizedPersons"]![0]!["contractNumber"], Is.EqualTo("17-ПД"));
            Assert.That((int?)portal["entries"], Is.EqualTo(1));
            Assert.That((int?)portal["retention"]![0]!["entries"], Is.EqualTo(1));
            Assert.That(portal["retention"]!.AsArray().Select(r => (string?)r!["rule"]), Has.Some.Contains(lang == "en" ? "5 years" : "5 лет"));
            Assert.That(rows[_register.Cameras]["retention"]![0]!["rule"]!.ToString(), Is.EqualTo(lang == "en" ? "until consent is withdrawn" : "до отзыва согласия"));
        });

        foreach (var format in new[] { "csv", "xlsx", "html" })
        {
            var table = await ReportTables.ReadAsync(await Client.GetAsync(Url(ReportRoutes.InformationResources, format, lang)), format);
            var definition = InformationResourcesReport.Layout;
            Assert.That(table.Rows, Has.Count.EqualTo(3), format);
            var row = table.RowWhere(Header(definition, "code", lang), _register.Portal);
            Assert.That(table.Cell(row, Header(definition, "authorizedPersons", lang)),
                Is.EqualTo(lang == "en" ? "ООО «Медицинский процессор» (contract № 17-ПД of 2024-02-01)" : "ООО «Медицинский процессор» (договор № 17-ПД от 2024-02-01)"), format);
            Assert.That(table.Cell(row, Header(definition, "npdpcCategories", lang)), Is.EqualTo(lang == "en"
                ? "Special personal data (except biometric and genetic)\nOther personal data"
                : "Специальные персональные данные (за исключением биометрических и генетических)\nИные персональные данные"), format);
        }
    }
}
