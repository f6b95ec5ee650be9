using Register.Api.Components.Pages.Journals;
using Register.Api.Features.Activities;

namespace Register.Tests.Interface.Components;

/// <summary>The journals' entry codes, one a line: what is read from the field and what it becomes.</summary>
[SetUICulture("ru-RU")]
public sealed class EntryCodeLinesTests
{
    private static readonly ActivityLink Payroll = new(7, "hr-payroll", "Расчёт заработной платы");
    private static readonly ActivityLink Cctv = new(9, "cctv", "Видеонаблюдение");

    [Test]
    public void Codes_are_read_one_a_line_trimmed_each_once_blank_lines_skipped()
    {
        Assert.That(EntryCodeLines.Parse(" hr-payroll \r\n\r\ncctv\nhr-payroll\n"), Is.EqualTo(new[] { "hr-payroll", "cctv" }));
        Assert.That(EntryCodeLines.Parse(null), Is.Empty);
    }

    [Test]
    public void Codes_become_ids_and_the_entries_the_field_could_not_show_are_kept()
    {
        var (ids, refusal) = EntryCodeLines.Resolve(["cctv", "hr-payroll"], [Payroll, Cctv], unshown: [42]);

        Assert.That(refusal, Is.Null);
        Assert.That(ids, Is.EqualTo(new[] { 9, 7, 42 }));
    }

    [Test]
    public void A_code_naming_no_entry_the_caller_may_see_is_refused_beside_the_field_by_name()
    {
        var (ids, refusal) = EntryCodeLines.Resolve(["hr-payroll", "no-such", "other-dept"], [Payroll], unshown: []);

        Assert.That(ids, Is.Empty);
        Assert.That(refusal!.For(EntryCodeLines.Field), Has.Exactly(2).Items);
        Assert.That(refusal.For(EntryCodeLines.Field), Has.Some.Contains("«no-such»").And.Some.Contains("«other-dept»"));
    }

    [Test]
    public void The_field_shows_the_linked_entries_codes_one_a_line() =>
        Assert.That(EntryCodeLines.Lines([Payroll, Cctv]), Is.EqualTo("hr-payroll\ncctv"));
}
