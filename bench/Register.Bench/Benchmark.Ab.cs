using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Register.Bench;

/// <summary>
/// An A/B of two builds of the API on the same register: GET by id, a department's list page and create, in alternating
/// rounds (A B, B A, A B...) so that a drift of the machine's load falls on both. Each server run gets a fresh copy of
/// the register. Reports each build's median over the rounds and B's ratio to A.
/// </summary>
internal sealed partial class Benchmark
{
    public async Task<int> RunAbAsync(string baselineDll, int rounds)
    {
        Directory.CreateDirectory(settings.Results);
        var register = await EnsureRegisterAsync(settings.Sizes[0]);
        var builds = new[] { ("A (baseline)", baselineDll), ("B (this build)", settings.ApiDll) };
        Say($"A/B at {register.Size:N0} entries, {rounds} rounds; A = {baselineDll}; B = {settings.ApiDll}");

        var sample = Sample.Of(register.Path);
        var random = new Random(register.Size);
        var ids = Enumerable.Range(0, 2000).Select(_ => $"/api/activities/{sample.Ids[random.Next(sample.Ids.Count)]}").ToList();
        var lists = sample.FullPages.Select(p => $"/api/activities?department={p.Department}&page={p.Page}&pageSize=50").ToList();
        var (before, after) = RegisterGenerator.Template(54_321);
        var shapes = new (string Name, LuaRequests Requests, int Warmup)[]
        {
            ("GET /api/activities/{id}", new LuaRequests("GET", ids), settings.Warmup),
            ("list ?department=&pageSize=50", new LuaRequests("GET", lists), settings.Warmup),
            ("create (POST)", new LuaRequests("POST", ["/api/activities"], before, after), Math.Min(settings.Warmup, 2)),
        };

        var results = builds.ToDictionary(b => b.Item1, _ => shapes.ToDictionary(s => s.Name, _ => new List<LoadResult>()));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (label, dll) in round % 2 == 0 ? builds : builds.Reverse())
            {
                var copy = Path.Combine(settings.Results, "ab.db");
                DeleteDatabase(copy);
                File.Copy(register.Path, copy);
                try
                {
                    await using var server = ServerProcess.Start(dll, copy, NextPort());
                    await server.WaitReadyAsync(ApiReady, TimeSpan.FromSeconds(120));
                    foreach (var (name, requests, warmup) in shapes)
                    {
                        await _wrk.RunAsync(server.BaseUrl, register.Key, requests, warmup);
                        var result = await _wrk.RunAsync(server.BaseUrl, register.Key, requests, settings.Seconds);
                        results[label][name].Add(result);
                        Say($"  round {round + 1} {label,-15} {name,-30} {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {result.Errors}");
                    }
                }
                finally
                {
                    SqliteConnection.ClearAllPools();
                    DeleteDatabase(copy);
                }
            }
        }

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"A/B, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Machine()}; {register.Size:N0} entries; {rounds} alternating rounds; wrk {_wrk.Connections} connections, {settings.Seconds} s per run after {settings.Warmup} s warm-up (2 s for create).");
        table.AppendLine("A: " + baselineDll).AppendLine("B: " + settings.ApiDll).AppendLine();
        table.AppendLine("| measure | A req/s (median) | B req/s (median) | B/A | A p99 ms | B p99 ms | B req/s per round |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var (name, _, _) in shapes)
        {
            var a = results[builds[0].Item1][name];
            var b = results[builds[1].Item1][name];
            double Median(IEnumerable<double> values) { var v = values.Order().ToList(); return v[v.Count / 2]; }
            var aRate = Median(a.Select(r => r.RequestsPerSecond));
            var bRate = Median(b.Select(r => r.RequestsPerSecond));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {aRate:F0} | {bRate:F0} | {bRate / aRate:P0} | {Median(a.Select(r => r.P99Ms)):F1} | {Median(b.Select(r => r.P99Ms)):F1} | {string.Join(", ", b.Select(r => r.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture)))} |");
        }
        Console.WriteLine();
        Console.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(settings.Results, "ab.md"), table.ToString());
        Console.WriteLine("(also written to bench/results/ab.md)");
        return 0;
    }
}
