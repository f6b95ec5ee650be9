using System.Text.Json;
using System.Text.Json.Nodes;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Audit;

/// <summary>
/// The journals' entries in the audit trail: their state before and after, with every field that holds a subject's
/// personal data (or free text that may) replaced by a marker. The trail is append-only and kept for good, so it must
/// never hold what the register is bound to depersonalise after its retention, not even as a hash (a name's hash is
/// found again by hashing names). The markers still show which of those fields a change touched.
/// </summary>
public static class AuditRedaction
{
    public const string Kept = "[personal data: not kept in the audit trail]";
    public const string Changed = "[personal data: changed; not kept in the audit trail]";

    /// <summary>Before and after as JSON with the values at <paramref name="paths"/> (dotted, camelCase) replaced where not null.</summary>
    public static (JsonObject? Before, JsonObject? After) Redact<T>(T? before, T? after, IReadOnlyList<string> paths) where T : class
    {
        var old = before is null ? null : JsonSerializer.SerializeToNode(before, RegisterJson.Options)!.AsObject();
        var now = after is null ? null : JsonSerializer.SerializeToNode(after, RegisterJson.Options)!.AsObject();
        foreach (var path in paths)
        {
            var (oldParent, name) = Parent(old, path);
            var (newParent, _) = Parent(now, path);
            var oldValue = oldParent?[name];
            var newValue = newParent?[name];
            var changed = old is not null && now is not null && oldValue?.ToJsonString() != newValue?.ToJsonString();
            if (oldParent is not null && IsValue(oldValue)) oldParent[name] = Kept;
            if (newParent is not null && IsValue(newValue)) newParent[name] = changed ? Changed : Kept;
        }
        return (old, now);
    }

    private static bool IsValue(JsonNode? node) => node is not null && node.GetValueKind() != JsonValueKind.Null;

    private static (JsonObject? Parent, string Name) Parent(JsonObject? root, string path)
    {
        var parts = path.Split('.');
        var parent = root;
        foreach (var part in parts[..^1]) parent = parent?[part] as JsonObject;
        return (parent, parts[^1]);
    }
}
