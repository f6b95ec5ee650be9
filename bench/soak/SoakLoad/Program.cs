// Mixed load against a running register API for a fixed time: reads, filtered lists, creates, updates with
// If-Match and status transitions, from a bounded number of concurrent workers. Prints a progress line every
// 30 s and a summary; exits 1 when any answer was a 5xx or a request failed outright.
//   SoakLoad --url http://127.0.0.1:PORT --key rk_... [--seconds 600] [--concurrency 8] [--seed 1]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

var options = Options.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 })
{
    BaseAddress = new Uri(options.Url),
    Timeout = TimeSpan.FromSeconds(30),
};
http.DefaultRequestHeaders.Add("X-Api-Key", options.Key);

var stats = new Stats();
var load = new Load(http, stats, options.Seed);
await load.SetUpAsync();

var clock = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(options.Seconds);
using var progress = new Timer(_ => Console.WriteLine($"[load] {clock.Elapsed:mm\\:ss} {stats.Line(clock.Elapsed)}"), null,
    TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
var workers = Enumerable.Range(0, options.Concurrency).Select(i => Task.Run(() => load.WorkAsync(options.Seed * 1000 + i, () => clock.Elapsed < deadline)));
await Task.WhenAll(workers);

Console.WriteLine($"[load] done in {clock.Elapsed:mm\\:ss}: {stats.Line(clock.Elapsed)}");
foreach (var failure in stats.Failures.Take(10)) Console.WriteLine($"[load] failure: {failure}");
return stats.ServerErrors + stats.Exceptions > 0 ? 1 : 0;

internal sealed record Options(string Url, string Key, int Seconds, int Concurrency, int Seed)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            Value("--url") ?? throw new ArgumentException("--url is required"),
            Value("--key") ?? throw new ArgumentException("--key is required"),
            int.Parse(Value("--seconds") ?? "600"),
            int.Parse(Value("--concurrency") ?? "8"),
            int.Parse(Value("--seed") ?? "1"));
    }
}

internal sealed class Stats
{
    private readonly ConcurrentDictionary<string, long> _byKind = new();
    private readonly ConcurrentDictionary<int, long> _byStatus = new();
    private long _requests;
    private long _serverErrors;
    private long _exceptions;

    public ConcurrentQueue<string> Failures { get; } = new();
    public long ServerErrors => Interlocked.Read(ref _serverErrors);
    public long Exceptions => Interlocked.Read(ref _exceptions);

    public void Count(string kind, HttpResponseMessage response, string detail)
    {
        Interlocked.Increment(ref _requests);
        _byKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
        _byStatus.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        if ((int)response.StatusCode >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
            if (Failures.Count < 100) Failures.Enqueue($"{kind} -> {(int)response.StatusCode}: {detail}");
        }
    }

    public void Fail(string kind, Exception exception)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _exceptions);
        if (Failures.Count < 100) Failures.Enqueue($"{kind} -> {exception.GetType().Name}: {exception.Message}");
    }

    public string Line(TimeSpan elapsed)
    {
        var requests = Interlocked.Read(ref _requests);
        var statuses = string.Join(" ", _byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Value}"));
        var kinds = string.Join(" ", _byKind.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value}"));
        return $"{requests} requests ({requests / Math.Max(1, elapsed.TotalSeconds):F0}/s), 5xx {ServerErrors}, failed {Exceptions}; status {statuses}; {kinds}";
    }
}

/// <summary>
/// The register is kept near a steady size (creates and deletes balance around <see cref="PoolSize"/> entries over a
/// few departments and systems), so what the soak watches is the server, not the data growing: an entry's findings
/// are computed over every entry sharing its systems, and an ever-growing register makes every request dearer.
/// The version history still grows, as it does in use.
/// </summary>
internal sealed class Load(HttpClient http, Stats stats, int seed)
{
    private const int PoolSize = 150;
    private const int LinkSets = 4;
    private static readonly string[] Statuses = ["draft", "in-review", "approved", "retired"];
    private static readonly string[] Words = ["кадры", "personnel", "договор", "видеонаблюдение", "Ёлка", "payroll", "клиенты", "zzz"];
    private readonly ConcurrentDictionary<int, byte> _ids = new();
    private string _run = "";
    private readonly List<Links> _linkSets = [];
    private int _counter;

