using System.Globalization;

namespace Register.Bench;

/// <summary>
/// BENCH_SIZES (default "1000 10000 100000"), BENCH_SECONDS per measured run (10), BENCH_WARMUP seconds (10),
/// BENCH_CONNECTIONS (32), BENCH_REPORT_TIMEOUT seconds (300), BENCH_API_DLL (another build of the API, e.g. a
/// baseline), BENCH_LABEL (names the results file), BENCH_RESULTS (where registers are cached; bench/results),
/// BENCH_ONLY=interface (only the web interface's register page beside the API's list).
/// The warm-up is 10 s because reads are measured in the steady state of a running server: with 3 s, the API's
/// first read shape still ran during tiered JIT compilation and, at 100,000 entries, the first read of every
/// system's users (measured: 1,295 GET/s over the first 8 s after start, then 4,100-4,900/s).
/// </summary>
internal sealed record BenchSettings(
    string Root, IReadOnlyList<int> Sizes, int Seconds, int Warmup, int Connections, int ReportTimeout,
    string ApiDll, string FloorDll, string Results, string Label, string? Only = null)
{
    public static BenchSettings FromEnvironment(string root)
    {
        string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;
        int Int(string name, int fallback) => int.Parse(Env(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var sizes = Env("BENCH_SIZES", "1000 10000 100000").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        return new BenchSettings(
            root, sizes, Int("BENCH_SECONDS", 10), Int("BENCH_WARMUP", 10), Int("BENCH_CONNECTIONS", 32), Int("BENCH_REPORT_TIMEOUT", 300),
            Path.GetFullPath(Env("BENCH_API_DLL", Path.Combine(root, "Register.Api/bin/Release/net10.0/Register.Api.dll"))),
            Path.Combine(root, "bench/Floor/bin/Release/net10.0/Floor.dll"),
            Path.GetFullPath(Env("BENCH_RESULTS", Path.Combine(root, "bench/results"))),
            Env("BENCH_LABEL", "latest"),
            Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only ? only : null);
    }
}
