using Bunit;
using Register.Api.Components.Shared;

namespace Register.Tests.Interface.Components;

/// <summary>The picker that finds catalog entries by name: what a typed text picks, and what it refuses.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CatalogPickerTests : IDisposable
{
    private static readonly IReadOnlyList<CatalogOption> Options =
    [
        new("employees", "Работники"),
        new("candidates", "Кандидаты на работу"),
        new("visitors", "Посетители", "могут быть несовершеннолетние"),
    ];

    private readonly BunitContext _context = new();
    private readonly List<string> _selected = [];
    private int _changes;

    [Test]
    public void Picks_an_entry_by_its_offered_label_its_name_in_any_case_or_its_code()
    {
        var picker = Render(multiple: true);
        Type(picker, "Работники (employees)");
        Type(picker, "кандидаты НА работу");
        Type(picker, "visitors");

        Assert.That(_selected, Is.EqualTo(new[] { "employees", "candidates", "visitors" }));
        Assert.That(_changes, Is.EqualTo(3));
        Assert.That(picker.FindAll("ul.chips li span").Select(s => s.TextContent), Is.EqualTo(new[] { "Работники", "Кандидаты на работу", "Посетители" }));
    }

    [Test]
    public void Refuses_a_name_that_is_not_in_the_catalog_and_keeps_the_choice_as_it_was()
    {
        var picker = Render(multiple: true);
        Type(picker, "Студенты");

        Assert.That(_selected, Is.Empty);
        Assert.That(_changes, Is.Zero);
        Assert.That(picker.Find("[role=alert]").TextContent, Does.Contain("«Студенты» нет в справочнике"));
        Assert.That(picker.Find("input").GetAttribute("aria-describedby"), Does.Contain("subjects-notfound"));
    }

    [Test]
    public void Offers_only_what_is_not_chosen_yet_and_removes_a_choice_by_its_button()
    {
        _selected.Add("employees");
        var picker = Render(multiple: true);
        Assert.That(picker.FindAll("datalist option").Select(o => o.GetAttribute("value")), Is.EqualTo(new[] { "Кандидаты на работу (candidates)", "Посетители (visitors)" }));

        picker.Find("ul.chips button").Click();
        Assert.That(_selected, Is.Empty);
        Assert.That(picker.FindAll("ul.chips button"), Is.Empty);
    }

    [Test]
    public void Holding_one_entry_replaces_it_and_hides_the_input_once_chosen()
    {
        var picker = Render(multiple: false);
        Type(picker, "Работники");
        Assert.That(_selected, Is.EqualTo(new[] { "employees" }));
        Assert.That(picker.FindAll("input"), Is.Empty);
        Assert.That(picker.Find("ul.chips button").GetAttribute("aria-label"), Is.EqualTo("Убрать «Работники»"));
    }

    [Test]
    public void Shows_the_operations_message_for_its_field_and_marks_the_input_invalid()
    {
        var problem = new Problem(400, "Проверьте", "", new Dictionary<string, string[]> { ["subjectCategoryCodes[0]"] = ["Unknown subject category 'x'."] }, []);
        var picker = _context.Render<CatalogPicker>(p => p
            .Add(c => c.Id, "subjects").Add(c => c.Label, "Категории субъектов").Add(c => c.Options, Options).Add(c => c.Selected, _selected)
            .Add(c => c.Field, "subjectCategoryCodes").Add(c => c.Problem, problem));
        Assert.That(picker.Find("input").GetAttribute("aria-invalid"), Is.EqualTo("true"));
        Assert.That(picker.Find(".field-error").TextContent, Does.Contain("Unknown subject category 'x'."));
    }

    private IRenderedComponent<CatalogPicker> Render(bool multiple) => _context.Render<CatalogPicker>(p => p
        .Add(c => c.Id, "subjects")
        .Add(c => c.Label, "Категории субъектов")
        .Add(c => c.Options, Options)
        .Add(c => c.Selected, _selected)
        .Add(c => c.Multiple, multiple)
        .Add(c => c.Changed, () => _changes++));

    private static void Type(IRenderedComponent<CatalogPicker> picker, string text) => picker.Find("input").Change(text);

    public void Dispose() => _context.Dispose();
}
