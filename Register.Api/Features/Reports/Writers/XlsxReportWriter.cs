using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Register.Api.Infrastructure.Spreadsheets;

namespace Register.Api.Features.Reports.Writers;

/// <summary>
/// An XLSX workbook: the report sheet (one header row, frozen, with filters; readable column widths; cells wrap;
/// printed A4 landscape, fitted to the page width, header row repeated) and an "about" sheet with the operator,
/// the day and the filters.
/// <para>
/// Text cells are inline strings, which Excel never runs as formulas when it opens the file; they still go through
/// <see cref="FormulaGuard"/> as the CSV's do, because a cell that starts with "=" becomes a formula once someone
/// edits it or saves the sheet as CSV. One rule for both formats, and the importer reads both back the same way.
/// </para>
/// <para>
/// Memory: the sheet is written forward-only with an <see cref="XmlWriter"/> (the SDK's elements only for the few
/// parts around the rows), and not through the SDK's packaging. <c>SpreadsheetDocument.Create</c> needs a readable, seekable stream and System.IO.Packaging then
/// opens the zip in update mode, which keeps every part uncompressed in memory until the package is closed
/// (measured: about 10 MB per 1,000 rows of 20 text cells). So the package is assembled here with
/// <see cref="ZipArchive"/> in create mode on a non-seekable stream, which deflates each part straight into the
/// response buffer; the few small parts are written after the sheet, when the row count is known.
/// </para>
/// </summary>
internal sealed class XlsxReportWriter<TRow> : ReportWriter<TRow>
{
    private const string SpreadsheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const int MaxCellText = 32_767;

    // Indexes into the stylesheet's cellXfs (see Styles()).
    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint DateStyle = 3;
    private const uint NumberStyle = 4;

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private readonly ZipArchive _zip;
    private Stream? _sheetStream;
    private XmlWriter? _sheet;
    private string[] _columnNames = [];
    private int _rowIndex;

