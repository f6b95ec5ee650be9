using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Register.Tests.DataInOut;

/// <summary>
/// An export's lines, as docs/export-format.md describes them, for a test to read or change: a changed file can be sealed
/// again (its trailer's SHA-256 recomputed) the way only someone who knows the format would.
/// </summary>
public sealed class RegisterFileLines
{
    private RegisterFileLines(List<string> lines) => Lines = lines;

    public List<string> Lines { get; }

    public JsonObject Header => (JsonObject)JsonNode.Parse(Lines[0])!["header"]!;

    public JsonObject Trailer => (JsonObject)JsonNode.Parse(Lines[^1])!["trailer"]!;

    public static RegisterFileLines Parse(byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        Assert.That(text, Does.EndWith("\n"), "every line of an export ends with a newline");
        return new RegisterFileLines(text[..^1].Split('\n').ToList());
    }

    /// <summary>The table lines and the rows under each, by table name.</summary>
    public IReadOnlyDictionary<string, (string TableLine, List<string> Rows)> Tables()
    {
        var tables = new Dictionary<string, (string, List<string>)>(StringComparer.Ordinal);
        List<string>? rows = null;
        foreach (var line in Lines.Skip(1).SkipLast(1))
        {
            if (line.StartsWith('['))
            {
                rows!.Add(line);
                continue;
            }
            var name = (string)JsonNode.Parse(line)!["table"]!["name"]!;
            rows = [];
            tables[name] = (line, rows);
        }
        return tables;
    }

    /// <summary>Replaces the header's values (the file is not sealed again: the header is checked before any digest).</summary>
    public RegisterFileLines WithHeader(Action<JsonObject> change)
    {
        var line = JsonNode.Parse(Lines[0])!;
        change((JsonObject)line["header"]!);
        Lines[0] = line.ToJsonString();
        return this;
    }

    /// <summary>The file with the trailer's digest recomputed over the lines as they are now.</summary>
    public byte[] Sealed()
    {
        var content = Encoding.UTF8.GetBytes(string.Join('\n', Lines.SkipLast(1)) + "\n");
        var trailer = JsonNode.Parse(Lines[^1])!;
        trailer["trailer"]!["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content));
        Lines[^1] = trailer.ToJsonString();
        return Bytes();
    }

    public byte[] Bytes() => Encoding.UTF8.GetBytes(string.Join('\n', Lines) + "\n");
}
