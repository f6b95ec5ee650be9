using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Register.Tests.Reports;

/// <summary>A tabular report read back: its header row and its rows, every cell as text.</summary>
public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public string Cell(int row, string header)
    {
        var index = Headers.ToList().IndexOf(header);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"No column '{header}' in: {string.Join(" | ", Headers)}");
        return Rows[row][index];
    }

    /// <summary>The row whose cell under <paramref name="header"/> is <paramref name="value"/>.</summary>
    public int RowWhere(string header, string value)
    {
        var index = Headers.ToList().IndexOf(header);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"No column '{header}'");
        var row = Rows.ToList().FindIndex(r => r[index] == value);
        Assert.That(row, Is.GreaterThanOrEqualTo(0), $"No row with {header} = {value}");
        return row;
    }

    public IEnumerable<string> Column(string header)
    {
        var index = Headers.ToList().IndexOf(header);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"No column '{header}'");
        return Rows.Select(r => r[index]);
    }
}

/// <summary>Reads each report format back with the library a recipient would use.</summary>
public static partial class ReportTables
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>CSV through CsvHelper: UTF-8 (the BOM checked and skipped), RFC 4180, header row first.</summary>
    public static ReportTable Csv(byte[] bytes)
    {
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "CSV starts with the UTF-8 byte-order mark");
        using var reader = CsvReader.Create(new MemoryStream(bytes), CsvReaderOptions.Default);
        var headers = reader.Headers.ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            Assert.That(reader.FieldCount, Is.EqualTo(headers.Count), $"record {rows.Count + 1} has as many fields as the header");
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToList());
        }
        return new ReportTable(headers, rows);
    }

    /// <summary>
    /// XLSX through the OpenXML SDK: the package validates, the first sheet has one header row (frozen, with a
    /// filter over every row) and the cells are read as text; date cells (style with a date format) as YYYY-MM-DD.
    /// </summary>
    public static ReportTable Xlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty, "the workbook validates against the Office schema");

        var workbookPart = document.WorkbookPart!;
        var first = workbookPart.Workbook.Sheets!.Elements<Sheet>().First();
        var sheet = ((WorksheetPart)workbookPart.GetPartById(first.Id!)).Worksheet;
        var dateStyles = DateStyles(workbookPart);

        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(row => (IReadOnlyList<string>)row.Elements<Cell>().Select(cell => Text(cell, dateStyles)).ToList())
            .ToList();
        Assert.That(rows, Is.Not.Empty);

        var pane = sheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
        Assert.That(pane?.State?.Value, Is.EqualTo(PaneStateValues.Frozen), "the header row is frozen");
        Assert.That(pane?.VerticalSplit?.Value, Is.EqualTo(1D));
        var lastColumn = Register.Api.Features.Reports.Writers.XlsxReportWriter<object>.ColumnName(rows[0].Count);
        Assert.That(sheet.GetFirstChild<AutoFilter>()?.Reference?.Value, Is.EqualTo($"A1:{lastColumn}{rows.Count}"), "filters cover the header and every row");
        var widths = sheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        Assert.That(widths, Has.Count.EqualTo(rows[0].Count).And.All.GreaterThanOrEqualTo(6D), "every column has a readable width");

        return new ReportTable(rows[0], rows.Skip(1).ToList());
    }

    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var dateFormats = workbook.WorkbookStylesPart?.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value?.Contains("yy", StringComparison.Ordinal) == true).Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        return formats.Select((f, i) => (f, i)).Where(x => x.f.NumberFormatId is { } id && dateFormats.Contains(id.Value)).Select(x => (uint)x.i).ToHashSet();
    }

    private static string Text(Cell cell, HashSet<uint> dateStyles)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.Text?.Text ?? "";
        var value = cell.CellValue?.Text ?? "";
        if (cell.StyleIndex is { } style && dateStyles.Contains(style.Value))
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(value, CultureInfo.InvariantCulture))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return value;
    }

    /// <summary>HTML: the report table's header cells and body rows, entities decoded and &lt;br&gt; read as a line break.</summary>
    public static ReportTable Html(string html)
    {
        var table = ReportTableElement().Match(html);
        Assert.That(table.Success, "the page has the report table");
        var head = Regex.Match(table.Value, "<thead>(.*?)</thead>", RegexOptions.Singleline).Groups[1].Value;
        var body = Regex.Match(table.Value, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        var headers = Regex.Matches(head, "<th>(.*?)</th>", RegexOptions.Singleline).Select(m => Decode(m.Groups[1].Value)).ToList();
        var rows = Regex.Matches(body, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(row => (IReadOnlyList<string>)Regex.Matches(row.Groups[1].Value, "<td>(.*?)</td>", RegexOptions.Singleline)
                .Select(m => Decode(m.Groups[1].Value)).ToList())
            .ToList();
        Assert.That(rows.All(r => r.Count == headers.Count), "every row has a cell per column");
        return new ReportTable(headers, rows);
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html.Replace("<br>", "\n", StringComparison.Ordinal));

    [GeneratedRegex("<table class=\"report\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex ReportTableElement();

    public static async Task<ReportTable> ReadAsync(HttpResponseMessage response, string format)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), Encoding.UTF8.GetString(bytes));
        return format switch
        {
            "csv" => Csv(bytes),
            "xlsx" => Xlsx(bytes),
            "html" => Html(Encoding.UTF8.GetString(bytes)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a tabular format"),
        };
    }
}
