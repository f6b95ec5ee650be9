using System.Globalization;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>
/// A catalog form's values by field name, as the browser posts them (every value text; a list posts one value per
/// checked box) or as a stored entry fills them. A refused save shows them again exactly as typed. Reading them as a
/// request turns the text back into the request's types; a value no control of the form can post (a forged one) is
/// refused for its field, as the API refuses a body it cannot read.
/// </summary>
public sealed class CatalogValues
{
    /// <summary>What a checked box posts.</summary>
    public const string True = "true";

    private readonly Dictionary<string, IReadOnlyList<string>> _values = new(StringComparer.Ordinal);

    public static CatalogValues From(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> posted)
    {
        var values = new CatalogValues();
        foreach (var (name, texts) in posted) values._values[name] = texts.Where(t => t is not null).Select(t => t!).ToList();
        return values;
    }

    /// <summary>Every value posted under the name (none when absent).</summary>
    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var values) ? values : [];

    /// <summary>The first value posted under the name, as posted.</summary>
    public string? this[string name] => All(name).FirstOrDefault();

    public CatalogValues Set(string name, string? value)
    {
        if (value is null) _values.Remove(name);
        else _values[name] = [value];
        return this;
    }

    public CatalogValues Set(string name, bool value) => Set(name, value ? True : null);

    public CatalogValues Set(string name, bool? value) => Set(name, value is { } flag ? (flag ? True : "false") : null);

    public CatalogValues Set(string name, DateOnly? date) => Set(name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public CatalogValues Set<TEnum>(string name, TEnum? value) where TEnum : struct, Enum => Set(name, value is { } v ? KebabEnum.ToKebab(v) : null);

    public CatalogValues Set(string name, IEnumerable<string> values)
    {
        _values[name] = values.ToList();
        return this;
    }

    public CatalogValues Set(LocalizedNames? names) => Set("names.ru", names?.Ru).Set("names.be", names?.Be).Set("names.en", names?.En);

    /// <summary>Whether two sets of values say the same of a field (the order of a list's values aside).</summary>
    public bool Same(CatalogValues other, string name) =>
        All(name).Select(Trim).Where(v => v.Length > 0).Order(StringComparer.Ordinal)
            .SequenceEqual(other.All(name).Select(Trim).Where(v => v.Length > 0).Order(StringComparer.Ordinal));

    // Reading as a request.

    /// <summary>The text typed, trimmed; null when nothing was (the request's "not given").</summary>
    public string? Text(string name) => this[name] is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public bool Flag(string name) => this[name] == True;

    /// <summary>A yes / no / not stated choice.</summary>
    public bool? OptionalFlag(string name) => Text(name) switch
    {
        null => null,
        True => true,
        "false" => false,
        var other => throw Unreadable(name, ForReader.Text($"«{other}» — не «да» и не «нет».", $"'{other}' is neither true nor false.")),
    };

    public DateOnly? Date(string name) =>
        Text(name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Unreadable(name, ForReader.Text($"«{text}» — не дата. Выберите дату в календаре.", $"'{text}' is not a date (YYYY-MM-DD)."));

    public TEnum? Enum<TEnum>(string name) where TEnum : struct, Enum =>
        Text(name) is not { } text ? null
        : KebabEnum.TryParse<TEnum>(text, out var value) ? value
        : throw Unreadable(name, ForReader.Text($"«{text}» нет среди допустимых значений. Выберите значение из списка.", $"'{text}' is not one of: {KebabEnum.Allowed<TEnum>()}."));

    /// <summary>The codes checked in a checklist, each once.</summary>
    public IReadOnlyList<string> Codes(string name) => All(name).Select(Trim).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public LocalizedNames Names() => new(Text("names.ru"), Text("names.be"), Text("names.en"));

    private static string Trim(string value) => value.Trim();

    private static InvalidRequestException Unreadable(string name, string message) => new(name, message);
}