    public XlsxReportWriter(Stream output, ReportDefinition<TRow> definition, ReportHeader header) : base(definition, header) =>
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8);

    private string SheetName => Definition.SheetName?.In(Header.Lang) ?? (Header.Lang == ReportLanguages.English ? "Report" : "Отчёт");
    private string AboutSheetName => Header.Lang == ReportLanguages.English ? "About" : "Сведения";
    private string LastColumn => ColumnName(Definition.Columns.Count);

    public override void Begin()
    {
        _columnNames = Enumerable.Range(1, Definition.Columns.Count).Select(ColumnName).ToArray();
        _sheetStream = _zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        _sheet = XmlWriter.Create(_sheetStream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        _sheet.WriteStartDocument(standalone: true);
        // The SDK writes its elements with the "x" prefix; binding it here once keeps every element of the sheet in
        // the same form (the rows below take the prefix in scope) instead of redeclaring the namespace on each part.
        _sheet.WriteStartElement("x", "worksheet", SpreadsheetNs);
        new SheetProperties(new PageSetupProperties { FitToPage = true }).WriteTo(_sheet);
        new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U }).WriteTo(_sheet);
        new SheetFormatProperties { DefaultRowHeight = 15D }.WriteTo(_sheet);
        new Columns(Definition.Columns.Select((c, i) =>
            new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })).WriteTo(_sheet);
        _sheet.WriteStartElement("sheetData", SpreadsheetNs);
        WriteRowCells(Definition.Columns.Select(c => (object?)HeaderText(c)).ToList(), HeaderStyle);
    }

    protected override void WriteRow(TRow row) => WriteRowCells(Definition.Columns.Select(c => c.Cell(row, Header)).ToList(), null);

    // The rows are the whole cost of a large workbook, so they are written straight to the XmlWriter rather than
    // built as the SDK's element objects first (measured: most of the time of a 10,000-row supervisory XLSX went
    // into creating and writing those objects). The markup is the one the SDK wrote: inline strings, style indexes.
    private void WriteRowCells(IReadOnlyList<object?> cells, uint? style)
    {
        _rowIndex++;
        var sheet = _sheet!;
        var rowNumber = _rowIndex.ToString(CultureInfo.InvariantCulture);
        sheet.WriteStartElement("row", SpreadsheetNs);
        sheet.WriteAttributeString("r", rowNumber);
        for (var i = 0; i < cells.Count; i++)
        {
            sheet.WriteStartElement("c", SpreadsheetNs);
            sheet.WriteAttributeString("r", _columnNames[i] + rowNumber);
            switch (cells[i])
            {
                case int number:
                    WriteValueCell(sheet, style ?? NumberStyle, number);
                    break;
                case DateOnly date:
                    WriteValueCell(sheet, style ?? DateStyle, date.DayNumber - ExcelEpoch.DayNumber);
                    break;
                default:
                    sheet.WriteAttributeString("s", (style ?? TextStyle).ToString(CultureInfo.InvariantCulture));
                    sheet.WriteAttributeString("t", "inlineStr");
                    sheet.WriteStartElement("is", SpreadsheetNs);
                    sheet.WriteStartElement("t", SpreadsheetNs);
                    sheet.WriteAttributeString("xml", "space", null, "preserve");
                    sheet.WriteString(Clean(FormulaGuard.Neutralise(ReportCells.Text(cells[i]))));
                    sheet.WriteEndElement();
                    sheet.WriteEndElement();
                    break;
            }
            sheet.WriteEndElement();
        }
        sheet.WriteEndElement();
    }

    private static void WriteValueCell(XmlWriter sheet, uint style, int value)
    {
        sheet.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        sheet.WriteStartElement("v", SpreadsheetNs);
        sheet.WriteString(value.ToString(CultureInfo.InvariantCulture));
        sheet.WriteEndElement();
    }

    public override void End()
    {
        var sheet = _sheet!;
        sheet.WriteEndElement(); // sheetData
        new AutoFilter { Reference = $"A1:{LastColumn}{Math.Max(_rowIndex, 1)}" }.WriteTo(sheet);
        new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.6D, Bottom = 0.6D, Header = 0.3D, Footer = 0.3D }.WriteTo(sheet);
        new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U }.WriteTo(sheet);
        // Excel allows 255 characters in a page header: the operator's name is shortened, the day always fits.
        new HeaderFooter(
            new OddHeader($"&L&8{HeaderFooterText(Shorten(Header.Operator?.Name ?? "", 100))}&R&8{ReportText.Date(Header.AsOf)}"),
            new OddFooter("&C&8&P / &N")).WriteTo(sheet);
        sheet.WriteEndElement(); // worksheet
        sheet.WriteEndDocument();
        sheet.Dispose();
        _sheet = null;
        _sheetStream!.Dispose();
        _sheetStream = null;

        WriteElementPart("xl/worksheets/sheet2.xml", AboutSheet());
        WriteElementPart("xl/workbook.xml", Workbook());
        WriteElementPart("xl/styles.xml", Styles());
        WriteXmlPart("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationshipsNs);
            Relationship(xml, "rId1", $"{RelationshipsNs}/worksheet", "worksheets/sheet1.xml");
            Relationship(xml, "rId2", $"{RelationshipsNs}/worksheet", "worksheets/sheet2.xml");
            Relationship(xml, "rId3", $"{RelationshipsNs}/styles", "styles.xml");
            xml.WriteEndElement();
        });
        WriteXmlPart("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationshipsNs);
            Relationship(xml, "rId1", $"{RelationshipsNs}/officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        });
        WriteXmlPart("[Content_Types].xml", xml =>
        {
            const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
            xml.WriteStartElement("Types", ns);
            Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, ns, "xml", "application/xml");
            Override(xml, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, ns, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            Override(xml, ns, "/xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            Override(xml, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            xml.WriteEndElement();
        });
        _zip.Dispose(); // writes the zip's central directory
    }

    // The deflate stream emits as its window fills; nothing to push by hand.
    public override void Flush() { }

    public override void Dispose()
    {
        _sheet?.Dispose();
        _sheetStream?.Dispose();
        _zip.Dispose();
        base.Dispose();
    }

    private Workbook Workbook()
    {
        var quoted = $"'{SheetName}'";
        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0U }),
            new Sheets(
                new Sheet { Name = SheetName, SheetId = 1U, Id = "rId1" },
                new Sheet { Name = AboutSheetName, SheetId = 2U, Id = "rId2" }),
            new DefinedNames(
                new DefinedName($"{quoted}!$A$1:${LastColumn}${Math.Max(_rowIndex, 1)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true },
                new DefinedName($"{quoted}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0U }));
        workbook.AddNamespaceDeclaration("r", RelationshipsNs);
        return workbook;
    }

    private Worksheet AboutSheet()
    {
        string T(string ru, string en) => Header.Lang == ReportLanguages.English ? en : ru;
        var op = Header.Operator;
        var items = new List<(string Label, string? Value)>
        {
            (T("Отчёт", "Report"), Definition.Title.In(Header.Lang)),
            (T("Оператор", "Operator"), op?.Name),
            (T("Место нахождения", "Address"), op?.Address),
            (T("УНП", "UNP"), op?.Unp),
            (T("Ответственный за организацию обработки", "Responsible for organising processing"), ReportText.Person(op?.ResponsiblePerson)),
            (T("Период", "Period"), PeriodText()),
            (T("По состоянию на", "As of"), AsOfText()),
            (T("Сформирован", "Generated"), Header.GeneratedAt.ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                + T(" (время Минска)", " (Minsk time)")),
            (T("Подразделение", "Department"), Header.Department is { } d ? $"{d.Name} ({d.Code})" : null),
            (T("Подразделения (доступ)", "Departments (access)"), Header.ScopeDepartments is { } scope ? string.Join(", ", scope.Select(s => s.Name)) : null),
            (T("Строк в отчёте", "Rows in the report"), Rows.ToString(CultureInfo.InvariantCulture)),
        };
        var helped = Definition.Columns.Where(c => c.Help is not null).ToList();
        if (helped.Count > 0)
        {
            items.Add((T("Столбец", "Column"), T("Что в нём пишется", "What goes in it")));
            items.AddRange(helped.Select(c => (HeaderText(c), (string?)c.Help!.In(Header.Lang))));
        }
        var rows = items.Where(i => !string.IsNullOrWhiteSpace(i.Value)).Select((item, index) =>
        {
            var r = (uint)(index + 1);
            return new Row(
                new Cell(new InlineString(new Text(Clean(FormulaGuard.Neutralise(item.Label))))) { CellReference = $"A{r}", DataType = CellValues.InlineString, StyleIndex = HeaderStyle },
                new Cell(new InlineString(new Text(Clean(FormulaGuard.Neutralise(item.Value!))) { Space = SpaceProcessingModeValues.Preserve }))
                { CellReference = $"B{r}", DataType = CellValues.InlineString, StyleIndex = TextStyle })
            { RowIndex = r };
        });
        return new Worksheet(
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 40D, CustomWidth = true },
                new Column { Min = 2U, Max = 2U, Width = 110D, CustomWidth = true }),
            new SheetData(rows));
    }

    private static Stylesheet Styles()
    {
        static Border Thin() => new(
            new LeftBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "yyyy-mm-dd" }) { Count = 1U },
            new Fonts(
                new Font(new FontSize { Val = 10D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
                new Font(new Bold(), new FontSize { Val = 10D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }))
            { Count = 2U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
            { Count = 3U },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                Thin())
            { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
                { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 1U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
                { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Top })
                { NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
                { NumberFormatId = 1U, FontId = 0U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true })
            { Count = 5U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    private void WriteElementPart(string name, OpenXmlElement root)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream, Encoding.UTF8);
        writer.WriteStartDocument();
        writer.WriteElement(root);
        writer.Close();
    }

    private void WriteXmlPart(string name, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationshipsNs);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string ns, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ns);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string ns, string part, string contentType)
    {
        xml.WriteStartElement("Override", ns);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    /// <summary>A1-style column letters: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        while (index > 0)
        {
            var remainder = (index - 1) % 26;
            name = (char)('A' + remainder) + name;
            index = (index - 1) / 26;
        }
        return name;
    }

    // XML cannot carry most control characters, and Excel refuses cells over 32,767 characters.
    private static string Clean(string text)
    {
        var clean = AllXmlChars(text) ? text : Strip(text);
        return clean.Length <= MaxCellText ? clean : clean[..(MaxCellText - 1)] + "…";
    }

    private static bool AllXmlChars(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    private static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    // In page headers and footers '&' starts a code; a literal one is written twice.
    private static string HeaderFooterText(string text) => Clean(text).Replace("&", "&&", StringComparison.Ordinal);
}
