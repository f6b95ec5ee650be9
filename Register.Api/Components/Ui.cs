using System.Globalization;

namespace Register.Api.Components;

/// <summary>
/// The interface's two languages. Russian is the default; English when the user switched (the culture cookie, set by
/// the request's localization). Texts sit beside the markup that shows them, both languages together, so a page reads
/// whole and no key can be missing.
/// </summary>
public static class Ui
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The language code catalogs resolve names in.</summary>
    public static string Language => English ? "en" : "ru";

    public static string T(string ru, string en) => English ? en : ru;

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Moment(System.DateTime? instant) =>
        instant is { } value
            ? new DateTimeOffset(System.DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToOffset(Register.Domain.Journals.MinskTime.Offset)
                .ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)
            : "—";

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
