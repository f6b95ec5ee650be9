using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Register.Tests.Foundation;

/// <summary>The built API run as a real process (the apphost copied beside the tests), as a user runs it.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }
    public Process Process => _process;

    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Register.Api.exe" : "Register.Api");

    public static ApiProcess Start(string workingDirectory, string connectionString, params string[] extraArgs)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in extraArgs) info.ArgumentList.Add(arg);
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        info.ArgumentList.Add($"--ConnectionStrings:Register={connectionString}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";

        var process = new Process { StartInfo = info };
        var api = new ApiProcess(process, port);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>Runs a command (e.g. <c>migrate</c>) to completion and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string workingDirectory, string connectionString, params string[] args)
    {
        await using var api = Start(workingDirectory, connectionString, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await api._process.WaitForExitAsync(timeout.Token);
        api._process.WaitForExit();
        return (api._process.ExitCode, api.Output);
    }

    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new AssertionException($"The API exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return clock.Elapsed;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* slow first answer */ }
            await Task.Delay(50);
        }
        throw new AssertionException($"The API was not ready within {timeout}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
