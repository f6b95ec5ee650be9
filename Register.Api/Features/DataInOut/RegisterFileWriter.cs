using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataInOut;

/// <summary>
/// Writes a <see cref="RegisterFile"/> as the rows are read: each line goes into a small buffer that is hashed and written
/// out whenever it fills, so memory stays the same whatever the register's size.
/// </summary>
public sealed class RegisterFileWriter : IDisposable
{
    private const int FlushAt = 64 * 1024;

    // Cyrillic as UTF-8, not \u escapes: the file is a third of the size and reads as text. Nothing of it goes into HTML.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _output;
    private readonly CancellationToken _cancellationToken;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
    private readonly Utf8JsonWriter _json;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private string? _table;

    public RegisterFileWriter(Stream output, CancellationToken cancellationToken)
    {
        _output = output;
        _cancellationToken = cancellationToken;
        _json = new Utf8JsonWriter(_buffer, JsonOptions);
    }

    public void WriteHeader(RegisterFileHeader header) => Write("header", header);

    public void BeginTable(RegisterFileTable table)
    {
        _table = table.Name;
        _rows.Add(table.Name, 0);
        Write("table", table);
    }

    /// <summary>The reader's current row, its values in the order of the table's <paramref name="columns"/>.</summary>
    public async ValueTask WriteRowAsync(DbDataReader row, IReadOnlyList<RegisterColumn> columns)
    {
        _json.WriteStartArray();
        for (var i = 0; i < columns.Count; i++) WriteValue(row, i, columns[i]);
        _json.WriteEndArray();
        EndLine();
        _rows[_table!]++;
        if (_buffer.WrittenCount >= FlushAt) await FlushAsync(hashed: true);
    }

    /// <summary>Ends the file with its trailer (which the digest does not cover); returns it.</summary>
    public async Task<RegisterFileTrailer> FinishAsync()
    {
        await FlushAsync(hashed: true);
        var trailer = new RegisterFileTrailer(_rows, Convert.ToHexStringLower(_sha256.GetHashAndReset()));
        Write("trailer", trailer);
        await FlushAsync(hashed: false);
        await _output.FlushAsync(_cancellationToken);
        return trailer;
    }

    private void WriteValue(DbDataReader row, int i, RegisterColumn column)
    {
        if (row.IsDBNull(i))
        {
            _json.WriteNullValue();
            return;
        }
        switch (column.Type)
        {
            // SQL Server's INT reads as int and BIGINT as long; SQLite's INTEGER always as long.
            case ColumnType.Integer: _json.WriteNumberValue(Convert.ToInt64(row.GetValue(i), CultureInfo.InvariantCulture)); break;
            case ColumnType.Boolean: _json.WriteBooleanValue(row.GetBoolean(i)); break;
            case ColumnType.Text: _json.WriteStringValue(row.GetString(i)); break;
            case ColumnType.DateTime: _json.WriteStringValue(row.GetDateTime(i).ToString(RegisterFile.DateTimeFormat, CultureInfo.InvariantCulture)); break;
            case ColumnType.Date: _json.WriteStringValue(row.GetDateTime(i).ToString(RegisterFile.DateFormat, CultureInfo.InvariantCulture)); break;
            // Whole, as the register itself reads and writes one (a kept report's bytes): memory follows the largest value, not the register.
            case ColumnType.Binary: _json.WriteBase64StringValue(row.GetFieldValue<byte[]>(i)); break;
            default: throw new ArgumentOutOfRangeException(nameof(column), column.Type, null);
        }
    }

    /// <summary>A line holding one object with one property, <paramref name="kind"/>, whose value is <paramref name="content"/>.</summary>
    private void Write<T>(string kind, T content)
    {
        _json.WriteStartObject();
        _json.WritePropertyName(kind);
        JsonSerializer.Serialize(_json, content, RegisterJson.Options);
        _json.WriteEndObject();
        EndLine();
    }

    private void EndLine()
    {
        _json.Flush();
        _buffer.Write("\n"u8);
        // A JSON writer writes one value; each line is a new one.
        _json.Reset();
    }

    private async Task FlushAsync(bool hashed)
    {
        if (_buffer.WrittenCount == 0) return;
        if (hashed) _sha256.AppendData(_buffer.WrittenSpan);
        await _output.WriteAsync(_buffer.WrittenMemory, _cancellationToken);
        _buffer.ResetWrittenCount();
    }

    public void Dispose()
    {
        _json.Dispose();
        _sha256.Dispose();
    }
}
