using System.Globalization;
using System.IO.Compression;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;

namespace Register.Api.Features.DataInOut;

/// <summary>
/// The whole register in one file (docs/export-format.md): JSON Lines in UTF-8. A header line, then for each table a line
/// naming it and its columns followed by its rows (one JSON array a line), then a trailer with every table's row count and
/// the SHA-256 of every byte before the trailer. A file cut short has no trailer; a changed byte changes the digest.
/// It may travel gzip-compressed (an eighth of the size): the digest is of the content, so both are the same file.
/// </summary>
public static class RegisterFile
{
    public const string Format = "ropa-register";

    /// <summary>The layout this release writes. A later release that changes the layout raises it and keeps reading this one.</summary>
    public const int Version = 1;

    public const string MediaType = "application/x-ndjson";

    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";
    public const string DateFormat = "yyyy-MM-dd";

    public static string FileName(DateTime exportedAt) => $"register-{exportedAt.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture)}.ndjson";

    /// <summary>A file name ending in .gz asks for the content gzip-compressed.</summary>
    public static bool IsGzipName(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the content through gzip at its fastest level: the content is most of the export's work already.</summary>
    public static Stream Compressed(Stream output) => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);

    /// <summary>The content of a file that may be gzip-compressed, as its first two bytes tell (it must be seekable to look).</summary>
    public static Stream Content(Stream file)
    {
        if (!file.CanSeek) return file;
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>The schema version of a database this release has migrated: its last migration script's name.</summary>
    public static string SchemaVersion(DatabaseProvider provider) => SchemaVersions(provider)[^1];

    /// <summary>Every schema version this release knows, oldest first (the same names on both engines).</summary>
    public static IReadOnlyList<string> SchemaVersions(DatabaseProvider provider) =>
        MigrationScript.For(provider).Select(s => Path.GetFileNameWithoutExtension(s.Name)).ToList();
}

/// <summary>The first line: what the file is, which layout, and the schema its tables were read at.</summary>
public sealed record RegisterFileHeader(
    string Format, int FormatVersion, string SchemaVersion, string ExportId, DateTime ExportedAt, DatabaseProvider Source);

/// <summary>A table's line: its columns, in the order of the values of its rows; for an identity table, the last id issued.</summary>
public sealed record RegisterFileTable(string Name, IReadOnlyList<RegisterColumn> Columns, long? LastId);

/// <summary>The last line: the rows of each table, and the SHA-256 (lower-case hex) of every byte before this line.</summary>
public sealed record RegisterFileTrailer(IReadOnlyDictionary<string, long> Rows, string Sha256);

/// <summary>The file cannot be imported: not a register file, from a newer release, cut short, changed, or malformed.</summary>
public sealed class RegisterFileException(string message, Exception? inner = null) : Exception(message, inner);
