using System.Text.Json;
using Register.Api.Components.Pages.Entries;
using Register.Api.Components.Shared;
using Register.Api.Features.Activities;
using Register.Api.Features.Activities.Versions;
using Register.Domain.Rules;

namespace Register.Tests.Interface.Components;

/// <summary>A version's changes read as the entry's page reads: names for codes, the page's words, findings whole.</summary>
public sealed class EntryChangesTests
{
    private static readonly EntryNames Names = new(
        Departments: [new("security", "Служба безопасности")], Subjects: [new("visitors", "Посетители здания")], Data: [new("name", "ФИО")],
        Bases: [new("by-99z-art6-contract", "Договор с субъектом"), new("by-99z-art5-consent", "Согласие субъекта")],
        Recipients: [], Countries: [new("ru", "Россия")], Systems: [], Actions: [], Measures: []);

    private static FieldChange Change(string path, object? before, object? after) =>
        new(path, before is null ? null : JsonSerializer.SerializeToElement(before), after is null ? null : JsonSerializer.SerializeToElement(after));

    private static readonly FindingResponse NoSubjects = new("completeness", Severity.Error, "The entry names no category of data subjects.",
        new("В записи не указана ни одна категория субъектов.", "The entry names no category of data subjects."), "subjectCategoryCodes");
    private static readonly FindingResponse NoStart = new("completeness", Severity.Error, "The entry has no start date.",
        new("В записи не указана дата начала обработки.", "The entry has no start date."), "startDate");
    private static readonly FindingResponse Vague = new("vague-purpose", Severity.Warning, "Purpose 1 is vague.",
        new("Цель обработки № 1 сформулирована слишком общо.", "Purpose 1 is vague."), "purposes[0].text");

    [Test]
    public void A_changed_legal_basis_shows_both_names_with_their_codes_beside()
    {
        var row = EntryChanges.Rows([Change("purposes[0].legalBasisCodes[0]", "by-99z-art5-consent", "by-99z-art6-contract")], Names).Single();
        Assert.That(row.Field, Is.EqualTo("Цели №1 › основания №1"));
        Assert.That(row.Before, Is.EqualTo(new ChangeValue("Согласие субъекта", "by-99z-art5-consent")));
        Assert.That(row.After, Is.EqualTo(new ChangeValue("Договор с субъектом", "by-99z-art6-contract")));
    }

    [Test]
    public void Every_catalog_path_is_named_from_its_catalog_and_an_unknown_code_stays_a_code()
    {
        var rows = EntryChanges.Rows(
        [
            Change("departmentCode", null, "security"), Change("subjectCategoryCodes[0]", null, "visitors"), Change("dataCategories[0].code", null, "name"),
            Change("recipients[0].transfer.countryCode", null, "ru"), Change("recipients[0].transfer.legalBasisCode", null, "by-99z-art5-consent"),
            Change("actionCodes[0]", null, "gone-from-the-catalog"),
        ], Names);
        Assert.That(rows.Select(r => r.After!.Text),
            Is.EqualTo(new[] { "Служба безопасности", "Посетители здания", "gone-from-the-catalog", "ФИО", "Россия", "Согласие субъекта" }), "In the page's order.");
        Assert.That(rows.Single(r => r.After!.Text == "ФИО").Field, Is.EqualTo("Категории данных №1"), "A catalog item is named by its position, not by «› Код».");
        Assert.That(rows.Single(r => r.After!.Text == "gone-from-the-catalog").After!.Code, Is.Null, "The code is not repeated beside itself.");
    }

    [Test]
    public void Enumerations_periods_dates_and_yes_no_are_written_as_the_page_writes_them()
    {
        var rows = EntryChanges.Rows(
        [
            Change("npdpcCategory", null, "other"), Change("retention.kind", null, "fixed"), Change("retention.period", "P6M", "P1Y"),
            Change("startDate", null, "2024-01-15"), Change("includesMinorsUnder16", false, true), Change("status", "draft", "in-review"),
        ], Names);
        var after = rows.ToDictionary(r => r.Field, r => r.After!.Text);
        Assert.That(after["Категория НЦЗПД"], Is.EqualTo("иные"));
        Assert.That(after["Срок хранения › вид"], Is.EqualTo("определённый срок"));
        Assert.That(after["Срок хранения › период"], Is.EqualTo("1 г."));
        Assert.That(rows.Single(r => r.Field == "Срок хранения › период").Before!.Text, Is.EqualTo("6 мес."));
        Assert.That(after["Дата начала"], Is.EqualTo("15.01.2024"));
        Assert.That(after["Дети до 16 лет"], Is.EqualTo("да"));
        Assert.That(after["Статус"], Is.EqualTo("на проверке"));
    }

