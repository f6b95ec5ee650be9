using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text.Json;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataInOut;

/// <summary>
/// Reads a <see cref="RegisterFile"/> line by line as it streams: the header, then each table and its rows, then the trailer,
/// which it checks against the digest and the row counts of what it read. It holds one line at a time. What it reports is
/// where the file is wrong (line, table, column), never a value: the file holds subjects' personal data.
/// </summary>
public sealed class RegisterFileReader : IAsyncDisposable
{
    /// <summary>
    /// A line longer than this is not one the register writes. A line is one row; the longest values are kept reports'
    /// bytes, which the register holds whole as well (in base64 here, a third longer).
    /// </summary>
    private const int MaxLineBytes = 1024 * 1024 * 1024;

    private readonly PipeReader _pipe;
    private readonly CancellationToken _cancellationToken;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private SequencePosition? _consumed;
    private long _line;
    private RegisterFileTable? _table;
    private FileLine? _pending;

    public RegisterFileReader(Stream stream, CancellationToken cancellationToken)
    {
        _pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        _cancellationToken = cancellationToken;
    }

    /// <summary>The first line, checked: a register file of a layout this release reads.</summary>
    public async Task<RegisterFileHeader> ReadHeaderAsync()
    {
        var line = await NextLineAsync() ?? throw new RegisterFileException("The file is empty.");
        FileLine first;
        try
        {
            first = ParseObject(line);
        }
        catch (RegisterFileException exception)
        {
            throw new RegisterFileException($"The file is not a register export: its first line is not a register file's header. {exception.Message}");
        }
        if (first.Header is not { } header || header.Format != RegisterFile.Format)
        {
            throw new RegisterFileException("The file is not a register export: its first line is not a register file's header.");
        }
        switch (header.FormatVersion)
        {
            // The only layout so far. A release that changes it adds its reader here and keeps this one for older files.
            case RegisterFile.Version:
                break;
            case > RegisterFile.Version:
                throw new RegisterFileException(
                    $"The file was written by a newer release of the register (file format version {header.FormatVersion}; this release " +
                    $"reads version {RegisterFile.Version}). Import it with that release or a later one.");
            default:
                throw new RegisterFileException($"The file's format version {header.FormatVersion} is not one the register has written.");
        }
        if (header.SchemaVersion is not { Length: > 0 } || header.ExportId is not { Length: > 0 and <= 64 })
        {
            throw new RegisterFileException("The file's header lacks its schema version or export id.");
        }
        return header;
    }

    /// <summary>
    /// The next table, once the previous one's rows are all read; null after the trailer, which has then been checked: the
    /// digest of everything before it, and the rows of every table.
    /// </summary>
    public async Task<RegisterFileTable?> ReadTableAsync()
    {
        var next = _pending ?? ParseObject(await NextLineAsync() ?? throw CutShort());
        _pending = null;
        if (next.Table is { } table)
        {
            if (table.Name is not { Length: > 0 } || table.Columns is not { Count: > 0 } || table.Columns.Any(c => c?.Name is null))
            {
                throw new RegisterFileException($"Line {_line} names a table without its columns.");
            }
            if (!_rows.TryAdd(table.Name, 0)) throw new RegisterFileException($"Line {_line} starts the table '{table.Name}' a second time.");
            _table = table;
            return table;
        }
        if (next.Trailer is { } trailer)
        {
            Check(trailer);
            if (await NextLineAsync() is not null) throw new RegisterFileException($"The file goes on after its trailer (line {_line}).");
            _table = null;
            return null;
        }
        throw new RegisterFileException($"Line {_line} is a second header.");
    }

    /// <summary>The current table's next row into <paramref name="values"/> (in the order of its columns); false when the table ends.</summary>
    public async Task<bool> ReadRowAsync(object?[] values)
    {
        if (_table is not { } table || _pending is not null) return false;
        var line = await NextLineAsync() ?? throw CutShort();
        if (FirstByte(line) != (byte)'[')
        {
            _pending = ParseObject(line);
            return false;
        }
        if (!line.Terminated) throw CutShort();
        ParseRow(line, table, values);
        Hash(line);
        _rows[table.Name]++;
        return true;
    }

    private void Check(RegisterFileTrailer trailer)
    {
        var digest = Convert.ToHexStringLower(_sha256.GetHashAndReset());
        if (!string.Equals(trailer.Sha256, digest, StringComparison.OrdinalIgnoreCase))
        {
            throw new RegisterFileException(
                $"The file's content does not match the SHA-256 in its trailer (the trailer says {trailer.Sha256}, the content's is {digest}): " +
                "it was changed after it was written.");
        }
        var counted = trailer.Rows ?? new Dictionary<string, long>();
        var differing = _rows.Where(t => !counted.TryGetValue(t.Key, out var n) || n != t.Value).Select(t => t.Key)
            .Concat(counted.Keys.Where(t => !_rows.ContainsKey(t)))
            .ToList();
        if (differing.Count > 0)
        {
            throw new RegisterFileException($"The trailer's row counts differ from the rows the file holds (tables: {string.Join(", ", differing)}).");
        }
    }

