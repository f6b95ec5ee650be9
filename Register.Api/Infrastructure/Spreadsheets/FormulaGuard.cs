using System.Buffers;

namespace Register.Api.Infrastructure.Spreadsheets;

/// <summary>
/// CSV and formula injection (OWASP): a cell whose text starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return may be run as a formula by the spreadsheet that opens the file. Every CSV and XLSX the register
/// writes passes its text cells through <see cref="Neutralise"/>, which puts an apostrophe in front (a spreadsheet
/// then shows the cell as text); the importer reads them back through <see cref="Restore"/>, so a title that
/// really starts with "=" survives the round trip. Text that already starts with apostrophes before such a character
/// gets one more, so that the two are exact inverses.
/// </summary>
public static class FormulaGuard
{
    public const char Escape = '\'';

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public static string Neutralise(string text) => NeedsEscape(text) ? Escape + text : text;

    public static string Restore(string text) => text.Length > 1 && text[0] == Escape && NeedsEscape(text.AsSpan(1)) ? text[1..] : text;

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart(Escape);
        return !start.IsEmpty && FormulaStarts.Contains(start[0]);
    }
}
