using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Register.Bench;

internal sealed record CachedRegister(int Size, string Path, string Key, bool Cached, double GenerationSeconds, double CreatesPerSecond, double CreateP99Ms, int Failed);

internal sealed record ReadRow(string Name, string Shape, LoadResult Api, LoadResult Floor);

internal sealed record ReportRow(int Size, string Format, string Api, double ApiFirstSeconds, double ApiSeconds, double ApiPeakMb,
    double FloorFirstSeconds, double FloorSeconds, double FloorPeakMb, long ApiBytes);

/// <summary>The whole run: registers (cached or generated), reads, writes, reports, start-up; then the table.</summary>
internal sealed partial class Benchmark(BenchSettings settings)
{
    private const string ApiReady = "/health/ready";
    private readonly Wrk _wrk = new(Path.Combine(settings.Results, "lua"), settings.Connections);
    private readonly List<string> _log = [];

    public async Task<int> RunAsync()
    {
        Directory.CreateDirectory(settings.Results);
        Say($"API: {settings.ApiDll}");
        var registers = new List<CachedRegister>();
        foreach (var size in settings.Sizes) registers.Add(await EnsureRegisterAsync(size));

        // The interface's page beside the API's list, on the 10,000-entry register (or the largest below it).
        var interfaceRegister = registers.LastOrDefault(r => r.Size <= 10_000) ?? registers[0];
        var interfaceTable = InterfaceTable(await MeasureInterfaceAsync(interfaceRegister));
        if (settings.Only == "interface")
        {
            Console.WriteLine();
            Console.WriteLine(interfaceTable);
            await File.WriteAllTextAsync(Path.Combine(settings.Results, $"{settings.Label}-interface.md"), interfaceTable);
            return 0;
        }

        var reads = new Dictionary<int, IReadOnlyList<ReadRow>>();
        foreach (var register in registers) reads[register.Size] = await MeasureReadsAsync(register);

        var writeRegister = registers.LastOrDefault(r => r.Size <= 10_000) ?? registers[0];
        var writes = await MeasureWritesAsync(writeRegister);

        var reports = new List<ReportRow>();
        foreach (var register in registers.Where(r => r.Size >= 10_000)) reports.AddRange(await MeasureReportsAsync(register));

        var startup = await MeasureStartupAsync(registers[^1]);

        var table = Table(registers, reads, writeRegister.Size, writes, reports, startup) + Environment.NewLine + interfaceTable;
        Console.WriteLine();
        Console.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(settings.Results, $"{settings.Label}.md"), table);
        Console.WriteLine($"(also written to bench/results/{settings.Label}.md)");
        return 0;
    }

    /// <summary>Only the registers (generated or cached), for tools that measure something else on them (bench/export).</summary>
    public async Task<int> GenerateAsync()
    {
        Directory.CreateDirectory(settings.Results);
        foreach (var size in settings.Sizes) Console.WriteLine((await EnsureRegisterAsync(size)).Path);
        return 0;
    }

    // ---------------------------------------------------------------- registers

    private async Task<CachedRegister> EnsureRegisterAsync(int size)
    {
        var path = Path.Combine(settings.Results, $"register-{RegisterGenerator.Version}-{size}.db");
        var manifestPath = path + ".json";
        if (File.Exists(path) && File.Exists(manifestPath))
        {
            var cached = JsonSerializer.Deserialize<CachedRegister>(await File.ReadAllTextAsync(manifestPath))! with { Cached = true, Path = path };
            Say($"register {size:N0}: cached at bench/results/{Path.GetFileName(path)} (generated in {cached.GenerationSeconds:F0} s)");
            return cached;
        }

        Say($"register {size:N0}: generating through the API (cached afterwards in bench/results/)...");
        var partial = path + ".partial";
        DeleteDatabase(partial);
        string key;
        var latencies = new List<double>(size);
        var failed = 0;
        var clock = new Stopwatch();
        await using (var api = ServerProcess.Start(settings.ApiDll, partial, NextPort()))
        {
            key = await api.BootstrapKeyAsync(TimeSpan.FromSeconds(60));
            await api.WaitReadyAsync(ApiReady, TimeSpan.FromSeconds(60));
            using var client = Client(api.BaseUrl, key, TimeSpan.FromSeconds(120));
            foreach (var (route, body) in RegisterGenerator.Catalogs())
            {
                using var response = await client.PostAsync(route, Json(body));
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"POST {route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }

            var next = -1;
            clock.Start();
            var progress = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, 16).Select(async _ =>
            {
                var mine = new List<double>();
                int n;
                while ((n = Interlocked.Increment(ref next)) < size)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.PostAsync("/api/activities", Json(RegisterGenerator.Activity(n)));
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.Created && Interlocked.Increment(ref failed) <= 3)
                    {
                        Say($"  create {n}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                    if (n % 10_000 == 0 && n > 0) Say($"  {n:N0} created, {n / progress.Elapsed.TotalSeconds:F0}/s");
                }
                lock (latencies) latencies.AddRange(mine);
            }).ToList();
            await Task.WhenAll(workers);
            clock.Stop();
        }
        Checkpoint(partial);
        DeleteDatabase(path);
        File.Move(partial, path);
        latencies.Sort();
        var register = new CachedRegister(size, path, key, false, clock.Elapsed.TotalSeconds, size / clock.Elapsed.TotalSeconds,
            Percentile(latencies, 0.99), failed);
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(register));
        Say($"register {size:N0}: {size:N0} creates in {register.GenerationSeconds:F0} s ({register.CreatesPerSecond:F0}/s at 16 concurrent, p99 {register.CreateP99Ms:F0} ms), {failed} failed");
        return register;
    }

    // ---------------------------------------------------------------- reads

    private async Task<IReadOnlyList<ReadRow>> MeasureReadsAsync(CachedRegister register)
    {
        var sample = Sample.Of(register.Path);
        var random = new Random(register.Size);
        var ids = Enumerable.Range(0, 2000).Select(_ => sample.Ids[random.Next(sample.Ids.Count)]).ToList();
        var lists = sample.FullPages.Select(p => $"?department={p.Department}&page={p.Page}&pageSize=50").ToList();
        var searches = RegisterGenerator.SearchTerms.Select(t => $"?q={Uri.EscapeDataString(t)}&pageSize=50").ToList();
        var shapes = new[]
        {
            ("GET /api/activities/{id}", "random id", ids.Select(id => $"/{id}").ToList()),
            ("list ?department=&pageSize=50", $"{sample.FullPages.Select(p => p.Department).Distinct().Count()} departments, full pages", lists),
            ("search ?q=&pageSize=50", $"{searches.Count} terms, ~1 entry in 12", searches),
        };

        var results = new Dictionary<string, (LoadResult Api, LoadResult Floor)>();
        foreach (var floor in new[] { false, true })
        {
            var port = NextPort();
            await using var server = floor
                ? ServerProcess.Start(settings.FloorDll, register.Path, port)
                : ServerProcess.Start(settings.ApiDll, register.Path, port);
            await server.WaitReadyAsync(floor ? "/health/ready" : ApiReady, TimeSpan.FromSeconds(120));
            var prefix = floor ? "/activities" : "/api/activities";
            var key = floor ? null : register.Key;
            foreach (var (name, _, suffixes) in shapes)
            {
                var paths = suffixes.Select(s => prefix + s).ToList();
                await CheckAsync(server.BaseUrl, key, paths[0]);
                var requests = new LuaRequests("GET", paths);
                await _wrk.RunAsync(server.BaseUrl, key, requests, settings.Warmup);
                var result = await _wrk.RunAsync(server.BaseUrl, key, requests, settings.Seconds);
                results[name] = floor ? (results[name].Api, result) : (result, LoadResult.None);
                Say($"  {register.Size,7:N0} {(floor ? "floor" : "API  ")} {name,-32} {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {result.Errors}");
            }
        }
        return shapes.Select(s => new ReadRow(s.Item1, s.Item2, results[s.Item1].Api, results[s.Item1].Floor)).ToList();
    }

    private static async Task CheckAsync(string baseUrl, string? key, string path)
    {
        using var client = Client(baseUrl, key, TimeSpan.FromSeconds(60));
        using var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    // ---------------------------------------------------------------- writes

    private async Task<(LoadResult ApiCreate, LoadResult FloorCreate, LoadResult ApiUpdate, LoadResult FloorUpdate)> MeasureWritesAsync(CachedRegister register)
    {
        var sample = Sample.Of(register.Path);
        var random = new Random(7);
        var targets = Enumerable.Range(0, 2000).Select(_ => random.Next(sample.Ids.Count)).Select(i => (Id: sample.Ids[i], Code: sample.Codes[i])).ToList();
        var (before, after) = RegisterGenerator.Template(12_345);
        var results = new Dictionary<string, LoadResult>();
        foreach (var floor in new[] { false, true })
        {
            var copy = Path.Combine(settings.Results, $"writes-{(floor ? "floor" : "api")}.db");
            DeleteDatabase(copy);
            File.Copy(register.Path, copy);
            try
            {
                await using var server = floor ? ServerProcess.Start(settings.FloorDll, copy, NextPort()) : ServerProcess.Start(settings.ApiDll, copy, NextPort());
                await server.WaitReadyAsync(floor ? "/health/ready" : ApiReady, TimeSpan.FromSeconds(120));
                var prefix = floor ? "/activities" : "/api/activities";
                var key = floor ? null : register.Key;
                var create = new LuaRequests("POST", [prefix], before, after);
                var update = new LuaRequests("PUT", targets.Select(t => $"{prefix}/{t.Id}").ToList(), before, after, targets.Select(t => t.Code).ToList(), IfMatchAny: true);
                foreach (var (name, requests) in new[] { ("create", create), ("update", update) })
                {
                    await _wrk.RunAsync(server.BaseUrl, key, requests, Math.Min(settings.Warmup, 2));
                    var result = await _wrk.RunAsync(server.BaseUrl, key, requests, settings.Seconds);
                    results[(floor ? "floor " : "api ") + name] = result;
                    Say($"  {register.Size,7:N0} {(floor ? "floor" : "API  ")} {name,-32} {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {result.Errors}");
                }
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                DeleteDatabase(copy);
            }
        }
        return (results["api create"], results["floor create"], results["api update"], results["floor update"]);
    }

    // ---------------------------------------------------------------- reports

    private async Task<IReadOnlyList<ReportRow>> MeasureReportsAsync(CachedRegister register)
    {
        var rows = new List<ReportRow>();
        foreach (var format in new[] { "json", "xlsx" })
        {
            var api = await MeasureReportAsync(register, format, floor: false);
            var floor = await MeasureReportAsync(register, format, floor: true);
            rows.Add(new ReportRow(register.Size, format, api.Status, api.FirstSeconds, api.Seconds, api.PeakMb, floor.FirstSeconds, floor.Seconds, floor.PeakMb, api.Bytes));
            Say($"  {register.Size,7:N0} supervisory {format}: API {api.Status} {api.FirstSeconds:F2} s first, {api.Seconds:F2} s again, {api.PeakMb:F0} MB ({api.Bytes / 1e6:F1} MB); "
                + $"floor {floor.FirstSeconds:F2} s / {floor.Seconds:F2} s, {floor.PeakMb:F0} MB ({floor.Bytes / 1e6:F1} MB)");
        }
        return rows;
    }

    /// <summary>
    /// The report twice from one new server: the first request after start (it also compiles the report's code and,
    /// for the API, reads every system's users) and the same request again, as on a server that has been running.
    /// Peak memory is the higher of the two.
    /// </summary>
    private async Task<(string Status, double FirstSeconds, double Seconds, double PeakMb, long Bytes)> MeasureReportAsync(CachedRegister register, string format, bool floor)
    {
        await using var server = floor ? ServerProcess.Start(settings.FloorDll, register.Path, NextPort()) : ServerProcess.Start(settings.ApiDll, register.Path, NextPort());
        await server.WaitReadyAsync(floor ? "/health/ready" : ApiReady, TimeSpan.FromSeconds(120));
        using var client = Client(server.BaseUrl, floor ? null : register.Key, TimeSpan.FromSeconds(settings.ReportTimeout));
        await CheckAsync(server.BaseUrl, floor ? null : register.Key, floor ? "/activities?pageSize=1" : "/api/activities?pageSize=1");
        var url = (floor ? "/reports/supervisory" : "/api/reports/supervisory") + $"?format={format}";
        server.ResetPeakMemory();
        var first = await DownloadAsync(client, url, floor);
        if (first.Status != "ok") return (first.Status, first.Seconds, double.NaN, server.PeakMemoryMb(), first.Bytes);
        var peak = server.PeakMemoryMb();
        server.ResetPeakMemory();
        var again = await DownloadAsync(client, url, floor);
        return (again.Status, first.Seconds, again.Seconds, Math.Max(peak, server.PeakMemoryMb()), again.Bytes);
    }

    private async Task<(string Status, double Seconds, long Bytes)> DownloadAsync(HttpClient client, string url, bool floor)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode == HttpStatusCode.NotFound && !floor) return ("n/a (not built)", double.NaN, 0);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long bytes = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0) bytes += read;
            clock.Stop();
            return (response.IsSuccessStatusCode ? "ok" : $"HTTP {(int)response.StatusCode}", clock.Elapsed.TotalSeconds, bytes);
        }
        catch (TaskCanceledException)
        {
            return ($"timeout (> {settings.ReportTimeout} s)", double.NaN, 0);
        }
    }

    // ---------------------------------------------------------------- start-up

    private async Task<(double Api, double Floor, int Size)> MeasureStartupAsync(CachedRegister register)
    {
        // A first start applies any new migration to the cached database; it is not what is measured.
        await using (var first = ServerProcess.Start(settings.ApiDll, register.Path, NextPort()))
        {
            await first.WaitReadyAsync(ApiReady, TimeSpan.FromSeconds(600));
        }
        async Task<double> Median(bool floor)
        {
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                await using var server = floor ? ServerProcess.Start(settings.FloorDll, register.Path, NextPort()) : ServerProcess.Start(settings.ApiDll, register.Path, NextPort());
                times.Add(await server.WaitReadyAsync(floor ? "/health/ready" : ApiReady, TimeSpan.FromSeconds(120)));
            }
            times.Sort();
            return times[1];
        }
        var api = await Median(floor: false);
        var floorTime = await Median(floor: true);
        Say($"  start-up to ready at {register.Size:N0}: API {api:F2} s, floor {floorTime:F2} s");
        return (api, floorTime, register.Size);
    }

    // ---------------------------------------------------------------- the table

    private string Table(IReadOnlyList<CachedRegister> registers, Dictionary<int, IReadOnlyList<ReadRow>> reads, int writeSize,
        (LoadResult ApiCreate, LoadResult FloorCreate, LoadResult ApiUpdate, LoadResult FloorUpdate) writes,
        IReadOnlyList<ReportRow> reports, (double Api, double Floor, int Size) startup)
    {
        var t = new StringBuilder();
        var largest = registers[^1].Size;
        var smallest = registers[0].Size;
        t.AppendLine(CultureInfo.InvariantCulture, $"Register benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Machine()}");
        t.AppendLine(CultureInfo.InvariantCulture, $"wrk 1 thread, {settings.Connections} connections, {settings.Seconds} s per run after {settings.Warmup} s warm-up; SQLite; loopback; Release builds.");
        t.AppendLine("Registers: " + string.Join("; ", registers.Select(r => r.Cached
            ? $"{r.Size:N0} cached (bench/results/{Path.GetFileName(r.Path)})"
            : $"{r.Size:N0} generated through the API in {r.GenerationSeconds:F0} s ({r.CreatesPerSecond:F0} creates/s, 16 concurrent, p99 {r.CreateP99Ms:F0} ms)")));
        t.AppendLine();
        t.AppendLine(CultureInfo.InvariantCulture, $"Reads at {largest:N0} entries ({settings.Connections} connections). Targets: >= 70% of the floor's req/s; p99 < 25 ms.");
        t.AppendLine();
        t.AppendLine("| read | API req/s | p50 ms | p99 ms | floor req/s | floor p50 | floor p99 | API/floor req/s | p99 API/floor | targets |");
        t.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in reads[largest])
        {
            var ratio = r.Api.RequestsPerSecond / r.Floor.RequestsPerSecond;
            var met = ratio >= 0.70 && r.Api.P99Ms < 25;
            t.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Api.RequestsPerSecond:F0} | {r.Api.P50Ms:F2} | {r.Api.P99Ms:F2} | {r.Floor.RequestsPerSecond:F0} | {r.Floor.P50Ms:F2} | {r.Floor.P99Ms:F2} | {ratio:P0} | {r.Api.P99Ms / r.Floor.P99Ms:F1}x | {(met ? "met" : "MISSED")}{Errors(r)} |");
        }
        t.AppendLine();
        t.AppendLine(CultureInfo.InvariantCulture, $"Growth: p50 at {smallest:N0} vs {largest:N0} entries ({settings.Connections} connections). Target: API within 1.5x.");
        t.AppendLine();
        t.AppendLine("| read | " + string.Join(" | ", registers.Select(r => $"API p50 @{r.Size:N0}")) + " | API growth | floor growth | target |");
        t.AppendLine("|---|" + string.Concat(registers.Select(_ => "---:|")) + "---:|---:|---|");
        foreach (var r in reads[largest])
        {
            var first = reads[smallest].Single(x => x.Name == r.Name);
            var growth = r.Api.P50Ms / first.Api.P50Ms;
            t.AppendLine(
                $"| {r.Name} | " + string.Join(" | ", registers.Select(g => reads[g.Size].Single(x => x.Name == r.Name).Api.P50Ms.ToString("F2", CultureInfo.InvariantCulture)))
                + $" | {growth:F2}x | {r.Floor.P50Ms / first.Floor.P50Ms:F2}x | {(growth <= 1.5 ? "met" : "MISSED")} |");
        }
        t.AppendLine();
        t.AppendLine(CultureInfo.InvariantCulture, $"Writes of a full activity at {writeSize:N0} entries (a copy; {settings.Connections} connections). No target.");
        t.AppendLine();
        t.AppendLine("| write | API req/s | p99 ms | floor req/s | floor p99 | API/floor req/s |");
        t.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, api, floor) in new[] { ("create (POST)", writes.ApiCreate, writes.FloorCreate), ("update (PUT, If-Match: *)", writes.ApiUpdate, writes.FloorUpdate) })
        {
            t.AppendLine($"| {name} | {api.RequestsPerSecond:F0} | {api.P99Ms:F1} | {floor.RequestsPerSecond:F0} | {floor.P99Ms:F1} | {api.RequestsPerSecond / floor.RequestsPerSecond:P0} |"
                + (api.Errors + floor.Errors > 0 ? $" errors API {api.Errors}, floor {floor.Errors}" : ""));
        }
        t.AppendLine();
        t.AppendLine("Supervisory report: the first request to a new server, then the same request again (server peak RSS = VmHWM over both).");
        t.AppendLine("Targets (judged on the repeated request, as on a running server): xlsx 10,000 < 2 s; 100,000 < 20 s and < 400 MB.");
        t.AppendLine();
        t.AppendLine("| entries | format | API s first | API s again | API peak MB | floor s first | floor s again | floor peak MB | API/floor time (again) | target |");
        t.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in reports)
        {
            if (r.Api != "ok")
            {
                t.AppendLine(CultureInfo.InvariantCulture, $"| {r.Size:N0} | {r.Format} | {r.Api} | | | {r.FloorFirstSeconds:F2} | {r.FloorSeconds:F2} | {r.FloorPeakMb:F0} | | |");
                continue;
            }
            var target = r.Format != "xlsx" ? "" : r.Size >= 100_000
                ? (r.ApiSeconds < 20 && r.ApiPeakMb < 400 ? "met" : "MISSED")
                : r.Size >= 10_000 ? (r.ApiSeconds < 2 ? "met" : "MISSED") : "";
            t.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Size:N0} | {r.Format} | {r.ApiFirstSeconds:F2} | {r.ApiSeconds:F2} | {r.ApiPeakMb:F0} | {r.FloorFirstSeconds:F2} | {r.FloorSeconds:F2} | {r.FloorPeakMb:F0} | {r.ApiSeconds / r.FloorSeconds:F1}x | {target} |");
        }
        t.AppendLine();
        t.AppendLine(CultureInfo.InvariantCulture, $"Start-up: process start to /health/ready on the existing {startup.Size:N0}-entry database (median of 3). Target < 2 s.");
        t.AppendLine();
        t.AppendLine("| | API s | floor s | API/floor | target |");
        t.AppendLine("|---|---:|---:|---:|---|");
        t.AppendLine(CultureInfo.InvariantCulture, $"| start-up | {startup.Api:F2} | {startup.Floor:F2} | {startup.Api / startup.Floor:F1}x | {(startup.Api < 2 ? "met" : "MISSED")} |");
        return t.ToString();
    }

    private static string Errors(ReadRow r) => r.Api.Errors + r.Floor.Errors > 0 ? $" (errors: API {r.Api.Errors}, floor {r.Floor.Errors})" : "";

    private static string Machine()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return $"{Environment.ProcessorCount} cores ({model}), {long.Parse(memory, CultureInfo.InvariantCulture) / 1024 / 1024} GiB, .NET {Environment.Version}";
    }

    // ---------------------------------------------------------------- helpers

    // A port the system reports free: other servers run on this machine's loopback too, and a fixed range could land
    // on one of them (whose answers would then be measured).
    private static int NextPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private void Say(string line)
    {
        _log.Add(line);
        Console.WriteLine(line);
    }

    private static HttpClient Client(string baseUrl, string? key, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = timeout };
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static void Checkpoint(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(path + suffix);
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }
}

/// <summary>What the load scripts draw from: the register's ids and codes, and its full department pages.</summary>
internal sealed record Sample(IReadOnlyList<int> Ids, IReadOnlyList<string> Codes, IReadOnlyList<(string Department, int Page)> FullPages)
{
    public static Sample Of(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        var ids = new List<int>();
        var codes = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, code FROM activities ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt32(0));
                codes.Add(reader.GetString(1));
            }
        }
        var pages = new List<(string, int)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT department_code, COUNT(*) FROM activities GROUP BY department_code HAVING COUNT(*) >= 50";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var page = 1; page <= reader.GetInt32(1) / 50; page++) pages.Add((reader.GetString(0), page));
            }
        }
        SqliteConnection.ClearAllPools();
        return new Sample(ids, codes, pages);
    }
}
