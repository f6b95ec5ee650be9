using Bunit;
using Register.Api.Components.Pages.Entries;
using Register.Api.Components.Shared;
using Register.Api.Features.Activities;
using Register.Api.Features.Activities.List;
using Register.Domain.Rules;

namespace Register.Tests.Interface.Components;

/// <summary>The interface's small components that decide something: chart widths, sorting links, findings, paging.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SmallComponentTests : IDisposable
{
    private readonly BunitContext _context = new();

    [Test]
    public void A_bar_chart_scales_to_its_largest_bar_shows_every_non_zero_bar_and_writes_each_number()
    {
        var chart = _context.Render<BarChart>(p => p.Add(c => c.Label, "По статусу").Add(c => c.Bars,
        [
            new BarChart.Bar("черновик", 200, "register?status=draft"),
            new BarChart.Bar("утверждена", 1, "register?status=approved"),
            new BarChart.Bar("выведена", 0, "register?status=retired"),
        ]));
        Assert.That(chart.FindAll(".bar").Select(b => b.ClassList.Last()), Is.EqualTo(new[] { "w100", "w1", "w0" }));
        Assert.That(chart.FindAll(".value").Select(v => v.TextContent), Is.EqualTo(new[] { "200", "1", "0" }));
        Assert.That(chart.FindAll("a").Select(a => a.GetAttribute("href")), Does.Contain("register?status=retired"));
    }

    [Test]
    public void A_sort_heading_sorts_by_its_column_then_reverses_and_says_the_order()
    {
        var query = new ListActivitiesQuery { Status = "draft", Page = 3 };
        var unsorted = _context.Render<SortHeader>(p => p.Add(c => c.Column, "title").Add(c => c.Text, "Наименование").Add(c => c.Query, query));
        Assert.That(unsorted.Find("th").GetAttribute("aria-sort"), Is.EqualTo("none"));
        Assert.That(unsorted.Find("a").GetAttribute("href"), Is.EqualTo("register?status=draft&sort=title"), "Sorting starts again at page 1.");

        var ascending = _context.Render<SortHeader>(p => p.Add(c => c.Column, "title").Add(c => c.Text, "Наименование").Add(c => c.Query, query with { Sort = "title" }));
        Assert.That(ascending.Find("th").GetAttribute("aria-sort"), Is.EqualTo("ascending"));
        Assert.That(ascending.Find("a").GetAttribute("href"), Is.EqualTo("register?status=draft&sort=-title"));
    }

    private static readonly IReadOnlyList<FindingResponse> TwoFindings =
    [
        new("vague-purpose", Severity.Warning, "Purpose 1 is vague.", new FindingMessages("Цель обработки № 1 сформулирована слишком общо.", "Purpose 1 is vague."), "purposes[0].text"),
        new("special-data-basis", Severity.Error, "Special data needs consent.", new FindingMessages("Для специальных персональных данных нужно согласие.", "Special data needs consent."), null),
    ];

    [Test]
    public void Findings_say_their_severity_in_words_with_the_rule_its_citation_and_what_to_do()
    {
        var list = _context.Render<FindingList>(p => p.Add(c => c.Findings, TwoFindings));
        var items = list.FindAll("li");
        Assert.That(items[0].ClassList, Does.Contain("error"), "Errors first.");
        Assert.That(items[0].TextContent, Does.Contain("ошибка").And.Contain("Основание для специальных данных").And.Contain("ст. 8 п. 1–2 Закона № 99-З").And.Contain("Что сделать"));
        Assert.That(items[1].TextContent, Does.Contain("предупреждение").And.Contain("Цель обработки № 1 сформулирована слишком общо."));
    }

    [Test]
    public void Findings_messages_are_in_Russian_by_default_and_no_longer_marked_English()
    {
        var list = _context.Render<FindingList>(p => p.Add(c => c.Findings, TwoFindings));
        Assert.That(list.FindAll(".message").Select(m => m.TextContent),
            Is.EqualTo(new[] { "Для специальных персональных данных нужно согласие.", "Цель обработки № 1 сформулирована слишком общо." }));
        Assert.That(list.FindAll("[lang]"), Is.Empty, "The page's language (ru) is the messages' language.");
    }

    [Test, SetUICulture("en-US")]
    public void Findings_messages_are_in_English_when_the_interface_is()
    {
        var list = _context.Render<FindingList>(p => p.Add(c => c.Findings, TwoFindings));
        Assert.That(list.FindAll(".message").Select(m => m.TextContent), Is.EqualTo(new[] { "Special data needs consent.", "Purpose 1 is vague." }));
        Assert.That(list.FindAll("li")[0].TextContent, Does.Contain("Basis for special data").And.Contain("What to do"));
    }

    [Test]
    public void A_pager_links_the_neighbouring_pages_and_says_where_the_reader_is()
    {
        var pager = _context.Render<Pager>(p => p.Add(c => c.Page, 2).Add(c => c.PageSize, 50).Add(c => c.Total, 120).Add(c => c.Link, page => $"register?page={page}"));
        Assert.That(pager.Find("[aria-current=page]").TextContent, Is.EqualTo("стр. 2 из 3"));
        Assert.That(pager.FindAll("a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "register?page=1", "register?page=1", "register?page=3", "register?page=3" }));
        Assert.That(pager.Find("span").TextContent, Is.EqualTo("Записи 51–100 из 120"));
    }

    [Test]
    public void Field_paths_read_as_names_with_numbers_counted_from_one()
    {
        Assert.That(FieldNames.Readable("purposes[1].legalBasisCodes[0]"), Is.EqualTo("Цели №2 › основания №1"));
        Assert.That(FieldNames.Readable("retention.period"), Is.EqualTo("Срок хранения › период"));
    }

    [Test]
    public void The_editor_form_sends_what_was_filled_and_leaves_empty_rows_out()
    {
        var form = new EntryForm { Title = "  Учёт посетителей ", DepartmentCode = "security", AccessPositions = "Охранник\n\n Вахтёр " };
        form.Purposes.Add(new EntryForm.PurposeRow());
        form.Purposes.Add(new EntryForm.PurposeRow { Text = "Пропускной режим", LegalBasisCodes = ["by-99z-art6-contract"] });
        form.DataCategories.Add(new EntryForm.DataRow());
        form.Retention = new EntryForm.RetentionForm { Kind = Register.Domain.Activities.RetentionKind.Fixed, Amount = 5, Unit = "Y", Event = "ignored" };

        var request = form.ToRequest();
        Assert.That(request.Purposes!.Select(p => p!.Text), Is.EqualTo(new[] { "Пропускной режим" }));
        Assert.That(request.DataCategories, Is.Empty);
        Assert.That(request.Retention, Is.EqualTo(new RetentionRequest(Register.Domain.Activities.RetentionKind.Fixed, "P5Y", null, null)));
        Assert.That(request.AccessPositions, Is.EqualTo(new[] { "Охранник", "Вахтёр" }));
        Assert.That(request.Code, Is.Null, "No code: the register proposes one.");
    }

    [Test]
    public void A_stored_period_the_form_cannot_split_is_kept_as_it_was()
    {
        var retention = EntryForm.RetentionForm.From(new Register.Domain.Activities.Retention(Register.Domain.Activities.RetentionKind.Fixed, "P1Y6M"));
        Assert.That(retention.Amount, Is.Null);
        Assert.That(retention.ToRequest()!.Period, Is.EqualTo("P1Y6M"));
        Assert.That(EntryForm.RetentionForm.From(new Register.Domain.Activities.Retention(Register.Domain.Activities.RetentionKind.Fixed, "P30D")).Amount, Is.EqualTo(30));
    }

    public void Dispose() => _context.Dispose();
}
