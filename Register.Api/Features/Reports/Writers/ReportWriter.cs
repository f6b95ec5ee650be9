namespace Register.Api.Features.Reports.Writers;

/// <summary>
/// Writes one report in one format, synchronously, into a <see cref="ReportBuffer"/>; the endpoint drains the
/// buffer to the response asynchronously as it fills. Writers never hold more than the row being written (the
/// libraries they drive keep only their own small buffers), so a report's memory does not grow with its rows.
/// </summary>
internal abstract class ReportWriter<TRow>(ReportDefinition<TRow> definition, ReportHeader header) : IDisposable
{
    protected ReportDefinition<TRow> Definition { get; } = definition;
    protected ReportHeader Header { get; } = header;
    protected int Rows { get; private set; }

    public abstract void Begin();

    public void Write(TRow row)
    {
        Rows++;
        WriteRow(row);
    }

    protected abstract void WriteRow(TRow row);

    /// <summary>Closes the document (the XLSX package is only valid once this has run).</summary>
    public abstract void End();

    /// <summary>Pushes what the writer holds into the buffer, so the endpoint can send it.</summary>
    public abstract void Flush();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    protected string HeaderText(ReportColumn<TRow> column) => column.Header.In(Header.Lang);

    private string T(string ru, string en) => Header.Lang == ReportLanguages.English ? en : ru;

    /// <summary>The header's "as of" line: the day, and whether it is today's register or a past day's from the versions.</summary>
    protected string AsOfText() => ReportText.Date(Header.AsOf) + (Header.FromVersions
        ? T(" (на конец дня, по сохранённым версиям записей)", " (end of the day, from the saved versions of the entries)")
        : Header.Period is null ? T(" (текущее состояние реестра)", " (the register as it stands)") : T(" (сроки рассчитаны на эту дату)", " (deadlines as of this day)"));

    /// <summary>A journal report's period ("с 2026-01-01 по 2026-03-31"), or null for the register's reports.</summary>
    protected string? PeriodText() => Header.Period is not { } period ? null
        : period is { From: null, To: null } ? T("весь журнал", "the whole journal")
        : string.Join(" ", new[]
        {
            period.From is { } from ? T("с ", "from ") + ReportText.Date(from) : null,
            period.To is { } to ? T("по ", "to ") + ReportText.Date(to) : null,
        }.OfType<string>());

    public static ReportWriter<TRow> Create(ReportFormat format, Stream output, ReportDefinition<TRow> definition, ReportHeader header) => format switch
    {
        ReportFormat.Csv => new CsvReportWriter<TRow>(output, definition, header),
        ReportFormat.Xlsx => new XlsxReportWriter<TRow>(output, definition, header),
        ReportFormat.Html => new HtmlReportWriter<TRow>(output, definition, header),
        _ => new JsonReportWriter<TRow>(output, definition, header),
    };
}

/// <summary>
/// A write-only, non-seekable stream that keeps what is written until <see cref="DrainAsync"/> sends it on.
/// Non-seekable on purpose: the zip writer then streams each part with data descriptors instead of seeking back
/// into data that has already been sent.
/// </summary>
internal sealed class ReportBuffer : Stream
{
    /// <summary>The endpoint sends the buffer on once it holds this much.</summary>
    public const int DrainThreshold = 64 * 1024;

    private readonly MemoryStream _buffer = new();
    private long _sent;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Bytes waiting to be sent.</summary>
    public long Pending => _buffer.Length;

    /// <summary>Bytes sent so far plus those waiting.</summary>
    public long Total => _sent + _buffer.Length;

    public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);
    public override void WriteByte(byte value) => _buffer.WriteByte(value);
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public async Task DrainAsync(Stream target, CancellationToken cancellationToken)
    {
        if (_buffer.Length == 0) return;
        await target.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken);
        _sent += _buffer.Length;
        _buffer.SetLength(0);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _buffer.Dispose();
        base.Dispose(disposing);
    }
}
