using System.Net.Http.Json;
using System.Text.Json;
using Register.Api.Features.Imports;
using Register.Tests.DataInOut;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>The officer imports entries from a spreadsheet: the dry run shows a broken file's problems and changes nothing; a good file applied creates drafts.</summary>
public sealed class ImportJourney : JourneyFixture
{
    private static string Header(string key) => ImportColumns.Template.Columns.Single(c => c.Key == key).Header.Ru;

    private static byte[] Workbook(params Dictionary<string, object?>[] rows) => Uploads.Workbook(("Записи", Uploads.TemplateRows(rows)));

    private static Dictionary<string, object?> Row(string code, string title, string department, params (string Key, object? Value)[] more)
    {
        var row = new Dictionary<string, object?> { ["code"] = code, ["title"] = title, ["department"] = department };
        foreach (var (key, value) in more) row[key] = value;
        return row;
    }

    [Test]
    public async Task A_broken_file_shows_its_problems_by_row_and_column_and_a_good_one_applied_creates_drafts()
    {
        var department = await App.Builder(Officer).DepartmentAsync("Приёмная комиссия");
        await SignInAsync(OfficerKey);
        var screen = await ImportScreen.OpenAsync(Page);

        var template = await screen.DownloadTemplateAsync();
        Assert.That(template.SuggestedFilename, Does.EndWith("-ru.xlsx"));
        var head = new byte[2];
        await using (var stream = File.OpenRead(await template.PathAsync())) await stream.ReadExactlyAsync(head);
        Assert.That(head, Is.EqualTo("PK"u8.ToArray()), "An XLSX file is a zip package.");

        var before = await TotalAsync();
        var broken = Workbook(
            Row(App.Unique("ok"), "Приём документов абитуриентов", department),
            Row(App.Unique("bad"), "Учёт олимпиадников", "Нет такого отдела"),
            Row(App.Unique("bad"), "Учёт посетителей дня открытых дверей", department, ("startDate", "31.02.2024")));
        await screen.CheckAsync(broken, "сломанный.xlsx");

        await Expect(screen.Summary).ToContainTextAsync("Ошибки в строках: 2 из 3. Ничего не изменено");
        await Expect(screen.Row(2)).ToContainTextAsync("будет создана (черновик)");
        await Expect(screen.Row(3)).ToContainTextAsync("не принята");
        await Expect(screen.Row(3)).ToContainTextAsync($"Столбец «{Header("department")}», значение «Нет такого отдела»");
        await Expect(screen.Row(4)).ToContainTextAsync($"Столбец «{Header("startDate")}», значение «31.02.2024»");
        // The import's own messages, in the screen's language (the API answers the same file in English).
        await Expect(screen.Row(3)).ToContainTextAsync("Подразделения «Нет такого отдела» нет в справочнике: укажите его код или наименование, как в справочнике.");
        await Expect(screen.Row(4)).ToContainTextAsync("Это не дата: укажите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.");
        await Expect(screen.ApplyButton).ToHaveCountAsync(0);
        Assert.That(await TotalAsync(), Is.EqualTo(before), "a dry run changes nothing");
        await AssertAccessibleAsync();
        await Screens.TakeAsync(Page, "import-problems");

        var codes = new[] { App.Unique("abit"), App.Unique("olymp") };
        var good = Workbook(
            Row(codes[0], "Приём документов абитуриентов", department),
            Row(codes[1], "Учёт участников олимпиад", department, ("startDate", "2024-09-01")));
        await screen.CheckAsync(good, "записи.xlsx");
        await Expect(screen.Summary).ToContainTextAsync("Проверка прошла: строк 2; будет создано 2");
        Assert.That(await TotalAsync(), Is.EqualTo(before));
        await screen.ApplyAsync();

        await Expect(screen.Summary).ToContainTextAsync("Импорт выполнен: создано 2, изменено 0");
        await Screens.TakeAsync(Page, "import");
        await AssertAccessibleAsync();
        Assert.That(await TotalAsync(), Is.EqualTo(before + 2));
        foreach (var code in codes)
        {
            var link = Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = code, Exact = true });
            var href = await link.GetAttributeAsync("href");
            var entry = await Officer.GetFromJsonAsync<JsonElement>("/api/" + href!.Replace("register/", "activities/", StringComparison.Ordinal));
            Assert.That((entry.GetProperty("code").GetString(), entry.GetProperty("status").GetString()), Is.EqualTo((code, "draft")));
        }
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = codes[0], Exact = true }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Приём документов абитуриентов");
    }

    private async Task<int> TotalAsync() => (await Officer.GetFromJsonAsync<JsonElement>("/api/activities?pageSize=1")).GetProperty("total").GetInt32();
}
