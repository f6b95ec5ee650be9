using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Register.Bench;

/// <summary>
/// A server under test (the API or the floor) as a child process on 127.0.0.1: started with `dotnet app.dll`, its
/// output drained (and searched for the bootstrap key), its readiness timed, its peak RSS read from /proc.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _sinceStart;
    private readonly TaskCompletionSource<string> _key = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    public string BaseUrl { get; }
    public int Pid => _process.Id;

    private ServerProcess(Process process, Stopwatch sinceStart, string baseUrl)
    {
        _process = process;
        _sinceStart = sinceStart;
        BaseUrl = baseUrl;
    }

    public static ServerProcess Start(string dll, string database, int port, params string[] extraArgs)
    {
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in extraArgs) info.ArgumentList.Add(arg);
        // One word per option: the API reads a bare word as a command.
        info.ArgumentList.Add($"--urls={url}");
        info.ArgumentList.Add($"--ConnectionStrings:Register=Data Source={database}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var server = new ServerProcess(process, clock, url);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            if (_output.Count < 200) _output.Add(line);
        }
        if (KeyPattern().Match(line) is { Success: true } match) _key.TrySetResult(match.Value);
    }

    public string Output()
    {
        lock (_output) return string.Join('\n', _output);
    }

    public async Task<string> BootstrapKeyAsync(TimeSpan timeout) =>
        await _key.Task.WaitAsync(timeout).ConfigureAwait(false);

    /// <summary>Seconds from the process start to the first 200 from <paramref name="readyPath"/>.</summary>
    public async Task<double> WaitReadyAsync(string readyPath, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (_sinceStart.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output()}");
            try
            {
                using var response = await client.GetAsync(BaseUrl + readyPath);
                if (response.IsSuccessStatusCode)
                {
                    var ready = _sinceStart.Elapsed.TotalSeconds;
                    if (_process.HasExited) throw new InvalidOperationException($"Another server answers on {BaseUrl}:\n{Output()}");
                    return ready;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"{BaseUrl}{readyPath} was not ready within {timeout.TotalSeconds} s:\n{Output()}");
    }

    /// <summary>Resets the peak RSS (VmHWM) to the current RSS, so the next reading is the peak of what follows.</summary>
    public void ResetPeakMemory() => File.WriteAllText($"/proc/{Pid}/clear_refs", "5");

    /// <summary>The peak resident set (VmHWM) in MB.</summary>
    public double PeakMemoryMb()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        return double.NaN;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down gracefully and SQLite closes its connections (checkpointing the WAL).
            _ = Kill(_process.Id, 15);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex("rk_[0-9a-f]{10}_[A-Za-z0-9_-]{40,}")]
    private static partial Regex KeyPattern();
}
