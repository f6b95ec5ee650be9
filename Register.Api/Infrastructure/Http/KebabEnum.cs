using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Register.Api.Infrastructure.Http;

/// <summary>
/// The contract's enumeration strings (<c>biometric-genetic</c>, <c>in-review</c>): the same kebab-case names the
/// JSON converter writes, used for query-string filters and for the values stored in the database.
/// </summary>
public static class KebabEnum
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    /// <summary>The member's <see cref="JsonStringEnumMemberNameAttribute"/> when it has one (for names the policy would spell
    /// badly, such as numbers), else the kebab-case of its name.</summary>
    public static string ToKebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names.GetOrAdd(value, v =>
            typeof(TEnum).GetField(v.ToString())?.GetCustomAttributes(typeof(JsonStringEnumMemberNameAttribute), false)
                .OfType<JsonStringEnumMemberNameAttribute>().FirstOrDefault()?.Name
            ?? JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ToKebab(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>For values read back from the database, which only the application writes.</summary>
    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new InvalidOperationException($"'{text}' is not a {typeof(TEnum).Name}.");

    public static TEnum? ParseOrNull<TEnum>(string? text) where TEnum : struct, Enum =>
        text is null ? null : Parse<TEnum>(text);

    /// <summary>The allowed names, for validation messages: "public, other, special, biometric-genetic".</summary>
    public static string Allowed<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => ToKebab(v)));
}
