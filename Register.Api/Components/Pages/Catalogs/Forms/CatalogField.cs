using Register.Api.Infrastructure.Http;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>How a field is entered: text, a longer text, a yes/no box, one value of a list, a date, several values of a list.</summary>
public enum FieldKind
{
    Text,
    Multiline,
    Checkbox,
    Choice,
    Date,
    Checklist,
}

/// <summary>A value a choice or checklist offers: what the form posts and what the user reads.</summary>
public sealed record FieldChoice(string Value, string Label);

/// <summary>
/// A field of a catalog's form. Its <see cref="Name"/> is the request's field path (<c>names.ru</c>, <c>contract.number</c>):
/// the form posts under it and the operation's messages about it come back under it, so they land beside it.
/// </summary>
public sealed record CatalogField(string Name, string Label, FieldKind Kind)
{
    public string? Help { get; init; }

    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>The label of a choice's empty option ("— none —"); null when the field needs a value.</summary>
    public string? Empty { get; init; }

    /// <summary>The legend of the fieldset the field sits in; consecutive fields of one group share it.</summary>
    public string? Group { get; init; }

    /// <summary>The element's id: the name with dots and brackets made safe for a selector.</summary>
    public string Id => "f-" + new string(Name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>What the user reads for a stored value (a choice's label, yes or no), to compare two versions.</summary>
    public string Show(IReadOnlyList<string> values) => Kind switch
    {
        FieldKind.Checkbox => values.Contains(CatalogValues.True) ? T("да", "yes") : T("нет", "no"),
        FieldKind.Choice or FieldKind.Checklist => values.Count == 0 ? "—" : string.Join("; ", values.Select(v => Choices.FirstOrDefault(c => c.Value == v)?.Label ?? v)),
        _ => values.Count == 0 ? "—" : string.Join("; ", values),
    };
}

/// <summary>The fields catalogs are made of, labelled in the user's language.</summary>
public static class Field
{
    public static CatalogField Text(string name, string label, string? help = null) => new(name, label, FieldKind.Text) { Help = help };

    public static CatalogField Multiline(string name, string label, string? help = null) => new(name, label, FieldKind.Multiline) { Help = help };

    public static CatalogField Checkbox(string name, string label, string? help = null) => new(name, label, FieldKind.Checkbox) { Help = help };

    public static CatalogField Date(string name, string label, string? help = null) => new(name, label, FieldKind.Date) { Help = help };

    /// <summary>One of the given values; <paramref name="empty"/> labels the option that means none (null: one is needed).</summary>
    public static CatalogField Choice(string name, string label, IEnumerable<FieldChoice> choices, string? empty, string? help = null) =>
        new(name, label, FieldKind.Choice) { Choices = choices.ToList(), Empty = empty, Help = help };

    /// <summary>One value of an enumeration, posted as its contract name (kebab-case), shown in the user's words.</summary>
    public static CatalogField Enum<TEnum>(string name, string label, Func<TEnum, string> text, string? help = null) where TEnum : struct, System.Enum =>
        Choice(name, label, System.Enum.GetValues<TEnum>().Select(v => new FieldChoice(KebabEnum.ToKebab(v), text(v))), empty: null, help);

    public static CatalogField Checklist(string name, string label, IEnumerable<FieldChoice> choices, string? help = null) =>
        new(name, label, FieldKind.Checklist) { Choices = choices.ToList(), Help = help };

    /// <summary>The catalog entry's code, asked for only when the entry is new (codes are never renamed).</summary>
    public static CatalogField Code(string? help = null) =>
        Text("code", T("Код *", "Code *"), help ?? T("Латинские строчные буквы, цифры, «.» и «-»; не меняется после создания.",
            "Lower-case Latin letters, digits, '.' and '-'; it cannot change later."));

    /// <summary>A catalog's names in the register's languages; Russian is required.</summary>
    public static IEnumerable<CatalogField> Names()
    {
        var group = T("Наименование", "Name");
        yield return Text("names.ru", T("На русском языке *", "In Russian *")) with { Group = group };
        yield return Text("names.be", T("На белорусском языке", "In Belarusian")) with { Group = group };
        yield return Text("names.en", T("На английском языке", "In English")) with { Group = group };
    }

    public static IEnumerable<CatalogField> InGroup(string group, params CatalogField[] fields) => fields.Select(f => f with { Group = group });
}
