using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>
/// Generated malformed, mistyped, oversized and hostile request bodies against the write endpoints: none may
/// cause a 5xx, and every refusal must be a problem response. Seeded, so a failure reproduces.
/// </summary>
public sealed class HostileInputTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const int Seed = 20261121;

    private static readonly string[] HostileStrings =
    [
        "", " ", "'; DROP TABLE activities; --", "\" OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "..%2F..%2Fetc",
        "\u0000", "\u0007bell", "\uFEFFbom", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "Ё".PadLeft(600, 'ё'), "%", "_", "[a-z]", "\\", "null", "NaN", "-1", "P-1D",
        "9999-99-99", "2021-02-30", "approved", "BY-99Z-CONSENT", "by-99z-consent ", new string('x', 70_000),
    ];

    private static readonly JsonNode?[] HostileValues =
    [
        null, 0, -1, int.MaxValue, long.MaxValue, 1e308, -0.5, true, false, "", "x", new JsonArray(), new JsonObject(),
        new JsonArray(1, 2, 3), new JsonArray((JsonNode?)null), JsonNode.Parse("{\"a\":{\"b\":{\"c\":[]}}}"),
    ];

    private static readonly string[] Fields =
    [
        "code", "title", "description", "departmentCode", "subjectCategoryCodes", "dataCategories", "purposes", "recipients", "retention",
        "informationSystemCodes", "storageForm", "processingMethod", "actionCodes", "protectionMeasureCodes", "dataSource", "startDate",
        "terminationCondition", "accessPositions", "estimatedSubjects", "includesMinorsUnder16", "reviewDueDate", "status", "id", "version",
    ];

    private static IEnumerable<string> Bodies()
    {
        var random = new Random(Seed);
        JsonNode? Pick() => random.Next(3) switch
        {
            0 => JsonValue.Create(HostileStrings[random.Next(HostileStrings.Length)]),
            1 => HostileValues[random.Next(HostileValues.Length)]?.DeepClone(),
            _ => Nested(random, random.Next(1, 40)),
        };

        for (var i = 0; i < 300; i++)
        {
            var body = new JsonObject { ["code"] = $"fuzz-{i}", ["title"] = "Проверка" };
            for (var k = random.Next(1, 6); k > 0; k--) body[Fields[random.Next(Fields.Length)]] = Pick();
            if (i % 7 == 0) body["purposes"] = new JsonArray(new JsonObject { ["text"] = Pick(), ["legalBasisCodes"] = Pick() });
            if (i % 11 == 0) body["recipients"] = new JsonArray(new JsonObject { ["code"] = Pick(), ["transfer"] = new JsonObject { ["countryCode"] = Pick() } });
            if (i % 13 == 0) body["dataCategories"] = new JsonArray(Enumerable.Range(0, 250).Select(n => (JsonNode?)new JsonObject { ["code"] = $"c{n}" }).ToArray());
            yield return body.ToJsonString();
        }

        // Broken JSON and encodings.
        string[] broken = ["", "{", "}", "[]", "null", "\"text\"", "{\"code\":", "{\"code\":\"a\",}", "{'code':'a'}", "{\"code\":\"a\"}{\"code\":\"b\"}",
            new string('[', 5000) + new string(']', 5000), "{\"title\":\"\\ud800\"}", "{\"title\":\"\\u0000\"}", "{\"code\":1e999999}"];
        foreach (var text in broken) yield return text;
    }

    private static JsonNode Nested(Random random, int depth)
    {
        JsonNode node = new JsonArray();
        for (var d = 0; d < depth; d++) node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        return node;
    }

    [Test]
    public async Task Hundreds_of_hostile_bodies_never_get_a_5xx_and_every_refusal_is_a_problem()
    {
        var (id, etag) = await SeedActivityAsync();
        var targets = new (HttpMethod Method, string Url, string? IfMatch)[]
        {
            (HttpMethod.Post, ActivityRoutes.Collection, null),
            (HttpMethod.Put, ActivityRoutes.For(id), etag),
            (HttpMethod.Post, ActivityRoutes.TransitionsFor(id), etag),
            (HttpMethod.Post, "/api/departments", null),
        };
        var failures = new List<string>();
        var sent = 0;

        foreach (var body in Bodies())
        {
            var (method, url, ifMatch) = targets[sent % targets.Length];
            using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            var response = await Client.SendAsync(request);
            sent++;

            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500 || (status >= 400 && mediaType != "application/problem+json"))
            {
                failures.Add($"{method} {url} -> {status} {mediaType}: {Shorten(body)}");
            }
        }

        Assert.That(sent, Is.GreaterThanOrEqualTo(300));
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
    }

    [Test]
    public async Task Invalid_utf8_is_a_400_problem()
    {
        using var content = new ByteArrayContent([0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]);
        content.Headers.ContentType = new("application/json");

        var response = await Client.PostAsync(ActivityRoutes.Collection, content);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<(int Id, string ETag)> SeedActivityAsync()
    {
        var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, new { code = Unique("target"), title = "Цель атак" });
        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        return ((int)body["id"]!, response.ETag());
    }

    private static string Shorten(string body) => body.Length > 200 ? body[..200] + "…" : body;
}