    private sealed record Links(string Department, string SubjectCategory, string DataCategory, string Recipient, string System);

    public async Task SetUpAsync()
    {
        _run = $"soak{seed}-{Guid.NewGuid().ToString("N")[..6]}";
        for (var i = 0; i < LinkSets; i++)
        {
            _linkSets.Add(new Links(
                await CatalogAsync("/api/departments", new JsonObject { ["code"] = $"{_run}-dep{i}", ["name"] = $"Отдел {i}" }),
                await CatalogAsync("/api/subject-categories", new JsonObject { ["code"] = $"{_run}-subj{i}", ["names"] = new JsonObject { ["ru"] = "Работники" } }),
                await CatalogAsync("/api/data-categories", new JsonObject
                {
                    ["code"] = $"{_run}-data{i}", ["names"] = new JsonObject { ["ru"] = "ФИО" }, ["group"] = "identity", ["npdpcCategory"] = "other",
                }),
                await CatalogAsync("/api/recipients", new JsonObject { ["code"] = $"{_run}-rcpt{i}", ["name"] = "Министерство", ["kind"] = "state-body" }),
                await CatalogAsync("/api/information-systems", new JsonObject
                {
                    ["code"] = $"{_run}-sys{i}", ["name"] = "Кадровая система", ["kind"] = "electronic", ["connectedToPublicNetwork"] = false,
                })));
        }
        for (var i = 0; i < PoolSize; i++) await CreateAsync(new Random(seed + i));
    }

    public async Task WorkAsync(int workerSeed, Func<bool> running)
    {
        var random = new Random(workerSeed);
        while (running())
        {
            var roll = random.Next(100);
            var kind = roll switch
            {
                < 30 => "get",
                < 50 => "list",
                < 56 => "catalog",
                < 62 => "versions",
                < 69 => _ids.Count < PoolSize * 2 ? "create" : "delete",
                < 76 => _ids.Count > PoolSize / 2 ? "delete" : "create",
                < 90 => "update",
                _ => "transition",
            };
            try
            {
                await (kind switch
                {
                    "get" => GetAsync(random),
                    "list" => ListAsync(random),
                    "catalog" => SendAsync("catalog", HttpMethod.Get, $"/api/legal-bases?page={random.Next(1, 3)}&pageSize={random.Next(1, 100)}"),
                    "versions" => SendAsync("versions", HttpMethod.Get, $"/api/activities/{AnyId(random)}/versions?pageSize=20"),
                    "create" => CreateAsync(random),
                    "delete" => DeleteAsync(random),
                    "update" => UpdateAsync(random),
                    _ => TransitionAsync(random),
                });
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                stats.Fail(kind, exception);
            }
        }
    }

    private int AnyId(Random random)
    {
        var ids = _ids.Keys.ToArray();
        return ids.Length == 0 ? 1 : ids[random.Next(ids.Length)];
    }

    private Links AnyLinks(Random random) => _linkSets[random.Next(_linkSets.Count)];

    private Task GetAsync(Random random) => SendAsync("get", HttpMethod.Get, $"/api/activities/{AnyId(random)}");

    private Task ListAsync(Random random)
    {
        var filters = new List<string> { $"page={random.Next(1, 4)}", $"pageSize={random.Next(1, 60)}" };
        if (random.Next(2) == 0) filters.Add($"department={AnyLinks(random).Department}");
        if (random.Next(3) == 0) filters.Add($"status={Statuses[random.Next(Statuses.Length)]}");
        if (random.Next(3) == 0) filters.Add($"q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}");
        if (random.Next(4) == 0) filters.Add($"dataCategory={AnyLinks(random).DataCategory}");
        if (random.Next(4) == 0) filters.Add($"informationSystem={AnyLinks(random).System}");
        if (random.Next(5) == 0) filters.Add("crossBorder=false");
        if (random.Next(5) == 0) filters.Add("npdpcCategory=other");
        return SendAsync("list", HttpMethod.Get, "/api/activities?" + string.Join('&', filters));
    }

