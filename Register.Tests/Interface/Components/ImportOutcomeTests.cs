using Bunit;
using Register.Api.Components.Pages.Imports;
using Register.Api.Features.Activities;
using Register.Api.Features.Imports;
using Register.Domain.Rules;

namespace Register.Tests.Interface.Components;

/// <summary>An import's result as the screen shows it: what each row does, each problem with its row, column and value, links to entries.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ImportOutcomeTests : IDisposable
{
    private static readonly FindingResponse Missing = new("completeness", Severity.Error, "Subject categories are missing.",
        new FindingMessages("Не указаны категории субъектов.", "Subject categories are missing."), "subjectCategoryCodes");

    private readonly BunitContext _context = new();

    [Test]
    public void A_dry_run_says_what_each_row_would_do_and_every_problem_with_its_column_and_value()
    {
        var outcome = Render(new ImportReport(true, "записи.xlsx", "Записи",
        [
            new(2, "visitors", ImportAction.Create, [], null, [Missing]),
            new(3, "guests", ImportAction.Update, [new("Структурное подразделение", "Нет такого", "Подразделения «Нет такого» нет в справочнике.")], 12, []),
            new(4, "staff", ImportAction.Update, [new(null, null, "Запись изменилась.")], 13, []),
            new(5, "archive", ImportAction.Skip, [], 14, []),
        ]));

        Assert.That(outcome.Find("p[role=status]").TextContent, Does.Contain("Ошибки в строках: 2 из 4. Ничего не изменено"));
        var rows = outcome.FindAll("tbody tr");
        Assert.That(rows.Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()), Is.EqualTo(new[] { "будет создана (черновик)", "не принята", "не принята", "без изменений" }));
        Assert.That(rows[1].QuerySelector("li")!.TextContent, Is.EqualTo("Столбец «Структурное подразделение», значение «Нет такого»: Подразделения «Нет такого» нет в справочнике."));
        Assert.That(rows[1].QuerySelector("li [lang]"), Is.Null, "the import writes its messages in the page's language");
        Assert.That(rows[2].QuerySelector("li")!.TextContent.Trim(), Is.EqualTo("Запись изменилась."), "a problem of no column names none");
        Assert.That(rows[0].QuerySelectorAll("td")[4].TextContent, Is.EqualTo("ошибок: 1, предупреждений: 0"));
        Assert.That(rows[0].QuerySelector("a"), Is.Null, "an entry a dry run would create has no page yet");
        Assert.That(rows[1].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("register/12"));
        Assert.That(rows[1].ClassList, Does.Contain("rejected"));
    }

    [Test]
    public void An_applied_import_links_every_entry_and_a_refused_one_says_nothing_was_written()
    {
        var applied = Render(new ImportReport(false, "записи.xlsx", "Записи",
            [new(2, "visitors", ImportAction.Create, [], 21, [Missing]), new(3, "guests", ImportAction.Update, [], 12, [])]));
        Assert.That(applied.Find("p[role=status]").TextContent.Trim(), Is.EqualTo("Импорт выполнен: создано 1, изменено 1, без изменений 0."));
        Assert.That(applied.FindAll("tbody a").Select(a => (a.TextContent, a.GetAttribute("href"))), Is.EqualTo(new[] { ("visitors", "register/21"), ("guests", "register/12") }));

        var refused = Render(new ImportReport(false, "записи.xlsx", "Записи",
            [new(2, "visitors", ImportAction.Create, [], null, []), new(3, "guests", ImportAction.Create, [new("Код", "guests", "Taken.")], null, [])]));
        Assert.That(refused.Find("p[role=status]").TextContent, Does.Contain("Ничего не импортировано"));
        Assert.That(refused.FindAll("tbody tr")[0].QuerySelectorAll("td")[2].TextContent.Trim(), Is.EqualTo("не импортирована"));
    }

    private IRenderedComponent<ImportOutcome> Render(ImportReport report) => _context.Render<ImportOutcome>(p => p.Add(c => c.Report, report));

    public void Dispose() => _context.Dispose();
}
