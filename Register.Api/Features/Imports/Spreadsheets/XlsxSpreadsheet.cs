using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Imports.Spreadsheets;

/// <summary>
/// An uploaded XLSX workbook, read with the OpenXML SDK forward-only (one row in memory at a time), with a cap on the
/// characters of each part so that a small zip cannot expand into gigabytes.
/// <para>
/// Cells are read as text: shared and inline strings as written; numbers as written, or as <c>YYYY-MM-DD</c> when the
/// cell's format is a date; booleans as true/false. A formula is never evaluated: the cell reads as the value the
/// spreadsheet saved with it (what its author saw), or, when it saved none, as the formula's own text ("=A1+1").
/// </para>
/// </summary>
internal sealed class XlsxSpreadsheet : ISpreadsheet
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private readonly SpreadsheetDocument _document;
    private readonly List<(string Name, WorksheetPart Part)> _sheets;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly HashSet<uint> _dateStyles;

    private XlsxSpreadsheet(SpreadsheetDocument document, List<(string, WorksheetPart)> sheets, IReadOnlyList<string> sharedStrings, HashSet<uint> dateStyles)
    {
        _document = document;
        _sheets = sheets;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
    }

    public IReadOnlyList<string> SheetNames => _sheets.Select(s => s.Name).ToList();

    /// <summary>The workbook, or a 400 naming what is wrong with the file: not a zip, not a workbook, macro-enabled, broken.</summary>
    public static XlsxSpreadsheet Open(Stream content)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(content, false, new OpenSettings { MaxCharactersInPart = ImportLimits.MaxCharactersInPart });
            var workbook = document.WorkbookPart;
            if (workbook is null || workbook.ContentType != WorkbookContentType)
            {
                throw CellText.Unreadable(document.DocumentType == SpreadsheetDocumentType.MacroEnabledWorkbook
                    ? ForReader.Text("Файл — книга с макросами (.xlsm): сохраните её как книгу Excel (.xlsx) и загрузите.",
                        "The file is a macro-enabled workbook (.xlsm): save it as an Excel workbook (.xlsx) and upload that.")
                    : ForReader.Text("Файл — документ Office, но не книга Excel (.xlsx).", "The file is an Office document but not an Excel workbook (.xlsx)."));
            }
            var sheets = (workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
                .Select(sheet => (Name: sheet.Name?.Value ?? "", Part: sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
                .Where(sheet => sheet.Part is not null)
                .Select(sheet => (sheet.Name, sheet.Part!))
                .ToList();
            var spreadsheet = new XlsxSpreadsheet(document, sheets, SharedStrings(workbook), DateStyles(workbook));
            document = null;
            return spreadsheet;
        }
        catch (Exception exception) when (IsBrokenFile(exception))
        {
            throw NotAWorkbook(exception);
        }
        finally
        {
            document?.Dispose();
        }
    }

    public IReadOnlyList<string> HeaderOf(int sheet) => Guarded(() => Rows(sheet).Select(r => r.Cells).FirstOrDefault() ?? []);

    public ImportSheet Read(int sheet) => Guarded(() =>
    {
        var rows = Rows(sheet).ToList();
        return new ImportSheet(_sheets[sheet].Name, rows.Count == 0 ? [] : rows[0].Cells, rows.Skip(1).ToList());
    });

    // Rows as the sheet stores them, one loaded at a time; an empty row is not stored and so not returned.
    private IEnumerable<ImportSheetRow> Rows(int sheet)
    {
        using var reader = OpenXmlReader.Create(_sheets[sheet].Part);
        var count = 0;
        var last = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : last + 1;
            last = number;
            if (++count > ImportLimits.MaxRows + 1)
            {
                throw CellText.Unreadable(ForReader.Text(
                    $"На листе «{_sheets[sheet].Name}» больше {ImportLimits.MaxRows} строк: импортируйте его по частям.",
                    $"The sheet '{_sheets[sheet].Name}' has more than {ImportLimits.MaxRows} rows; import it in parts."));
            }
            yield return new ImportSheetRow(number, Cells(row, sheet));
        }
    }

    private List<string> Cells(Row row, int sheet)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            if (column >= ImportLimits.MaxColumns)
            {
                throw CellText.Unreadable(ForReader.Text(
                    $"На листе «{_sheets[sheet].Name}» заполнены ячейки дальше столбца {ImportLimits.MaxColumns}.",
                    $"The sheet '{_sheets[sheet].Name}' has cells beyond column {ImportLimits.MaxColumns}."));
            }
            while (cells.Count < column) cells.Add("");
            if (cells.Count > column) continue; // a second cell for a column already read: the first one stands
            cells.Add(CellText.Of(Text(cell)));
        }
        return cells;
    }

    private string Text(Cell cell)
    {
        // A formula is read as its saved value; without one, as the formula itself. Never evaluated either way.
        var value = cell.CellValue?.Text;
        if (cell.CellFormula is { } formula && string.IsNullOrEmpty(value) && cell.DataType?.Value != CellValues.InlineString)
        {
            return "=" + formula.Text;
        }
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return InlineText(cell.InlineString);
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count ? _sharedStrings[index] : "";
        }
        if (type == CellValues.Boolean) return value == "1" ? "true" : "false";
        if (type is null || type == CellValues.Number)
        {
            if (value is not null && cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_958_466)
            {
                return ExcelEpoch.AddDays((int)Math.Floor(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
        return value ?? "";
    }

    // A rich-text string is its runs' text; phonetic guides (rPh) are not part of it.
    private static string InlineText(OpenXmlElement? item) =>
        item is null ? "" : item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static IReadOnlyList<string> SharedStrings(WorkbookPart workbook)
    {
        var table = workbook.SharedStringTablePart;
        if (table is null) return [];
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(table);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement) strings.Add(InlineText(reader.LoadCurrentElement()));
        }
        return strings;
    }

    /// <summary>The cell formats whose number format is a date: the built-in date formats, and custom ones that write a year or a day.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = (stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value).ToHashSet();
        return (stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
            .Select((format, index) => (Id: format.NumberFormatId?.Value ?? 0U, Index: (uint)index))
            .Where(f => f.Id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58 || custom.Contains(f.Id))
            .Select(f => f.Index).ToHashSet();
    }

    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        // Quoted literals and [colour]/[locale] sections are not part of what the format writes.
        var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", "");
        return bare.IndexOfAny(['y', 'Y', 'd', 'D']) >= 0;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            index = index * 26 + (c - 'A' + 1);
            if (index > ImportLimits.MaxColumns) break;
        }
        return Math.Max(index, 1) - 1;
    }

    private T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (IsBrokenFile(exception))
        {
            throw NotAWorkbook(exception);
        }
    }

    // What the SDK and System.IO.Packaging throw for a file that is not a zip, a zip that is not a package, a truncated
    // or corrupted part, or a part over the size cap.
    private static bool IsBrokenFile(Exception exception) =>
        exception is FileFormatException or InvalidDataException or XmlException or OpenXmlPackageException or IOException
            && exception is not BadHttpRequestException;

    private static Infrastructure.Errors.InvalidRequestException NotAWorkbook(Exception exception) =>
        CellText.Unreadable(exception is XmlException { Message: var message } && message.Contains("exceeded", StringComparison.OrdinalIgnoreCase)
            ? ForReader.Text("Книга в распакованном виде больше, чем читает импорт: импортируйте её по частям.",
                "The workbook expands to more than the importer reads; import it in parts.")
            : ForReader.Text("Файл не читается как книга Excel (.xlsx): возможно, это файл другого вида с расширением .xlsx или он повреждён.",
                "The file is not a readable Excel workbook (.xlsx): it may be another kind of file with an .xlsx name, or damaged."));

    public void Dispose() => _document.Dispose();
}
