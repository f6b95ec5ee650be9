using System.Globalization;
using Register.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// bench/run builds everything in Release and calls this with the repository's root. Settings come from the
// environment (see BenchSettings); every phase is bounded in time and talks to 127.0.0.1 only.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : Directory.GetCurrentDirectory());
var settings = BenchSettings.FromEnvironment(root);
return await new Benchmark(settings).RunAsync();
