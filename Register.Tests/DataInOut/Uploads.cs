using System.Net.Http.Headers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Register.Api.Features.Imports;

namespace Register.Tests.DataInOut;

/// <summary>A formula cell for <see cref="Uploads.Xlsx"/>: the formula, and the value a spreadsheet saved with it (none: null).</summary>
public sealed record Formula(string Text, string? Saved);

/// <summary>Files to upload: workbooks and CSV written here the way a spreadsheet program would, and the form they go in.</summary>
public static class Uploads
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static MultipartFormDataContent Form(byte[] content, string fileName, string? mediaType = null)
    {
        var file = new ByteArrayContent(content);
        if (mediaType is not null) file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, byte[] content, string fileName, bool? dryRun = null) =>
        client.PostAsync(ImportRoutes.Activities + (dryRun is { } d ? $"?dryRun={(d ? "true" : "false")}" : ""),
            Form(content, fileName, fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? Xlsx : "text/csv"));

    /// <summary>
    /// A workbook with the OpenXML SDK, cells as shared strings (as Excel saves text), a <see cref="Formula"/> as a formula
    /// cell. Sheets in the order given.
    /// </summary>
    public static byte[] Workbook(params (string Name, object?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        var reference = Api.Features.Reports.Writers.XlsxReportWriter<object>.ColumnName(c + 1) + (r + 1);
                        switch (rows[r][c])
                        {
                            case null:
                                break;
                            case Formula formula:
                                row.Append(new Cell
                                {
                                    CellReference = reference,
                                    DataType = CellValues.String,
                                    CellFormula = new CellFormula(formula.Text),
                                    CellValue = formula.Saved is null ? null : new CellValue(formula.Saved),
                                });
                                break;
                            case var value:
                                var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
                                if (!index.TryGetValue(text, out var at))
                                {
                                    at = index[text] = index.Count;
                                    strings.SharedStringTable.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                                }
                                row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(at) });
                                break;
                        }
                    }
                    data.Append(row);
                }
                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
        }
        return stream.ToArray();
    }

    /// <summary>The workbook with one cell of its first sheet replaced by text, as a person editing it in Excel would leave it.</summary>
    public static byte[] WithCell(byte[] xlsx, string reference, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var sheet = ((WorksheetPart)workbook.GetPartById(first.Id!)).Worksheet;
            var cell = sheet.Descendants<Cell>().Single(c => c.CellReference?.Value == reference);
            cell.RemoveAllChildren();
            cell.DataType = CellValues.InlineString;
            cell.Append(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            sheet.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The header row of the template, in Russian, then the rows.</summary>
    public static object?[][] TemplateRows(params Dictionary<string, object?>[] rows)
    {
        var columns = ImportColumns.Template.Columns;
        return [columns.Select(c => (object?)c.Header.Ru).ToArray(), .. rows.Select(row => columns.Select(c => row.GetValueOrDefault(c.Key)).ToArray())];
    }

    /// <summary>A CSV of the rows (RFC 4180, comma-separated), as bytes of the encoding.</summary>
    public static byte[] Csv(object?[][] rows, System.Text.Encoding encoding, bool byteOrderMark = false, string separator = ",")
    {
        static string Field(object? value)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            return text.IndexOfAny(['"', ',', ';', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
        }
        var text = string.Join("\r\n", rows.Select(r => string.Join(separator, r.Select(Field)))) + "\r\n";
        return [.. byteOrderMark ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];
    }
}
