using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Register.Bench;

/// <summary>What one wrk run measured.</summary>
internal sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors)
{
    public static readonly LoadResult None = new(double.NaN, double.NaN, double.NaN, 0, 0);
}

/// <summary>
/// Runs wrk (1 thread, so the server keeps most of the 2 cores) with a generated Lua script: requests drawn at
/// random from a list of paths (or bodies), the API key in X-Api-Key, and a done() that prints one JSON line.
/// </summary>
internal sealed class Wrk(string scriptsDirectory, int connections)
{
    private int _scripts;

    public int Connections => connections;

    public async Task<LoadResult> RunAsync(string baseUrl, string? apiKey, LuaRequests requests, int seconds)
    {
        Directory.CreateDirectory(scriptsDirectory);
        var script = Path.Combine(scriptsDirectory, $"script-{Interlocked.Increment(ref _scripts)}.lua");
        await File.WriteAllTextAsync(script, requests.Script(apiKey));
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "30s", "-s", script, baseUrl }) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 60));
        await process.WaitForExitAsync(limit.Token);
        var output = await stdout + await stderr;
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result:\n{output}");
        using var json = JsonDocument.Parse(line["BENCH ".Length..]);
        var r = json.RootElement;
        var count = r.GetProperty("requests").GetInt64();
        var seconds_ = r.GetProperty("duration_us").GetDouble() / 1e6;
        return new LoadResult(count / seconds_, r.GetProperty("p50_us").GetDouble() / 1000, r.GetProperty("p99_us").GetDouble() / 1000,
            count, r.GetProperty("status_errors").GetInt64() + r.GetProperty("socket_errors").GetInt64());
    }
}

/// <summary>The requests of one run: a method, a list of paths, and optionally one body per path (its code spliced in).</summary>
internal sealed record LuaRequests(string Method, IReadOnlyList<string> Paths, string? BodyBefore = null, string? BodyAfter = null,
    IReadOnlyList<string>? Codes = null, bool UniqueCodes = false, bool IfMatchAny = false)
{
    public string Script(string? apiKey)
    {
        var lua = new StringBuilder();
        lua.AppendLine("local paths = {");
        foreach (var p in Paths) lua.Append("  ").Append(Quote(p)).AppendLine(",");
        lua.AppendLine("}");
        if (Codes is not null)
        {
            lua.AppendLine("local codes = {");
            foreach (var c in Codes) lua.Append("  ").Append(Quote(c)).AppendLine(",");
            lua.AppendLine("}");
        }
        lua.AppendLine(CultureInfo.InvariantCulture, $"local before = {Quote(BodyBefore ?? "")}");
        lua.AppendLine(CultureInfo.InvariantCulture, $"local after = {Quote(BodyAfter ?? "")}");
        lua.AppendLine(CultureInfo.InvariantCulture, $"local tag = {Quote(Guid.NewGuid().ToString("N")[..8])}");
        lua.AppendLine("local counter = 0");
        lua.AppendLine("math.randomseed(os.time())");
        if (apiKey is not null) lua.AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[\"X-Api-Key\"] = {Quote(apiKey)}");
        if (BodyBefore is not null) lua.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        if (IfMatchAny) lua.AppendLine("wrk.headers[\"If-Match\"] = \"*\"");
        lua.AppendLine(CultureInfo.InvariantCulture, $"local method = {Quote(Method)}");
        lua.AppendLine("""
            request = function()
              local i = math.random(#paths)
              if before == "" then return wrk.format(method, paths[i]) end
              local code
              if codes then code = codes[i] else counter = counter + 1; code = "w" .. tag .. "-" .. counter end
              return wrk.format(method, paths[i], nil, before .. code .. after)
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"status_errors":%d,"socket_errors":%d}\n',
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
            end
            """);
        return lua.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
