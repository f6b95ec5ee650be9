using System.Text.Json.Nodes;

namespace Register.Tests.DataInOut;

/// <summary>
/// Every GET the API's OpenAPI document lists, made concrete: path parameters take each value a list of the register names
/// (an entry's id from GET /api/activities, a version from its versions), query parameters the ones a test gives, and a
/// list asks for its largest page. An operation added later is covered without a change here, unless it needs a value no
/// list gives; then this says which.
/// </summary>
public sealed class ApiSurface(HttpClient client, JsonObject openApi)
{
    /// <summary>Values of path parameters no list gives (the calendar's years are computed for any year).</summary>
    public Dictionary<string, string[]> PathValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Values of required query parameters, by name.</summary>
    public Dictionary<string, string> QueryValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Values a list does not show but the paths under it have (a deleted entry's versions), by the list's path.</summary>
    public Dictionary<string, string[]> ExtraValues { get; } = new(StringComparer.Ordinal);

    /// <summary>For parameters named otherwise than the list items' property: a diff's from and to are versions.</summary>
    private static readonly Dictionary<string, string> ItemProperty = new(StringComparer.Ordinal) { ["from"] = "version", ["to"] = "version" };

    private readonly Dictionary<string, JsonObject[]> _lists = new(StringComparer.Ordinal);

    /// <summary>The GET paths of the document, less those excluded (each with its reason, kept by the caller).</summary>
    public IReadOnlyList<string> Templates(IReadOnlyDictionary<string, string> excluded) =>
        openApi["paths"]!.AsObject().Where(p => p.Value!["get"] is not null).Select(p => p.Key)
            .Where(path => !excluded.ContainsKey(path)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The concrete URLs of one template; fails naming what it cannot fill.</summary>
    public async Task<IReadOnlyList<string>> UrlsAsync(string template)
    {
        var operation = openApi["paths"]![template]!["get"]!;
        var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
        var query = new List<string>();
        foreach (var parameter in parameters.Where(p => (string?)p["in"] == "query"))
        {
            var name = (string)parameter["name"]!;
            if (name == "pageSize") query.Add("pageSize=500");
            else if ((bool?)parameter["required"] == true)
            {
                query.Add(QueryValues.TryGetValue(name, out var value)
                    ? $"{name}={Uri.EscapeDataString(value)}"
                    : throw new AssertionException($"GET {template} needs the query parameter '{name}': give the test a value for it."));
            }
        }

        var urls = new List<string> { "" };
        foreach (var segment in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!segment.StartsWith('{'))
            {
                urls = urls.Select(u => $"{u}/{segment}").ToList();
                continue;
            }
            var name = segment.Trim('{', '}');
            var expanded = new List<string>();
            foreach (var prefix in urls) expanded.AddRange((await ValuesAsync(template, prefix, name)).Select(v => $"{prefix}/{Uri.EscapeDataString(v)}"));
            urls = expanded;
        }
        return urls.Select(u => query.Count == 0 ? u : $"{u}?{string.Join('&', query)}").ToList();
    }

    /// <summary>A path parameter's values: given, or listed by the nearest path above it that answers a list.</summary>
    private async Task<IReadOnlyList<string>> ValuesAsync(string template, string prefix, string name)
    {
        if (PathValues.TryGetValue(name, out var given)) return given;
        var property = ItemProperty.GetValueOrDefault(name, name);
        for (var list = prefix; list.Length > 0; list = list[..list.LastIndexOf('/')])
        {
            var items = await ListAsync(list);
            if (items.Length == 0 && !ExtraValues.ContainsKey(list)) continue;
            return [.. items.Select(i => Text(i[property])).OfType<string>(), .. ExtraValues.GetValueOrDefault(list, [])];
        }
        throw new AssertionException($"GET {template}: no list above it names values for '{name}'.");
    }

    private async Task<JsonObject[]> ListAsync(string path)
    {
        if (_lists.TryGetValue(path, out var known)) return known;
        using var response = await client.GetAsync($"{path}?pageSize=500");
        var items = response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json"
            && JsonNode.Parse(await response.Content.ReadAsStringAsync()) is JsonObject { } page && page["items"] is JsonArray array
            ? array.OfType<JsonObject>().ToArray()
            : [];
        return _lists[path] = items;
    }

    private static string? Text(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => null,
    };
}
