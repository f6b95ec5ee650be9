using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Features.Imports;
using Register.Api.Features.Imports.Spreadsheets;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Demo;
using Register.Tests.Infrastructure;
using Register.Tests.Reports;

namespace Register.Tests.DataInOut;

/// <summary>
/// Importing entries from the template: a dry run that reports every problem by row and column and changes nothing,
/// all or nothing when applied, department heads within their departments, the template itself read back.
/// </summary>
public sealed class ImportTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private string _department = null!;
    private string _departmentName = null!;
    private string _otherDepartment = null!;
    private string _dataCategoryName = null!;
    private RegisterBuilder.Links _links = null!;

    [OneTimeSetUp]
    public async Task CreateCatalogs()
    {
        var builder = new RegisterBuilder(Client, Unique);
        _departmentName = $"Отдел импорта {Unique("n")}";
        _department = await builder.DepartmentAsync(_departmentName);
        _otherDepartment = await builder.DepartmentAsync($"Чужой отдел {Unique("n")}");
        _dataCategoryName = $"Сведения для импорта {Unique("n")}";
        await builder.DataCategoryAsync(ru: _dataCategoryName);
        _links = await builder.LinksAsync();
    }

    private static Dictionary<string, object?> Row(string code, string title, string department, params (string Key, object? Value)[] more)
    {
        var row = new Dictionary<string, object?> { ["code"] = code, ["title"] = title, ["department"] = department };
        foreach (var (key, value) in more) row[key] = value;
        return row;
    }

    private static string Header(string key) => ImportColumns.Template.Columns.Single(c => c.Key == key).Header.Ru;

    private static byte[] Workbook(params Dictionary<string, object?>[] rows) => Uploads.Workbook(("Записи", Uploads.TemplateRows(rows)));

    private static JsonNode RowOf(JsonNode report, int row) => report["rows"]!.AsArray().Single(r => (int)r!["row"]! == row)!;

    private static (string? Column, string? Value) OnlyProblem(JsonNode report, int row)
    {
        var problems = RowOf(report, row)["problems"]!.AsArray();
        Assert.That(problems, Has.Count.EqualTo(1), $"row {row}: {problems.ToJsonString()}");
        return ((string?)problems[0]!["column"], (string?)problems[0]!["value"]);
    }

    [Test]
    public async Task A_dry_run_of_a_broken_spreadsheet_reports_each_problem_by_row_and_column_and_changes_nothing()
    {
        var good = Unique("good");
        var file = Workbook(
            Row(good, "Учёт посетителей", _department),
            Row(Unique("b"), "Учёт гостей", "Нет такого отдела"),
            Row(Unique("b"), "Учёт гостей", _department, ("startDate", "31.02.2024")),
            Row(Unique("b"), "Учёт гостей", _department, ("dataCategories", $"{_dataCategoryName}\nНесуществующая категория")),
            Row("Не код!", "Учёт гостей", _department),
            Row(Unique("b"), "", _department),
            Row(good, "Учёт гостей ещё раз", _department),
            Row(Unique("b"), "Учёт гостей", _department, ("estimatedSubjects", "много")),
            Row(Unique("b"), "Учёт гостей", _department, ("purposes", "Пропуск гостей"), ("legalBases", "1. Согласие неизвестного вида")));
        var before = await RegisterState.ReadAsync(Client);
        var auditBefore = await RegisterState.TotalAsync(Client, "/api/audit");

        var report = await (await Client.ImportAsync(file, "сломанный.xlsx")).OkJsonAsync();

        Assert.That((bool?)report["dryRun"], Is.True);
        Assert.That(RowOf(report, 2)["problems"]!.AsArray(), Is.Empty);
        Assert.That((string?)RowOf(report, 2)["action"], Is.EqualTo("create"));
        Assert.That(RowOf(report, 2)["findings"]!.AsArray(), Is.Not.Empty, "a draft with what the law still asks");
        Assert.Multiple(() =>
        {
            Assert.That(OnlyProblem(report, 3), Is.EqualTo((Header("department"), "Нет такого отдела")));
            Assert.That(OnlyProblem(report, 4), Is.EqualTo((Header("startDate"), "31.02.2024")));
            Assert.That(OnlyProblem(report, 5), Is.EqualTo((Header("dataCategories"), "Несуществующая категория")));
            Assert.That(OnlyProblem(report, 6), Is.EqualTo((Header("code"), "Не код!")), "refused by the API's own validator");
            Assert.That(OnlyProblem(report, 7), Is.EqualTo((Header("title"), "")));
            Assert.That(OnlyProblem(report, 8), Is.EqualTo((Header("code"), good)), "a code twice in one file");
            Assert.That(OnlyProblem(report, 9), Is.EqualTo((Header("estimatedSubjects"), "много")));
            Assert.That(OnlyProblem(report, 10), Is.EqualTo((Header("legalBases"), "Согласие неизвестного вида")));
        });
        Assert.That((int?)report["created"], Is.EqualTo(1));
        Assert.That((int?)report["rejected"], Is.EqualTo(8));
        Assert.That(await RegisterState.ReadAsync(Client), Is.EqualTo(before));
        Assert.That(await RegisterState.TotalAsync(Client, "/api/audit"), Is.EqualTo(auditBefore));
    }

    [Test]
    public async Task The_interface_reads_a_file_s_problems_in_Russian_and_the_API_the_same_file_in_English()
    {
        // An approved entry a row empties (its cells left blank): the rules refuse it, and the row's problems are the findings.
        var approved = Unique("approved");
        var created = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(approved, _links));
        var id = (int)(await created.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "approved" }, created.ETag())).OkJsonAsync();
        var file = Workbook(
            Row(Unique("b"), "Учёт гостей", "Нет такого отдела"),
            Row(Unique("b"), "Учёт гостей", _department, ("startDate", "31.02.2024")),
            Row(Unique("b"), "Учёт гостей", _department, ("estimatedSubjects", "много")),
            Row(Unique("b"), "Учёт гостей", _department, ("purposes", "Пропуск гостей"), ("legalBases", "1. Согласие неизвестного вида")),
            Row(approved, "Ведение личных дел работников", _links.Department));

        // The import screen runs the very operation with the signed-in user's culture: Russian unless switched.
        ImportReport screen;
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ru");
            screen = await Factory.Services.GetRequiredService<ActivityImports>().ImportAsync(
                new Caller("officer", Roles.Officer, new HashSet<string>()), new UploadedFile("записи.xlsx", Uploads.Xlsx, file), dryRun: true, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
        var api = await (await Client.ImportAsync(file, "записи.xlsx")).OkJsonAsync();

        string ScreenProblem(int row, string key) => screen.Rows.Single(r => r.Row == row).Problems.First(p => p.Column == Header(key)).Message;
        string ApiProblem(int row, string key) =>
            (string)RowOf(api, row)["problems"]!.AsArray().First(p => (string?)p!["column"] == Header(key))!["message"]!;
        Assert.Multiple(() =>
        {
            Assert.That(ScreenProblem(2, "department"),
                Is.EqualTo("Подразделения «Нет такого отдела» нет в справочнике: укажите его код или наименование, как в справочнике."));
            Assert.That(ScreenProblem(3, "startDate"), Is.EqualTo("Это не дата: укажите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ."));
            Assert.That(ScreenProblem(4, "estimatedSubjects"), Is.EqualTo("Это не целое число."));
            Assert.That(ScreenProblem(5, "legalBases"),
                Is.EqualTo("Правового основания «Согласие неизвестного вида» нет в справочнике: укажите его код или наименование, как в справочнике."));
            Assert.That(ScreenProblem(6, "subjectCategories"),
                Does.EndWith(" В записи не указана ни одна категория субъектов персональных данных (чьи данные обрабатываются)."));

            Assert.That(ApiProblem(2, "department"), Is.EqualTo("No department is called 'Нет такого отдела': write its code or its name as the catalog has it."));
            Assert.That(ApiProblem(3, "startDate"), Is.EqualTo("Not a date: write YYYY-MM-DD or DD.MM.YYYY."));
            Assert.That(ApiProblem(4, "estimatedSubjects"), Is.EqualTo("Not a whole number."));
            Assert.That(ApiProblem(5, "legalBases"),
                Is.EqualTo("No legal basis is called 'Согласие неизвестного вида': write its code or its name as the catalog has it."));
            Assert.That(ApiProblem(6, "subjectCategories"), Does.EndWith(" The entry names no category of data subjects (whose data is processed)."));
        });
    }

    [Test]
    public async Task Applying_a_file_with_one_bad_row_writes_nothing_and_answers_422_with_the_rows()
    {
        var file = Workbook(
            Row(Unique("ok"), "Учёт посетителей", _department),
            Row(Unique("ok"), "Учёт гостей", _department),
            Row(Unique("bad"), "Учёт гостей", _department, ("reviewDueDate", "завтра")));
        var before = await RegisterState.ReadAsync(Client);
        var auditBefore = await RegisterState.TotalAsync(Client, "/api/audit");

        var problem = await (await Client.ImportAsync(file, "одна плохая строка.xlsx", dryRun: false)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.That((bool?)problem["dryRun"], Is.False);
        Assert.That((int?)problem["rejected"], Is.EqualTo(1));
        Assert.That((int?)problem["created"], Is.Zero);
        Assert.That(OnlyProblem(problem, 4), Is.EqualTo((Header("reviewDueDate"), "завтра")));
        Assert.That(problem["rows"]!.AsArray().Select(r => (string?)r!["action"]), Is.EqualTo(new[] { "create", "create", "create" }));
        Assert.That(await RegisterState.ReadAsync(Client), Is.EqualTo(before), "no row was written");
        Assert.That(await RegisterState.TotalAsync(Client, "/api/audit"), Is.EqualTo(auditBefore), "nor audited");
    }

    [Test]
    public async Task A_department_head_imports_into_its_own_departments_only()
    {
        var head = await ClientForAsync(Roles.DepartmentHead, _department);
        var theirs = Unique("theirs");
        await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code = theirs, title = "Чужая запись", departmentCode = _otherDepartment }))
            .OkJsonAsync(HttpStatusCode.Created);
        var mine = Unique("mine");
        var file = Workbook(
            Row(mine, "Своя запись", _departmentName),
            Row(Unique("x"), "Запись в чужой отдел", _otherDepartment),
            Row(theirs, "Чужая запись, переписанная", _department));
        var before = await RegisterState.ReadAsync(Client);

        var dryRun = await (await head.ImportAsync(file, "отдел.xlsx")).OkJsonAsync();
        var applied = await (await head.ImportAsync(file, "отдел.xlsx", dryRun: false)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.That(RowOf(dryRun, 2)["problems"]!.AsArray(), Is.Empty);
        Assert.That(OnlyProblem(dryRun, 3), Is.EqualTo((Header("department"), _otherDepartment)), "another department's row is the row's problem");
        Assert.That(OnlyProblem(dryRun, 4).Column, Is.EqualTo(Header("code")), "another department's entry is not there for the head: its code is taken (409, as POST says)");
        Assert.That((int?)applied["rejected"], Is.EqualTo(2));
        Assert.That(await RegisterState.ReadAsync(Client), Is.EqualTo(before));

        var own = await (await head.ImportAsync(Workbook(Row(mine, "Своя запись", _departmentName)), "отдел.xlsx", dryRun: false)).OkJsonAsync();
        Assert.That((int?)own["created"], Is.EqualTo(1));
        var created = await (await head.GetAsync(ActivityRoutes.For((int)RowOf(own, 2)["id"]!))).OkJsonAsync();
        Assert.That((string?)created["status"], Is.EqualTo("draft"));
        Assert.That((string?)created["departmentCode"], Is.EqualTo(_department));
    }

    [Test]
    public async Task An_auditor_may_neither_import_nor_fetch_the_template()
    {
        var auditor = await ClientForAsync(Roles.Auditor);

        await (await auditor.ImportAsync(Workbook(Row(Unique("a"), "Запись", _department)), "a.xlsx")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await auditor.GetAsync(ImportRoutes.Template)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase("xlsx", "ru")]
    [TestCase("csv", "en")]
    public async Task The_template_has_a_column_for_each_field_and_imports_back(string format, string lang)
    {
        using var response = await Client.GetAsync($"{ImportRoutes.Template}?format={format}&lang={lang}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var table = format == "xlsx" ? ReportTables.Xlsx(bytes) : ReportTables.Csv(bytes);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(table.Headers, Is.EqualTo(ImportColumns.Template.Columns.Select(c => c.Header.In(lang))));
        Assert.That(table.Rows, Is.Empty);
        var empty = await (await Client.ImportAsync(bytes, $"template.{format}")).OkJsonAsync();
        Assert.That(empty["rows"]!.AsArray(), Is.Empty, "the empty template is a file with no entries");

        var code = Unique("tpl");
        var filled = Filled(code, lang);
        var file = format == "xlsx"
            ? Uploads.Workbook(("Entries", [table.Headers.ToArray<object?>(), table.Headers.Select(h => filled[Key(h, lang)]).ToArray()]))
            : Uploads.Csv([table.Headers.ToArray<object?>(), table.Headers.Select(h => filled[Key(h, lang)]).ToArray()], Encoding.UTF8, byteOrderMark: true);
        var applied = await (await Client.ImportAsync(file, $"filled.{format}", dryRun: false)).OkJsonAsync();

        Assert.That(RowOf(applied, 2)["problems"]!.AsArray(), Is.Empty, applied.ToJsonString());
        var entry = await (await Client.GetAsync(ActivityRoutes.For((int)RowOf(applied, 2)["id"]!))).OkJsonAsync();
        var expected = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(RegisterBuilder.Complete(code, _links, "Учёт слушателей курсов")))!.AsObject();
        expected["dataCategories"] = new JsonArray(new JsonObject
        {
            ["code"] = _links.DataCategory,
            ["retention"] = new JsonObject { ["kind"] = "fixed", ["period"] = "P1Y", ["event"] = null, ["reference"] = null },
        });
        expected["recipients"] = new JsonArray(
            new JsonObject { ["code"] = _links.Recipient, ["transfer"] = null },
            new JsonObject { ["code"] = _links.Recipient, ["transfer"] = new JsonObject { ["countryCode"] = "us", ["legalBasisCode"] = RegisterBuilder.InformedConsentAbroad } });
        foreach (var (field, value) in expected)
        {
            Assert.That(entry[field]?.ToJsonString(), Is.EqualTo(value?.ToJsonString()), field);
        }
        Assert.That((string?)entry["status"], Is.EqualTo("draft"));
    }

    private static string Key(string header, string lang) => ImportColumns.Template.Columns.Single(c => c.Header.In(lang) == header).Key;

    /// <summary>A template row for <see cref="RegisterBuilder.Complete"/>'s entry, written as a person would: names, words, numbered purposes.</summary>
    private Dictionary<string, object?> Filled(string code, string lang) => new()
    {
        ["code"] = code,
        ["title"] = "Учёт слушателей курсов",
        ["description"] = "Формирование и хранение личных дел в отделе кадров",
        ["department"] = _links.Department,
        ["purposes"] = "1. Оформление трудовых отношений",
        ["legalBases"] = $"1. {RegisterBuilder.Employment}; {(lang == "en" ? "act" : "акт")}: Трудовой кодекс",
        ["dataCategories"] = _links.DataCategory,
        ["subjectCategories"] = lang == "en" ? "Employees" : "Работники",
        ["recipients"] = $"{_links.Recipient}\n{_links.Recipient}; {(lang == "en" ? "United States" : "us")}; {RegisterBuilder.InformedConsentAbroad}",
        ["actions"] = lang == "en" ? "Collection, Storage, Use" : "Сбор, Хранение, Использование",
        ["processingMethod"] = lang == "en" ? "mixed (automated and non-automated) processing" : "mixed",
        ["storageForm"] = lang == "en" ? "on paper and electronic" : "на бумажных носителях и в электронном виде",
        ["dataSource"] = "subject",
        ["protectionMeasures"] = "access-control\npaper-storage-locked",
        ["informationSystems"] = _links.System,
        ["startDate"] = "15.11.2021",
        ["terminationCondition"] = "Прекращение трудовых отношений и истечение сроков хранения",
        ["retention"] = $"per-legislation: Перечень, утв. постановлением Минюста № 140 от 24.05.2012\n{_links.DataCategory}: fixed: P1Y",
        ["accessPositions"] = "Начальник отдела кадров",
        ["estimatedSubjects"] = "1 200",
        ["includesMinorsUnder16"] = lang == "en" ? "No" : "Нет",
        ["reviewDueDate"] = "2099-01-01",
    };
}
