using CsvHelper;

namespace Register.Api.Features.Reports.Writers;

/// <summary>
/// RFC 4180 CSV: one header row, then one record per row; CRLF between records, fields quoted when they hold a
/// comma, quote or line break (lists put one item a line inside a quoted field). UTF-8 with a byte-order mark, so
/// that Excel opens the Cyrillic as Cyrillic. Fields that a spreadsheet would run as formulas (starting with =, +,
/// -, @, tab, CR) get a leading apostrophe (CsvHelper's injection protection, as OWASP recommends): the register
/// holds text people typed, and a CSV is opened in Excel.
/// </summary>
internal sealed class CsvReportWriter<TRow>(Stream output, ReportDefinition<TRow> definition, ReportHeader header)
    : ReportWriter<TRow>(definition, header)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    private readonly CsvWriter _csv = CsvWriter.Create(output, Options, leaveOpen: true);

    public override void Begin()
    {
        foreach (var column in Definition.Columns) _csv.WriteField(HeaderText(column));
        _csv.EndRecord();
    }

    protected override void WriteRow(TRow row)
    {
        foreach (var column in Definition.Columns) _csv.WriteField(column.Text(row, Header));
        _csv.EndRecord();
    }

    public override void End() { }

    public override void Flush() => _csv.Flush();

    public override void Dispose()
    {
        _csv.Dispose();
        base.Dispose();
    }
}