    private void ParseRow(RawLine line, RegisterFileTable table, object?[] values)
    {
        var reader = new Utf8JsonReader(line.Bytes, isFinalBlock: true, state: default);
        try
        {
            reader.Read();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
                {
                    throw new RegisterFileException($"Line {_line} (a row of {table.Name}) has fewer values than the table's {table.Columns.Count} columns.");
                }
                values[i] = Value(ref reader, table, table.Columns[i]);
            }
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            {
                throw new RegisterFileException($"Line {_line} (a row of {table.Name}) has more values than the table's {table.Columns.Count} columns.");
            }
            if (reader.Read()) throw new RegisterFileException($"Line {_line} goes on after its row.");
        }
        catch (JsonException exception)
        {
            throw new RegisterFileException($"Line {_line} (a row of {table.Name}) is not valid JSON: {exception.Message}", exception);
        }
    }

    private object? Value(ref Utf8JsonReader reader, RegisterFileTable table, RegisterColumn column)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        object? value = (column.Type, reader.TokenType) switch
        {
            (ColumnType.Integer, JsonTokenType.Number) => reader.TryGetInt64(out var number) ? number : null,
            (ColumnType.Boolean, JsonTokenType.True) => true,
            (ColumnType.Boolean, JsonTokenType.False) => false,
            (ColumnType.Text, JsonTokenType.String) => reader.GetString(),
            (ColumnType.DateTime, JsonTokenType.String) =>
                DateTime.TryParseExact(reader.GetString(), RegisterFile.DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null,
            (ColumnType.Date, JsonTokenType.String) =>
                DateTime.TryParseExact(reader.GetString(), RegisterFile.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
            (ColumnType.Binary, JsonTokenType.String) => reader.TryGetBytesFromBase64(out var bytes) ? bytes : null,
            _ => null,
        };
        return value ?? throw new RegisterFileException(
            $"Line {_line}: the value of {table.Name}.{column.Name} is not {KebabEnum.ToKebab(column.Type)} as the table's line says.");
    }

    private FileLine ParseObject(RawLine line)
    {
        if (FirstByte(line) != (byte)'{') throw new RegisterFileException($"Line {_line} is neither a row nor a header, table or trailer.");
        FileLine? parsed;
        try
        {
            var reader = new Utf8JsonReader(line.Bytes, isFinalBlock: true, state: default);
            parsed = JsonSerializer.Deserialize<FileLine>(ref reader, RegisterJson.Options);
            if (reader.Read()) throw new RegisterFileException($"Line {_line} goes on after its object.");
        }
        catch (JsonException exception)
        {
            throw line.Terminated ? new RegisterFileException($"Line {_line} is not valid JSON: {exception.Message}", exception) : CutShort();
        }
        if (parsed is null || new object?[] { parsed.Header, parsed.Table, parsed.Trailer }.Count(p => p is not null) != 1)
        {
            throw new RegisterFileException($"Line {_line} is neither a row nor a header, table or trailer.");
        }
        // The trailer ends the digested content: it is the one line the digest does not cover.
        if (parsed.Trailer is null)
        {
            if (!line.Terminated) throw CutShort();
            Hash(line);
        }
        return parsed;
    }

    private void Hash(RawLine line)
    {
        foreach (var segment in line.Bytes) _sha256.AppendData(segment.Span);
        _sha256.AppendData("\n"u8);
    }

    private static byte FirstByte(RawLine line) => line.Bytes.IsEmpty ? (byte)0 : line.Bytes.FirstSpan[0];

    private RegisterFileException CutShort() =>
        new($"The file ends at line {_line} before its trailer: it was cut short (an interrupted download or copy), or is not a whole export.");

    /// <summary>The next line (without its newline), or null at the end of the file. Valid until the next call.</summary>
    private async ValueTask<RawLine?> NextLineAsync()
    {
        if (_consumed is { } consumed)
        {
            _pipe.AdvanceTo(consumed);
            _consumed = null;
        }
        while (true)
        {
            ReadResult result;
            try
            {
                result = await _pipe.ReadAsync(_cancellationToken);
            }
            catch (InvalidDataException exception)
            {
                throw new RegisterFileException($"The file is gzip-compressed, but its compressed data is damaged or cut short after line {_line}.", exception);
            }
            var buffer = result.Buffer;
            if (buffer.PositionOf((byte)'\n') is { } newline)
            {
                _consumed = buffer.GetPosition(1, newline);
                _line++;
                return new RawLine(buffer.Slice(0, newline), Terminated: true);
            }
            if (result.IsCompleted)
            {
                _consumed = buffer.End;
                if (buffer.IsEmpty) return null;
                _line++;
                return new RawLine(buffer, Terminated: false);
            }
            if (buffer.Length > MaxLineBytes) throw new RegisterFileException($"Line {_line + 1} is longer than any line of a register export.");
            _pipe.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _pipe.CompleteAsync();
        _sha256.Dispose();
    }

    private readonly record struct RawLine(ReadOnlySequence<byte> Bytes, bool Terminated);

    /// <summary>A line that is not a row: one object with one property naming what it is.</summary>
    private sealed record FileLine(RegisterFileHeader? Header, RegisterFileTable? Table, RegisterFileTrailer? Trailer);
}
