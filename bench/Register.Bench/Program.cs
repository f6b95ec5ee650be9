using System.Globalization;
using Register.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// bench/run builds everything in Release and calls this with the repository's root; bench/ab adds "ab"; bench/export adds
// "generate" (the registers only). Settings come from the environment (see BenchSettings); every phase is bounded in
// time and talks to 127.0.0.1 only.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : Directory.GetCurrentDirectory());
var settings = BenchSettings.FromEnvironment(root);
if (args.Length > 1 && args[1] == "ab")
{
    var baseline = Environment.GetEnvironmentVariable("BENCH_BASELINE_DLL");
    if (string.IsNullOrWhiteSpace(baseline) || !File.Exists(baseline))
    {
        await Console.Error.WriteLineAsync("bench/ab needs BENCH_BASELINE_DLL: the Register.Api.dll of the build to compare with.");
        return 2;
    }
    var rounds = int.Parse(Environment.GetEnvironmentVariable("BENCH_AB_ROUNDS") is { Length: > 0 } r ? r : "3", CultureInfo.InvariantCulture);
    return await new Benchmark(settings).RunAbAsync(Path.GetFullPath(baseline), rounds);
}
if (args.Length > 1 && args[1] == "generate") return await new Benchmark(settings).GenerateAsync();
return await new Benchmark(settings).RunAsync();
