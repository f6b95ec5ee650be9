using System.Globalization;

namespace Register.Api.Features.Reports;

/// <summary>
/// One column of a tabular report (CSV, XLSX, HTML): its header in both languages, a width in characters for
/// the spreadsheet, and the cell of a row. A cell is text (lists one item a line), a whole number, a date, or null.
/// <see cref="Help"/>, when given, says what to write in the column (a spreadsheet to fill in lists it on its "about" sheet).
/// </summary>
public sealed record ReportColumn<TRow>(string Key, Localized Header, double Width, Func<TRow, ReportHeader, object?> Cell, Localized? Help = null)
{
    /// <summary>The cell as text, as CSV and HTML write it: dates as YYYY-MM-DD, numbers without grouping.</summary>
    public string Text(TRow row, ReportHeader header) => ReportCells.Text(Cell(row, header));
}

/// <summary>A report: its name (route and file name), its title, its columns in order, and the name of its spreadsheet sheet.</summary>
public sealed record ReportDefinition<TRow>(string Name, Localized Title, IReadOnlyList<ReportColumn<TRow>> Columns, Localized? SheetName = null);

public static class ReportCells
{
    public static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        DateOnly date => ReportText.Date(date),
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Several items in one cell, one a line (Excel wraps them; CSV quotes the line breaks).</summary>
    public static string Lines(IEnumerable<string?> items) => string.Join("\n", items.Where(i => !string.IsNullOrWhiteSpace(i)));
}
