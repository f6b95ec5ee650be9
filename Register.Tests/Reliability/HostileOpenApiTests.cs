using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reliability;

/// <summary>
/// Requests generated from the service's own OpenAPI document, over every operation it lists: wrong types,
/// missing and extra fields, huge strings and arrays, deep nesting, invalid UTF-8, control characters, SQL and
/// script fragments, path traversal in codes, bad If-Match, Accept and Content-Type values. None may get a 5xx,
/// and every 4xx must be an application/problem+json body. Each request is generated from <see cref="Seed"/> and
/// its index alone, so a failure names the index that reproduces it.
/// </summary>
[NonParallelizable]
public sealed class HostileOpenApiTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const int Seed = 99_2021;
    private const int Requests = 10_400;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(100);

    private static readonly string[] HostileStrings =
    [
        "", " ", "'; DROP TABLE activities; --", "\" OR 1=1 --", "1' OR '1'='1", "') UNION SELECT key_hash FROM api_keys --",
        "<script>alert(1)</script>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "..\\..\\windows\\win.ini",
        "%2e%2e%2f", "\u0000", "a\u0000b", "\u0007bell", "\u001b[31mred", "line\r\nX-Injected: 1", "\u2028\u2029", "\uFEFFbom", "\u202Eevil",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "ё".PadLeft(700, 'Ё'), "%", "_", "[a-z]", "\\", "null", "NaN", "-1", "1e309", "P-1D", "PT", "P99999999999Y",
        "9999-99-99", "2021-02-30", "0001-01-01", "approved", "IN-REVIEW", "by-99z-consent ", "a..b", "-a", "A", new string('x', 5_000),
    ];

    private static readonly string[] HostilePathCodes =
    [
        // No %00: a NUL in the request target is refused by the HTTP server itself (Kestrel: 400 before any
        // middleware) and cannot even be put into an in-memory request; NUL in query strings and bodies is covered.
        "..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "..%5C..%5Cwin.ini", "....%2F%2F", "%FF", "%C3%28", "%ED%A0%80",
        "%C0%AF", "%0D%0AX-Injected:%201", "%27%3B%20DROP%20TABLE%20departments%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%20", "%09",
        "A-B", "x.y", "-x", "%D0%BA%D0%B0%D0%B4%D1%80%D1%8B", "%F0%9F%98%80", new string('a', 3_000), "%25", "%u0041", "*", "~", "%2A",
    ];

    private static readonly string[] HostileIntegers =
    [
        "0", "-1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "abc", "0x10", "+1", " 1", "1 ",
        "%FF", "１", "NaN", "", "00000000000000000000001",
    ];

    private static readonly string[] IfMatches =
    [
        "garbage", "W/\"1\"", "*", "\"-1\"", "\"" + new string('9', 10_000) + "\"", "\"1\", \"2\"", "\"\"", "\"abc\"", "\"2147483648\"", ",,,",
        "\"1\" trailing", "W/", "\"", "\"1", "*, \"1\"", "\u00ff\u00fe", "\"1\"",
    ];

    private static readonly string[] Accepts =
    [
        "application/json", "*/*", "text/html", "application/xml", "text/csv", "application/problem+json", "image/png", "garbage", ";;;,,,q=x",
        "text/*;q=abc", "application/json;q=0", string.Join(',', Enumerable.Repeat("a/b", 3_000)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/html, application/xhtml+xml, application/xml;q=0.9", "",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1",
        "application/json; charset=utf-16", "application/merge-patch+json", ";;;", "application/json; charset=\"",
    ];

    private static readonly string[] Languages = ["xx", "ru", "be", "en-US,en;q=0.9", "*", ";q=", "ru;q=abc", string.Join(',', Enumerable.Repeat("ru-RU;q=0.5", 2_000))];

    private JsonObject _schemas = null!;
    private List<Operation> _operations = null!;
    private Dictionary<string, string> _goodCodes = null!;
    private int _activityId;
    private int _victimKeyId;
    private HttpClient _auditor = null!;
    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public async Task ReadTheDocumentAndSeedData()
    {
        using var swagger = await Factory.CreateClient().GetAsync("/swagger/v1/swagger.json");
        var document = (await swagger.OkJsonAsync()).AsObject();
        _schemas = document["components"]!["schemas"]!.AsObject();
        _operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => new Operation(new HttpMethod(op.Key.ToUpperInvariant()), path.Key, op.Value!.AsObject())))
            .ToList();

        var builder = new RegisterBuilder(Client, Unique);
        var links = await builder.LinksAsync();
        using var created = await Client.SendAsync(HttpMethod.Post, Register.Api.Features.Activities.ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("target"), links));
        _activityId = (int)(await created.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        _goodCodes = new Dictionary<string, string>
        {
            ["departments"] = links.Department, ["subject-categories"] = links.SubjectCategory, ["data-categories"] = links.DataCategory,
            ["recipients"] = links.Recipient, ["information-systems"] = links.System, ["legal-bases"] = RegisterBuilder.Consent,
            ["countries"] = "us", ["processing-actions"] = "collection", ["protection-measures"] = "access-control",
        };
        _victimKeyId = (await IssueKeyAsync(Roles.Auditor)).Info.Id;
        _auditor = await ClientForAsync(Roles.Auditor);
        _anonymous = ClientWithKey(null);
    }

    [OneTimeTearDown]
    public void DisposeClients()
    {
        _auditor?.Dispose();
        _anonymous?.Dispose();
    }

    [Test]
    public async Task Ten_thousand_generated_requests_over_every_operation_get_no_5xx_and_every_4xx_is_a_problem()
    {
        Assert.That(_operations, Has.Count.GreaterThanOrEqualTo(60), "the document lists every endpoint");
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var covered = new ConcurrentDictionary<string, int>();
        var sent = 0;
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (index, _) =>
        {
            if (clock.Elapsed > TimeLimit || failures.Count >= 30) return;
            var random = new Random(Seed * 31 + index);
            var operation = _operations[index % _operations.Count];
            var (request, client, description) = Build(operation, random);
            using (request)
            {
                HttpResponseMessage response;
                try
                {
                    response = await client.SendAsync(request);
                }
                catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
                {
                    failures.Enqueue($"#{index} {description}: the server failed the exchange: {exception.Message}");
                    return;
                }
                using (response)
                {
                    Interlocked.Increment(ref sent);
                    var status = (int)response.StatusCode;
                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                    covered.AddOrUpdate($"{operation.Method} {operation.Path}", 1, (_, n) => n + 1);
                    var body = await response.Content.ReadAsStringAsync();
                    if (Complaint(response, status, body) is { } complaint)
                    {
                        failures.Enqueue($"#{index} {description} -> {status} {response.Content.Headers.ContentType}: {complaint} {Shorten(body)}");
                    }
                }
            }
        });

        TestContext.Out.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:F1} s; statuses: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(30)));
        Assert.That(sent, Is.GreaterThanOrEqualTo(10_000), $"requests sent within {TimeLimit}");
        Assert.That(covered.Keys, Is.EquivalentTo(_operations.Select(o => $"{o.Method} {o.Path}")), "every operation was exercised");
    }

    private static string? Complaint(HttpResponseMessage response, int status, string body)
    {
        if (status >= 500) return "a server error";
        if (status < 400) return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return "a 4xx that is not a problem response";
        try
        {
            var problem = JsonNode.Parse(body);
            return (int?)problem?["status"] == status && !string.IsNullOrEmpty((string?)problem["title"]) ? null : "a problem without its status and title";
        }
        catch (JsonException)
        {
            return "a problem body that is not JSON";
        }
    }

    private (HttpRequestMessage Request, HttpClient Client, string Description) Build(Operation operation, Random random)
    {
        var notes = new List<string>();
        var url = new StringBuilder(FillPath(operation, random, notes));
        var query = Query(operation, random, notes);
        if (query.Count > 0) url.Append('?').Append(string.Join('&', query));
        var request = new HttpRequestMessage(operation.Method, url.ToString());

        var writes = operation.Method != HttpMethod.Get;
        if (random.Next(writes ? 10 : 6) < (writes ? 7 : 1))
        {
            var ifMatch = IfMatches[random.Next(IfMatches.Length)];
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            notes.Add($"If-Match {Shorten(ifMatch, 20)}");
        }
        if (random.Next(3) == 0)
        {
            var accept = Accepts[random.Next(Accepts.Length)];
            request.Headers.TryAddWithoutValidation("Accept", accept);
            notes.Add($"Accept {Shorten(accept, 30)}");
        }
        if (random.Next(6) == 0) request.Headers.TryAddWithoutValidation("Accept-Language", Languages[random.Next(Languages.Length)]);

        if (operation.Body is { } schema && random.Next(12) != 0)
        {
            request.Content = Body(schema, random, notes);
        }
        else if (random.Next(15) == 0)
        {
            request.Content = new StringContent("{\"unexpected\":\"body\"}", Encoding.UTF8, "application/json");
            notes.Add("an unexpected body");
        }

        // Mostly the officer, who reaches every handler; sometimes no key, a wrong key, or a role that may not.
        var client = Client;
        switch (random.Next(40))
        {
            case 0:
                client = _anonymous;
                notes.Add("no key");
                break;
            case 1:
                client = _anonymous;
                request.Headers.TryAddWithoutValidation("Authorization", random.Next(2) == 0 ? "ApiKey rk_0000000000_" + new string('x', 43) : "ApiKey '; DROP TABLE api_keys; --");
                notes.Add("a wrong key");
                break;
            case 2:
                client = _auditor;
                notes.Add("auditor");
                break;
        }
        return (request, client, $"{operation.Method} {Shorten(url.ToString(), 160)} [{string.Join("; ", notes)}]");
    }

    private string FillPath(Operation operation, Random random, List<string> notes)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            string value;
            var good = random.Next(2) == 0;
            if (parameter.Type == "integer")
            {
                value = good
                    ? parameter.Name switch
                    {
                        "id" when path.StartsWith("/api/keys", StringComparison.Ordinal) => _victimKeyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        "id" => _activityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        "to" => "2",
                        _ => "1",
                    }
                    : HostileIntegers[random.Next(HostileIntegers.Length)];
                // The fixture's own officer key must survive: only the victim key's id is revoked.
                if (path.StartsWith("/api/keys", StringComparison.Ordinal) && !good) value = random.Next(2) == 0 ? "-1" : "abc";
            }
            else
            {
                var collection = path.Split('/')[2];
                value = good ? _goodCodes.GetValueOrDefault(collection, "x") : HostilePathCodes[random.Next(HostilePathCodes.Length)];
            }
            if (!good) notes.Add($"{parameter.Name}={Shorten(value, 30)}");
            path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }
        return path;
    }

    private List<string> Query(Operation operation, Random random, List<string> notes)
    {
        var query = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            if (random.Next(5) < 2) continue;
            var hostile = random.Next(2) == 0;
            var value = (parameter.Type, parameter.Format, hostile) switch
            {
                ("integer", _, false) => random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ("integer", _, true) => HostileIntegers[random.Next(HostileIntegers.Length)],
                ("boolean", _, false) => random.Next(2) == 0 ? "true" : "false",
                ("boolean", _, true) => new[] { "maybe", "1", "TRUE", "", "%00", "yes" }[random.Next(6)],
                (_, "date-time", false) => "2024-01-01T00:00:00Z",
                (_, _, false) => Uri.EscapeDataString(new[] { "ru", "en", "json", "csv", "2024-01-01", "draft", "special", "x", "кадры" }[random.Next(9)]),
                _ => random.Next(4) == 0 ? HostilePathCodes[random.Next(HostilePathCodes.Length)] : Uri.EscapeDataString(HostileStrings[random.Next(HostileStrings.Length)]),
            };
            if (hostile) notes.Add($"{parameter.Name}={Shorten(value, 30)}");
            query.Add($"{parameter.Name}={value}");
            if (random.Next(20) == 0) query.Add($"{parameter.Name}={value}x"); // a repeated parameter
        }
        if (random.Next(8) == 0) query.Add($"{Uri.EscapeDataString(HostileStrings[random.Next(HostileStrings.Length)])}=1");
        return query;
    }

    private HttpContent Body(JsonNode schema, Random random, List<string> notes)
    {
        var value = Valid(schema, random, 0);
        var mutations = random.Next(0, 4);
        for (var i = 0; i < mutations; i++) value = Mutate(value, random, notes);
        if (mutations == 0) notes.Add("a well-formed body");

        var text = value?.ToJsonString() ?? "null";
        byte[] bytes;
        switch (random.Next(25))
        {
            case 0:
                bytes = RawBodies[random.Next(RawBodies.Length)];
                notes.Add("a raw body");
                break;
            case 1:
                // Invalid UTF-8 inside a string value: a lone continuation byte, an overlong '/', an encoded surrogate, 0xFF.
                var at = text.IndexOf("\":\"", StringComparison.Ordinal);
                var bad = new[] { new byte[] { 0xC3, 0x28 }, [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0x80] }[random.Next(5)];
                var utf8 = Encoding.UTF8.GetBytes(text);
                var cut = at < 0 ? utf8.Length / 2 : Encoding.UTF8.GetByteCount(text[..(at + 3)]);
                bytes = [.. utf8[..cut], .. bad, .. utf8[cut..]];
                notes.Add("invalid UTF-8");
                break;
            case 2:
                bytes = Encoding.Unicode.GetBytes(text);
                notes.Add("UTF-16 bytes");
                break;
            default:
                bytes = Encoding.UTF8.GetBytes(text);
                break;
        }

        var content = new ByteArrayContent(bytes);
        if (random.Next(12) == 0)
        {
            var type = ContentTypes[random.Next(ContentTypes.Length)];
            content.Headers.TryAddWithoutValidation("Content-Type", type);
            notes.Add($"Content-Type {type}");
        }
        else if (random.Next(40) != 0)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        return content;
    }

    private static readonly byte[][] RawBodies =
    [
        [], "null"u8.ToArray(), "[]"u8.ToArray(), "\"text\""u8.ToArray(), "{"u8.ToArray(), "{\"code\":"u8.ToArray(), "{'code':'a'}"u8.ToArray(),
        "{\"code\":\"a\"}{\"code\":\"b\"}"u8.ToArray(), "{\"code\":\"a\",\"code\":\"b\"}"u8.ToArray(), "{\"code\":1e999999}"u8.ToArray(),
        "{\"title\":\"\\ud800\"}"u8.ToArray(), "{\"title\":\"\\u0000\"}"u8.ToArray(), [0xEF, 0xBB, 0xBF, .. "{}"u8.ToArray()],
        [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)),
        Encoding.UTF8.GetBytes("{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 3_000)) + "1" + new string('}', 3_001)),
        "<xml>&lt;</xml>"u8.ToArray(), "code=a&title=b"u8.ToArray(), "NaN"u8.ToArray(), "{\"estimatedSubjects\":-0.0}"u8.ToArray(),
    ];

    /// <summary>A well-formed value for the schema, with codes that exist where a field names one.</summary>
    private JsonNode? Valid(JsonNode schema, Random random, int depth, string name = "")
    {
        if (schema["$ref"] is { } reference) schema = _schemas[((string)reference!).Split('/')[^1]]!;
        if (schema["enum"] is JsonArray values) return values[random.Next(values.Count)]!.DeepClone();
        switch ((string?)schema["type"])
        {
            case "string":
                return (string?)schema["format"] switch
                {
                    "date" => "2021-11-15",
                    "date-time" => "2024-01-01T00:00:00Z",
                    _ => name switch
                    {
                        _ when name.EndsWith("code", StringComparison.OrdinalIgnoreCase) || name.EndsWith("codes", StringComparison.OrdinalIgnoreCase)
                            => random.Next(2) == 0 ? Unique("fz") : _goodCodes.Values.ElementAt(random.Next(_goodCodes.Count)),
                        "role" => Roles.All.ElementAt(random.Next(Roles.All.Count)),
                        "period" => "P1Y",
                        "email" => "a@example.by",
                        _ => "Проверка",
                    },
                };
            case "integer":
                return random.Next(0, 1000);
            case "number":
                return 1.5;
            case "boolean":
                return random.Next(2) == 0;
            case "array":
                return depth > 4 ? new JsonArray() : new JsonArray(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Valid(schema["items"]!, random, depth + 1, name)).ToArray());
            default:
                var result = new JsonObject();
                if (depth > 4 || schema["properties"] is not JsonObject properties) return result;
                foreach (var (property, propertySchema) in properties) result[property] = Valid(propertySchema!, random, depth + 1, property);
                return result;
        }
    }

    private JsonNode? Mutate(JsonNode? value, Random random, List<string> notes)
    {
        var holders = Containers(value).ToList();
        if (holders.Count == 0) return HostileValue(random, notes);
        var holder = holders[random.Next(holders.Count)];
        var kind = random.Next(9);
        switch (holder)
        {
            case JsonObject obj when obj.Count > 0 && kind < 7:
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                if (kind == 0)
                {
                    obj.Remove(key);
                    notes.Add($"without {key}");
                }
                else
                {
                    obj[key] = HostileValue(random, notes);
                    notes[^1] = $"{key}: {notes[^1]}";
                }
                break;
            case JsonArray array when kind < 7:
                array.Add(HostileValue(random, notes));
                notes[^1] = $"item: {notes[^1]}";
                break;
            case JsonObject obj:
                var extra = new[] { "__proto__", "$where", "id", "version", "status", "createdBy", "constructor", "x" + random.Next(100) }[random.Next(8)];
                obj[extra] = HostileValue(random, notes);
                notes[^1] = $"extra {extra}: {notes[^1]}";
                break;
        }
        return value;
    }

    private static IEnumerable<JsonNode> Containers(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var child in obj.Select(p => p.Value).ToList()) foreach (var inner in Containers(child)) yield return inner;
        }
        else if (node is JsonArray array)
        {
            yield return array;
            foreach (var child in array.ToList()) foreach (var inner in Containers(child)) yield return inner;
        }
    }

    private static JsonNode? HostileValue(Random random, List<string> notes)
    {
        switch (random.Next(14))
        {
            case 0:
                notes.Add("null");
                return null;
            case 1:
                var number = new JsonNode?[] { 0, -1, int.MaxValue, long.MaxValue, 1e308, -0.5, decimal.MaxValue }[random.Next(7)];
                notes.Add($"number {number}");
                return number;
            case 2:
                notes.Add("a boolean");
                return random.Next(2) == 0;
            case 3:
                notes.Add("an object");
                return new JsonObject { ["a"] = new JsonObject { ["b"] = new JsonArray(1, "x", null) } };
            case 4:
                var length = random.Next(10) == 0 ? random.Next(1_100_000, 1_300_000) : random.Next(5_000, 200_000);
                notes.Add($"a string of {length}");
                return new string('я', length / 2);
            case 5:
                var count = random.Next(5_000, 40_000);
                notes.Add($"an array of {count}");
                // Well-typed code lists (each a valid, distinct code) reach the validators and the SQL behind them;
                // mixed lists stop at the JSON binder.
                var wellTyped = random.Next(2) == 0;
                return new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode?)(wellTyped || random.Next(2) == 0 ? $"c{i}" : i)).ToArray());
            case 6:
                var depth = random.Next(2) == 0 ? random.Next(65, 200) : random.Next(10, 60);
                notes.Add($"nesting {depth} deep");
                JsonNode nested = new JsonArray();
                for (var d = 0; d < depth; d++) nested = random.Next(2) == 0 ? new JsonArray(nested) : new JsonObject { ["x"] = nested };
                return nested;
            case 7:
                var control = new string(Enumerable.Range(0, 12).Select(_ => (char)random.Next(0, 32)).ToArray()) + "\u007f\u0085";
                notes.Add("control characters");
                return control;
            case 8:
                notes.Add("an array of hostile strings");
                return new JsonArray(HostileStrings.Take(random.Next(1, 8)).Select(s => (JsonNode?)s).ToArray());
            case 9:
                notes.Add("an array of objects");
                return new JsonArray(Enumerable.Range(0, random.Next(1, 300)).Select(i => (JsonNode?)new JsonObject { ["code"] = $"c{i}", ["text"] = "x" }).ToArray());
            default:
                var text = HostileStrings[random.Next(HostileStrings.Length)];
                notes.Add($"\"{Shorten(text, 30)}\"");
                return text;
        }
    }

    private static string Shorten(string text, int max = 200) => text.Length > max ? text[..max] + "…" : text;

    private sealed record Operation(HttpMethod Method, string Path, JsonObject Definition)
    {
        public IReadOnlyList<Parameter> Parameters { get; } = (Definition["parameters"] as JsonArray ?? []).Select(p => new Parameter(
            (string)p!["name"]!, (string)p["in"]!, (string?)p["schema"]?["type"], (string?)p["schema"]?["format"])).ToList();

        public JsonNode? Body { get; } = Definition["requestBody"]?["content"]?["application/json"]?["schema"];
    }

    private sealed record Parameter(string Name, string In, string? Type, string? Format);
}
