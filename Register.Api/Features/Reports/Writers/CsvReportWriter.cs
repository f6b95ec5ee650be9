using CsvHelper;
using Register.Api.Infrastructure.Spreadsheets;

namespace Register.Api.Features.Reports.Writers;

/// <summary>
/// RFC 4180 CSV: one header row, then one record per row; CRLF between records, fields quoted when they hold a
/// comma, quote or line break (lists put one item a line inside a quoted field). UTF-8 with a byte-order mark, so
/// that Excel opens the Cyrillic as Cyrillic. Fields that a spreadsheet would run as formulas get a leading
/// apostrophe (<see cref="FormulaGuard"/>, the same for the XLSX writer and read back by the importer): the register
/// holds text people typed, and a CSV is opened in Excel.
/// </summary>
internal sealed class CsvReportWriter<TRow>(Stream output, ReportDefinition<TRow> definition, ReportHeader header)
    : ReportWriter<TRow>(definition, header)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        // Not CsvHelper's own escape: FormulaGuard is the one rule for CSV and XLSX alike, and the importer undoes it.
        Injection = CsvInjection.None,
        WriteByteOrderMark = true,
    };

    private readonly CsvWriter _csv = CsvWriter.Create(output, Options, leaveOpen: true);

    public override void Begin()
    {
        foreach (var column in Definition.Columns) _csv.WriteField(FormulaGuard.Neutralise(HeaderText(column)));
        _csv.EndRecord();
    }

    protected override void WriteRow(TRow row)
    {
        foreach (var column in Definition.Columns) _csv.WriteField(FormulaGuard.Neutralise(column.Text(row, Header)));
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
