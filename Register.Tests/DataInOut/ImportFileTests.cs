using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Features.Imports;
using Register.Api.Features.Imports.Spreadsheets;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>
/// Files the importer refuses whole, with a problem and nothing written (not a workbook, no entries' columns, too
/// large, not CSV text), and how it reads what it takes: the sheet with the columns, CSV in the encodings Excel writes,
/// formulas as text.
/// </summary>
public sealed class ImportFileTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private string _department = null!;
    private string _departmentName = null!;

    [OneTimeSetUp]
    public async Task CreateDepartment()
    {
        _departmentName = $"Бюро пропусков {Unique("n")}";
        _department = await new RegisterBuilder(Client, Unique).DepartmentAsync(_departmentName);
    }

    private static string Header(string key) => ImportColumns.Template.Columns.Single(c => c.Key == key).Header.Ru;

    private object?[][] Rows(string code, string title) =>
        [[Header("code"), Header("title"), Header("department")], [code, title, _departmentName]];

    [Test]
    public async Task A_50_MB_upload_is_refused_with_413_before_it_is_read()
    {
        // On a real socket (Kestrel), so that what the client has sent when the answer comes is what the server read at most.
        await using var kestrel = new RegisterApiFactory(Database);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.CreateClient().BaseAddress!;
        var (_, key) = await IssueKeyAsync(Roles.Officer);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        const long declared = 50L * 1024 * 1024;
        var sent = new byte[64 * 1024];

        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {ImportRoutes.Activities}?dryRun=true HTTP/1.1\r\nHost: {address.Authority}\r\nX-Api-Key: {key}\r\n" +
            $"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: {declared}\r\n\r\n"));
        await stream.WriteAsync(sent);
        var answer = await ReadAnswerAsync(stream);

        Assert.That(answer, Does.StartWith("HTTP/1.1 413"), answer);
        Assert.That(answer, Does.Contain("application/problem+json"));
        Assert.That(answer, Does.Contain($"larger than {ImportLimits.MaxUploadBytes / 1024} KB"), "the problem says the limit");
        Assert.That(sent.Length, Is.LessThan(declared / 100), "answered with 64 KB of the 50 MB sent");
    }

    /// <summary>The response's head and as much of its body as arrives within a second of it.</summary>
    private static async Task<string> ReadAnswerAsync(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        var answer = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!answer.ToString().Contains("}", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0) break;
            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
        return answer.ToString();
    }

    [Test]
    public async Task An_upload_just_under_the_limit_is_read_and_judged_on_its_content()
    {
        var noise = new byte[(int)ImportLimits.MaxUploadBytes - 64 * 1024];
        Random.Shared.NextBytes(noise);

        await (await Client.ImportAsync(noise, "шум.xlsx")).ValidationProblemAsync("file");
    }

    [TestCase("hello, world", "not-a-workbook.xlsx")]
    [TestCase("", "empty.xlsx")]
    public async Task A_file_that_is_not_a_workbook_but_is_named_xlsx_is_refused(string text, string name)
    {
        var problem = await (await Client.ImportAsync(Encoding.UTF8.GetBytes(text), name)).ValidationProblemAsync("file");

        Assert.That((string?)problem["errors"]!["file"]![0], Does.Contain("not a readable Excel workbook"));
    }

    [Test]
    public async Task A_zip_that_is_not_a_workbook_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a spreadsheet");
        }

        await (await Client.ImportAsync(stream.ToArray(), "архив.xlsx")).ValidationProblemAsync("file");
    }

    [Test]
    public async Task A_workbook_without_the_entries_columns_is_refused_naming_what_is_missing()
    {
        var file = Uploads.Workbook(("Лист1", [["ФИО", "Должность"], ["Иванов", "Инспектор"]]));

        var problem = await (await Client.ImportAsync(file, "не то.xlsx")).ValidationProblemAsync("file");

        var messages = string.Join(" ", problem["errors"]!["file"]!.AsArray().Select(m => (string?)m));
        Assert.That(messages, Does.Contain("Лист1").And.Contain(Header("code")).And.Contain(Header("title")));
        Assert.That(messages, Does.Contain("'ФИО'"), "unknown columns are named too");
    }

    [Test]
    public async Task A_missing_required_column_or_an_unknown_one_is_refused()
    {
        var withoutCode = Uploads.Workbook(("Записи", [[Header("title")], ["Учёт"]]));
        var withExtra = Uploads.Workbook(("Записи", [[Header("code"), Header("title"), "Комментарий"], [Unique("c"), "Учёт", "x"]]));

        var missing = await (await Client.ImportAsync(withoutCode, "a.xlsx")).ValidationProblemAsync("file");
        var unknown = await (await Client.ImportAsync(withExtra, "b.xlsx")).ValidationProblemAsync("file");

        Assert.That((string?)missing["detail"], Does.Contain(Header("code")));
        Assert.That((string?)unknown["detail"], Does.Contain("'Комментарий'"));
    }

    [Test]
    public async Task The_first_sheet_with_the_entries_columns_is_read_whatever_comes_before_it()
    {
        var code = Unique("sheet");
        var file = Uploads.Workbook(("Титульный лист", [["Реестр обработки"], ["2026"]]), ("Записи", Rows(code, "Учёт пропусков")));

        var report = await (await Client.ImportAsync(file, "две вкладки.xlsx")).OkJsonAsync();

        Assert.That((string?)report["sheet"], Is.EqualTo("Записи"));
        Assert.That(report["rows"]!.AsArray().Select(r => (string?)r!["code"]), Is.EqualTo(new[] { code }));
    }

    [Test]
    public async Task Formulas_are_read_as_the_value_saved_with_them_or_as_their_text_and_never_evaluated()
    {
        var code = Unique("formula");
        var file = Uploads.Workbook(("Записи",
        [
            [Header("code"), Header("title"), Header("department"), Header("description"), Header("terminationCondition")],
            [code, new Formula("CONCATENATE(\"Учёт \",\"гостей\")", "Учёт гостей"), _departmentName, new Formula("1+1", null),
                new Formula("HYPERLINK(\"http://evil.example\",\"Нажмите\")", "Нажмите")],
        ]));

        var applied = await (await Client.ImportAsync(file, "формулы.xlsx", dryRun: false)).OkJsonAsync();

        var row = applied["rows"]![0]!;
        Assert.That(row["problems"]!.AsArray(), Is.Empty, row.ToJsonString());
        var entry = await (await Client.GetAsync(ActivityRoutes.For((int)row["id"]!))).OkJsonAsync();
        Assert.That((string?)entry["title"], Is.EqualTo("Учёт гостей"), "the value the spreadsheet saved");
        Assert.That((string?)entry["description"], Is.EqualTo("=1+1"), "no value saved: the formula's text, not 2");
        Assert.That((string?)entry["terminationCondition"], Is.EqualTo("Нажмите"));
    }

    public static IEnumerable<TestCaseData> Encodings()
    {
        var cp1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        yield return new TestCaseData(new UTF8Encoding(false), true, ",").SetArgDisplayNames("UTF-8 with BOM");
        yield return new TestCaseData(new UTF8Encoding(false), false, ",").SetArgDisplayNames("UTF-8 without BOM");
        yield return new TestCaseData(cp1251, false, ";").SetArgDisplayNames("Windows-1251, semicolons (Excel, Russian locale)");
        yield return new TestCaseData(new UnicodeEncoding(false, true), true, "\t").SetArgDisplayNames("UTF-16 with BOM, tabs (Excel's Unicode text)");
    }

    [TestCaseSource(nameof(Encodings))]
    public async Task Csv_is_read_in_the_encodings_excel_writes(Encoding encoding, bool byteOrderMark, string separator)
    {
        var code = Unique("csv");
        var file = Uploads.Csv(Rows(code, "Учёт посетителей «Бюро»"), encoding, byteOrderMark, separator);

        var report = await (await Client.ImportAsync(file, "записи.csv")).OkJsonAsync();

        var row = report["rows"]!.AsArray().Single()!;
        Assert.That(row["problems"]!.AsArray(), Is.Empty, row.ToJsonString());
        Assert.That((string?)row["code"], Is.EqualTo(code));
        Assert.That((string?)row["action"], Is.EqualTo("create"), "the Cyrillic department name was read as written");
    }

    [Test]
    public async Task Csv_that_is_neither_utf8_nor_windows_1251_text_is_refused()
    {
        var header = Encoding.UTF8.GetBytes($"{Header("code")},{Header("title")}\r\n");
        // 0x98 is no character in Windows-1251, and the bytes are not UTF-8 either.
        byte[] broken = [.. header, (byte)'a', (byte)',', 0x98, 0xC0, 0x98, (byte)'\r', (byte)'\n'];

        await (await Client.ImportAsync(broken, "битый.csv")).ValidationProblemAsync("file");
        await (await Client.ImportAsync([.. header, 0, 1, 2, 0], "двоичный.csv")).ValidationProblemAsync("file");
    }

    [Test]
    public async Task Csv_with_a_quote_left_open_is_refused()
    {
        var file = Encoding.UTF8.GetBytes($"{Header("code")},{Header("title")}\r\n{Unique("q")},\"Учёт посетителей\r\n");

        await (await Client.ImportAsync(file, "кавычка.csv")).ValidationProblemAsync("file");
    }

    [Test]
    public async Task Other_kinds_of_file_forms_and_queries_are_refused()
    {
        var rows = Uploads.Workbook(("Записи", Rows(Unique("x"), "Учёт")));

        await (await Client.PostAsync(ImportRoutes.Activities, Uploads.Form([0x25, 0x50, 0x44, 0x46], "скан.pdf", "application/pdf")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await Client.SendAsync(HttpMethod.Post, ImportRoutes.Activities, new { file = "x" })).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        using var two = new MultipartFormDataContent { { new ByteArrayContent(rows), "file", "a.xlsx" }, { new ByteArrayContent(rows), "file", "b.xlsx" } };
        await (await Client.PostAsync(ImportRoutes.Activities, two)).ValidationProblemAsync("file");
        using var none = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        await (await Client.PostAsync(ImportRoutes.Activities, none)).ValidationProblemAsync("file");
        await (await Client.PostAsync($"{ImportRoutes.Activities}?dryRun=maybe", Uploads.Form(rows, "a.xlsx", Uploads.Xlsx))).ValidationProblemAsync("dryRun");
        await (await Client.GetAsync($"{ImportRoutes.Template}?format=pdf")).ValidationProblemAsync("format");
    }
}