    [Test]
    public void A_field_that_went_from_null_to_absent_is_no_change()
    {
        var rows = EntryChanges.Rows([Change("retention", JsonDocument.Parse("null").RootElement, null), Change("retention.event", null, JsonDocument.Parse("null").RootElement)], Names);
        Assert.That(rows, Is.Empty);
    }

    [Test]
    public void A_finding_that_went_away_is_one_row_with_its_rule_and_Russian_message_however_the_diff_shifted_the_list()
    {
        // One finding fewer: the diff sees position 0 change from NoSubjects to NoStart, and position 1 removed, sub-field by sub-field.
        var diff = new[]
        {
            Change("findings[0].messages.en", NoSubjects.Messages.En, NoStart.Messages.En), Change("findings[0].path", "subjectCategoryCodes", "startDate"),
            Change("findings[1].messages.en", NoStart.Messages.En, null), Change("findings[1].rule", "completeness", null),
        };
        var rows = EntryChanges.Rows(diff, Names, [NoSubjects, NoStart], [NoStart]);
        Assert.That(rows.Select(r => r.Field), Has.None.Contains("messages").And.None.Contains("›"));
        Assert.That(rows, Has.Count.EqualTo(2), "A summary and the one finding that went.");
        Assert.That(rows[0].Before!.Text, Is.EqualTo("2 ошибки"));
        Assert.That(rows[0].After!.Text, Is.EqualTo("1 ошибка"));
        Assert.That(rows[1].Field, Is.EqualTo("Замечание (ошибка): Полнота сведений"));
        Assert.That(rows[1].Before!.Text, Is.EqualTo("В записи не указана ни одна категория субъектов."));
        Assert.That((rows[1].After, rows[1].NoAfter), Is.EqualTo(((ChangeValue?)null, "(устранено)")));
    }

    [Test]
    public void A_finding_that_appeared_is_one_row_and_no_findings_is_said_in_words()
    {
        var rows = FindingChanges.Rows([], [Vague]);
        Assert.That(rows[0].Before!.Text, Is.EqualTo("нет"));
        Assert.That(rows[0].After!.Text, Is.EqualTo("1 предупреждение"));
        Assert.That(rows[1].Before, Is.Null);
        Assert.That(rows[1].After!.Text, Is.EqualTo("Цель обработки № 1 сформулирована слишком общо."));
        Assert.That(FindingChanges.Count([NoSubjects, NoStart, NoSubjects, NoStart, NoSubjects]), Is.EqualTo("5 ошибок"));
    }

    [Test, SetUICulture("en-US")]
    public void In_English_the_words_and_the_messages_are_English()
    {
        var rows = EntryChanges.Rows([Change("retention.period", null, "P1Y"), Change("findings[0].rule", "completeness", null)], Names, [NoStart], []);
        Assert.That(rows[0].After!.Text, Is.EqualTo("1 yr"));
        Assert.That(rows[1].Before!.Text, Is.EqualTo("1 error"));
        Assert.That(rows[2].Field, Is.EqualTo("Finding (error): Completeness"));
        Assert.That(rows[2].Before!.Text, Is.EqualTo("The entry has no start date."));
    }

    [Test]
    public void A_version_s_findings_are_read_from_its_stored_document_with_or_without_Russian_texts()
    {
        var stored = JsonDocument.Parse("""
            {"findings":[{"rule":"completeness","severity":"error","message":"No start.","messages":{"ru":"Нет даты.","en":"No start."},"path":"startDate"},
                         {"rule":"retention","severity":"warning","message":"Vague retention.","path":null}]}
            """).RootElement;
        var findings = FindingChanges.Of(stored);
        Assert.That(findings.Select(f => f.Severity), Is.EqualTo(new[] { Severity.Error, Severity.Warning }));
        Assert.That(FindingChanges.Rows(findings, []).Skip(1).Select(r => r.Before!.Text), Is.EqualTo(new[] { "Нет даты.", "Vague retention." }));
    }
}