    private async Task CreateAsync(Random random)
    {
        var code = $"{_run}-{Interlocked.Increment(ref _counter)}";
        using var response = await SendAsync("create", HttpMethod.Post, "/api/activities", Body(code, random));
        if (response.StatusCode == HttpStatusCode.Created)
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            _ids.TryAdd((int)body["id"]!, 0);
        }
    }

    private async Task UpdateAsync(Random random)
    {
        var id = AnyId(random);
        using var current = await SendAsync("update-read", HttpMethod.Get, $"/api/activities/{id}");
        if (current.StatusCode != HttpStatusCode.OK) return;
        var activity = JsonNode.Parse(await current.Content.ReadAsStringAsync())!;
        using var _ = await SendAsync("update", HttpMethod.Put, $"/api/activities/{id}", Body((string)activity["code"]!, random), current.Headers.ETag?.ToString());
    }

    private async Task DeleteAsync(Random random)
    {
        var id = AnyId(random);
        using var current = await SendAsync("delete-read", HttpMethod.Get, $"/api/activities/{id}");
        if (current.StatusCode != HttpStatusCode.OK) return;
        using var response = await SendAsync("delete", HttpMethod.Delete, $"/api/activities/{id}", ifMatch: current.Headers.ETag?.ToString());
        if (response.StatusCode == HttpStatusCode.NoContent) _ids.TryRemove(id, out _);
    }

    private async Task TransitionAsync(Random random)
    {
        var id = AnyId(random);
        using var current = await SendAsync("transition-read", HttpMethod.Get, $"/api/activities/{id}");
        if (current.StatusCode != HttpStatusCode.OK) return;
        var status = (string?)JsonNode.Parse(await current.Content.ReadAsStringAsync())!["status"];
        var to = status switch { "draft" => "in-review", "in-review" => "approved", _ => "draft" };
        using var _ = await SendAsync("transition", HttpMethod.Post, $"/api/activities/{id}/transitions",
            new JsonObject { ["to"] = to }, current.Headers.ETag?.ToString());
    }

    private JsonObject Body(string code, Random random)
    {
        var links = AnyLinks(random);
        return new JsonObject
        {
            ["code"] = code,
            ["title"] = $"Ведение личных дел работников {Words[random.Next(Words.Length)]} {random.Next(1000)}",
            ["description"] = new string('д', random.Next(10, 2000)),
            ["departmentCode"] = links.Department,
            ["subjectCategoryCodes"] = new JsonArray(links.SubjectCategory),
            ["dataCategories"] = new JsonArray(new JsonObject { ["code"] = links.DataCategory }),
            ["purposes"] = new JsonArray(Enumerable.Range(0, random.Next(1, 4)).Select(i => (JsonNode)new JsonObject
            {
                ["text"] = $"Оформление трудовых отношений {i}", ["legalBasisCodes"] = new JsonArray("by-99z-art6-employment"), ["legalReference"] = "Трудовой кодекс",
            }).ToArray()),
            ["recipients"] = new JsonArray(new JsonObject { ["code"] = links.Recipient }),
            ["retention"] = new JsonObject { ["kind"] = "per-legislation", ["reference"] = "Перечень, утв. постановлением Минюста № 140 от 24.05.2012" },
            ["informationSystemCodes"] = new JsonArray(links.System),
            ["storageForm"] = "mixed",
            ["processingMethod"] = "mixed",
            ["actionCodes"] = new JsonArray("collection", "storage", "use"),
            ["protectionMeasureCodes"] = new JsonArray("access-control", "paper-storage-locked"),
            ["dataSource"] = "subject",
            ["startDate"] = "2021-11-15",
            ["terminationCondition"] = "Прекращение трудовых отношений",
            ["accessPositions"] = new JsonArray(Enumerable.Range(0, random.Next(1, 6)).Select(i => (JsonNode)JsonValue.Create($"Должность {i}")).ToArray()),
            ["estimatedSubjects"] = random.Next(1, 100_000),
            ["includesMinorsUnder16"] = false,
            ["reviewDueDate"] = "2099-01-01",
        };
    }

    private async Task<string> CatalogAsync(string path, JsonObject body)
    {
        using var response = await SendAsync("setup", HttpMethod.Post, path, body);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Setting up {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return (string)body["code"]!;
    }

    private async Task<HttpResponseMessage> SendAsync(string kind, HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var response = await http.SendAsync(request);
        // Read the body whole, as a client would, so the server's work is not cut short.
        var text = await response.Content.ReadAsStringAsync();
        stats.Count(kind, response, $"{method} {url} {text[..Math.Min(300, text.Length)]}");
        return response;
    }
}
