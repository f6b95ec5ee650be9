using System.Text.Json;

namespace Register.Api.Features.Activities.Versions;

/// <summary>One field that differs between two versions; a missing side is null (the field was added or removed).</summary>
public sealed record FieldChange(string Path, JsonElement? Before, JsonElement? After);

public sealed record ActivityDiffResponse(int From, int To, IReadOnlyList<FieldChange> Changes);

/// <summary>Two saved states of an entry compared leaf by leaf, as the officer reads a change.</summary>
public static class ActivityDiff
{
    // Bookkeeping that changes on every save says nothing about what the officer changed.
    private static readonly HashSet<string> Bookkeeping = ["version", "updatedAt", "updatedBy"];

    public static IReadOnlyList<FieldChange> Changes(JsonElement beforeDocument, JsonElement afterDocument)
    {
        var before = Flatten(beforeDocument);
        var after = Flatten(afterDocument);
        return before.Keys.Union(after.Keys)
            .Where(path => !Bookkeeping.Contains(path))
            .Select(path => (Path: path, Before: before.GetValueOrDefault(path), After: after.GetValueOrDefault(path)))
            .Where(c => c.Before?.GetRawText() != c.After?.GetRawText())
            .OrderBy(c => c.Path, StringComparer.Ordinal)
            .Select(c => new FieldChange(c.Path, c.Before, c.After))
            .ToList();
    }

    /// <summary>Leaf values by path: <c>title</c>, <c>retention.period</c>, <c>purposes[0].legalBasisCodes[1]</c>.</summary>
    private static Dictionary<string, JsonElement?> Flatten(JsonElement root)
    {
        var leaves = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
        void Walk(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}");
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray()) Walk(item, $"{path}[{index++}]");
                    break;
                default:
                    leaves[path] = element;
                    break;
            }
        }
        Walk(root, "");
        return leaves;
    }
}
