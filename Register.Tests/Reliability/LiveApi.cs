using System.Text.RegularExpressions;
using Register.Tests.Activities;
using Register.Tests.Foundation;

namespace Register.Tests.Reliability;

/// <summary>The API as a real process on a SQLite file in a folder of the test's own, with the officer key it printed on first start.</summary>
public sealed partial class LiveApi : IAsyncDisposable
{
    private LiveApi(ApiProcess process, string key)
    {
        Process = process;
        Key = key;
    }

    public ApiProcess Process { get; }
    public string Key { get; }

    public static string ConnectionStringFor(string databaseFile) => $"Data Source={databaseFile}";

    /// <summary>Starts the API on the file and waits until it is ready. The key is the bootstrap key (first start) or <paramref name="key"/>.</summary>
    public static async Task<LiveApi> StartAsync(string folder, string databaseFile, string? key = null)
    {
        var process = ApiProcess.Start(folder, ConnectionStringFor(databaseFile));
        try
        {
            await process.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));
            key ??= KeyPattern().Match(process.Output) is { Success: true } match
                ? match.Value
                : throw new AssertionException($"No bootstrap key in the API's output:\n{process.Output}");
            return new LiveApi(process, key);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of its own (its own connections), as a separate program would be.</summary>
    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Process.Port}"), Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    [GeneratedRegex(@"rk_[0-9a-f]{10}_[A-Za-z0-9_-]{40,}")]
    private static partial Regex KeyPattern();
}

/// <summary>Complete activity bodies whose lists change length and content from one write to the next.</summary>
public static class VariedBodies
{
    private static readonly string[] Actions = ["collection", "systematization", "storage", "modification", "use", "blocking", "deletion"];
    private static readonly string[] Measures = ["access-control", "paper-storage-locked", "antivirus", "firewall", "backup", "event-logging"];

    public static Dictionary<string, object?> Body(string code, RegisterBuilder.Links links, string title, Random random)
    {
        var body = RegisterBuilder.Complete(code, links, title);
        body["purposes"] = Enumerable.Range(0, random.Next(1, 4)).Select(i => new
        {
            text = $"Цель {i}: оформление трудовых отношений",
            legalBasisCodes = i % 2 == 0 ? new[] { RegisterBuilder.Employment } : [RegisterBuilder.Employment, RegisterBuilder.Contract],
            legalReference = "Трудовой кодекс",
        }).ToArray();
        body["actionCodes"] = Actions.Take(random.Next(1, Actions.Length + 1)).ToArray();
        body["protectionMeasureCodes"] = new[] { "access-control", "paper-storage-locked" }.Concat(Measures.Skip(2).Take(random.Next(0, 4))).ToArray();
        body["accessPositions"] = Enumerable.Range(0, random.Next(1, 6)).Select(i => $"Должность {i}").ToArray();
        return body;
    }
}
