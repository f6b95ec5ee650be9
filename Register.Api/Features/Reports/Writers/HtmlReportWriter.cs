using System.Globalization;
using System.Text;

namespace Register.Api.Features.Reports.Writers;

/// <summary>
/// A printable page: the operator's header and the day the report speaks for, then one table whose header row
/// repeats on every printed page and whose rows never break across pages; A4 landscape. Written row by row.
/// Everything from the register is HTML-encoded; the page loads nothing from anywhere (no scripts, inline CSS).
/// </summary>
internal sealed class HtmlReportWriter<TRow> : ReportWriter<TRow>
{
    private const string Style = """
        :root { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; }
        body { margin: 1.5em; }
        h1 { font-size: 14pt; margin: 0 0 .4em; }
        .report-header { margin-bottom: 1em; break-after: avoid; page-break-after: avoid; }
        .report-header dl { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; margin: 0; }
        .report-header dt { font-weight: bold; }
        .report-header dd { margin: 0; }
        table.report { border-collapse: collapse; width: 100%; font-size: 8pt; }
        table.report th, table.report td { border: 1px solid #777; padding: 2px 4px; vertical-align: top; text-align: left; }
        table.report th { background: #d9e1f2; }
        table.report thead { display: table-header-group; }
        table.report tr { break-inside: avoid; page-break-inside: avoid; }
        .report-footer { margin-top: .8em; font-size: 8pt; }
        @page { size: A4 landscape; margin: 10mm; }
        @media print {
          body { margin: 0; }
          .report-header { break-after: avoid-page; }
          table.report th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    private readonly StreamWriter _html;

    public HtmlReportWriter(Stream output, ReportDefinition<TRow> definition, ReportHeader header) : base(definition, header) =>
        _html = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);

    private string T(string ru, string en) => Header.Lang == ReportLanguages.English ? en : ru;

    public override void Begin()
    {
        var title = Definition.Title.In(Header.Lang);
        _html.Write($"<!DOCTYPE html>\n<html lang=\"{Header.Lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Encode(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        _html.Write("<header class=\"report-header\">\n");
        _html.Write($"<h1>{Encode(title)}</h1>\n<dl>\n");
        var op = Header.Operator;
        Item(T("Оператор", "Operator"), op?.Name ?? T("не указан (PUT /api/operator)", "not recorded (PUT /api/operator)"));
        if (op is not null)
        {
            Item(T("Место нахождения", "Address"), op.Address);
            Item(T("УНП", "UNP"), op.Unp);
            Item(T("Ответственный за организацию обработки", "Responsible for organising processing"), ReportText.Person(op.ResponsiblePerson));
        }
        if (PeriodText() is { } period) Item(T("Период", "Period"), period);
        Item(T("По состоянию на", "As of"), AsOfText());
        Item(T("Сформирован", "Generated"), Header.GeneratedAt.ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + T(" (время Минска)", " (Minsk time)"));
        if (Header.Department is { } department) Item(T("Подразделение", "Department"), $"{department.Name} ({department.Code})");
        if (Header.ScopeDepartments is { } scope) Item(T("Подразделения (доступ)", "Departments (access)"), string.Join(", ", scope.Select(d => d.Name)));
        _html.Write("</dl>\n</header>\n");

        _html.Write("<table class=\"report\">\n<thead>\n<tr>");
        foreach (var column in Definition.Columns) _html.Write($"<th>{Encode(HeaderText(column))}</th>");
        _html.Write("</tr>\n</thead>\n<tbody>\n");
    }

    protected override void WriteRow(TRow row)
    {
        _html.Write("<tr>");
        foreach (var column in Definition.Columns) _html.Write($"<td>{Encode(column.Text(row, Header))}</td>");
        _html.Write("</tr>\n");
    }

    public override void End()
    {
        _html.Write("</tbody>\n</table>\n");
        _html.Write($"<p class=\"report-footer\">{Encode(T("Строк в отчёте", "Rows in the report"))}: {Rows.ToString(CultureInfo.InvariantCulture)}</p>\n");
        _html.Write("</body>\n</html>\n");
    }

    public override void Flush() => _html.Flush();

    public override void Dispose()
    {
        _html.Dispose();
        base.Dispose();
    }

    private void Item(string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        _html.Write($"<dt>{Encode(label)}</dt><dd>{Encode(value)}</dd>\n");
    }

    /// <summary>HTML-encodes text (Cyrillic stays as is, the page is UTF-8); line breaks in a cell become &lt;br&gt;.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\n': html.Append("<br>"); break;
                case '\r': break;
                default:
                    if (!char.IsControl(c) || c == '\t') html.Append(c);
                    break;
            }
        }
        return html.ToString();
    }
}
