using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Register.Api.Features.Activities;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reliability;

/// <summary>
/// The server process is killed (SIGKILL: no shutdown, no flush) while clients are writing. After a restart the
/// file must be sound (SQLite's checks, the migration journal, no half-written entry) and hold every write the
/// server acknowledged before it died.
/// </summary>
[NonParallelizable]
public sealed class CrashSafetyTests
{
    private const int Writers = 6;
    private string _folder = null!;
    private int _counter;

    private string DatabaseFile => Path.Combine(_folder, "register.db");

    [SetUp]
    public void NewFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "register-crash-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* left to the temp folder's cleanup */ }
    }

    private string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    [Test]
    public async Task A_kill_in_the_middle_of_a_burst_of_writes_leaves_a_sound_file_holding_every_acknowledged_write()
    {
        var acknowledged = new ConcurrentBag<Ack>();
        var unexpected = new ConcurrentBag<string>();
        int inFlightAtKill;
        string key;

        await using (var api = await LiveApi.StartAsync(_folder, DatabaseFile))
        {
            key = api.Key;
            using var setup = api.Client();
            var links = await new RegisterBuilder(setup, Unique).LinksAsync();
            var killed = new CancellationTokenSource();
            var inFlight = 0;

            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                using var client = api.Client();
                var random = new Random(7000 + w);
                var mine = new List<int>();
                while (!killed.IsCancellationRequested)
                {
                    Interlocked.Increment(ref inFlight);
                    try
                    {
                        await WriteOnceAsync(client, links, random, mine, acknowledged, unexpected);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                    {
                        if (!killed.IsCancellationRequested) unexpected.Add($"writer {w}: {exception.Message}");
                        return;
                    }
                    finally
                    {
                        Interlocked.Decrement(ref inFlight);
                    }
                }
            })).ToList();

            // Let the burst run, then kill the server while writers are mid-request.
            var clock = Stopwatch.StartNew();
            while (acknowledged.Count < 120 && clock.Elapsed < TimeSpan.FromSeconds(20) && unexpected.IsEmpty) await Task.Delay(10);
            inFlightAtKill = Volatile.Read(ref inFlight);
            killed.Cancel();
            api.Process.Process.Kill(); // SIGKILL on Linux
            await api.Process.Process.WaitForExitAsync();
            await Task.WhenAll(writers);
        }

        Assert.That(unexpected, Is.Empty, string.Join("\n", unexpected.Take(10)));
        Assert.That(acknowledged, Has.Count.GreaterThanOrEqualTo(120), "the burst acknowledged writes before the kill");
        Assert.That(inFlightAtKill, Is.GreaterThan(0), "writes were in flight when the server died");

        // Straight on the file, as left by the dead process (its WAL not checkpointed).
        using (var connection = RegisterFileChecks.Open(DatabaseFile))
        {
            await RegisterFileChecks.AssertSoundAsync(connection);
            foreach (var ack in acknowledged)
            {
                var saved = await connection.QuerySingleOrDefaultAsync<(bool Deleted, string Document)?>(
                    "SELECT deleted, document FROM activity_versions WHERE activity_id = @Id AND version = @Version", new { ack.Id, ack.Version });
                Assert.That(saved, Is.Not.Null, $"acknowledged {ack} is in the history");
                var document = JsonNode.Parse(saved!.Value.Document)!;
                Assert.That((saved.Value.Deleted, (string?)document["title"], (string?)document["status"]), Is.EqualTo((ack.Deleted, ack.Title, ack.Status)), $"{ack}");
            }
        }

        // And the service comes back on it: ready, and serving what the file holds.
        await using var restarted = await LiveApi.StartAsync(_folder, DatabaseFile, key);
        using var reader = restarted.Client();
        foreach (var last in acknowledged.GroupBy(a => a.Id).Select(g => g.MaxBy(a => a.Version)!).Take(20))
        {
            using var response = await reader.GetAsync(ActivityRoutes.For(last.Id));
            if (last.Deleted)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"{last}");
                continue;
            }
            var body = await response.OkJsonAsync();
            Assert.That((int)body["version"]!, Is.GreaterThanOrEqualTo(last.Version), $"{last}");
        }
    }

    /// <summary>One write of a mixed burst: create, update with If-Match, transition, or delete one of this writer's entries.</summary>
    private async Task WriteOnceAsync(HttpClient client, RegisterBuilder.Links links, Random random, List<int> mine,
        ConcurrentBag<Ack> acknowledged, ConcurrentBag<string> unexpected)
    {
        var roll = mine.Count < 2 ? 0 : random.Next(10);
        if (roll < 3)
        {
            var code = Unique("crash");
            var title = $"Создано {code}";
            using var created = await client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, VariedBodies.Body(code, links, title, random));
            if (created.StatusCode != HttpStatusCode.Created) { unexpected.Add($"POST -> {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}"); return; }
            var body = await created.JsonAsync();
            mine.Add((int)body["id"]!);
            acknowledged.Add(new Ack((int)body["id"]!, 1, title, "draft", false));
            return;
        }

        var id = mine[random.Next(mine.Count)];
        using var read = await client.GetAsync(ActivityRoutes.For(id));
        if (read.StatusCode != HttpStatusCode.OK) { unexpected.Add($"GET {id} -> {(int)read.StatusCode}"); return; }
        var current = await read.JsonAsync();
        var etag = read.ETag();
        var (version, status, currentTitle) = ((int)current["version"]!, (string)current["status"]!, (string)current["title"]!);

        HttpResponseMessage response;
        if (roll == 9 && mine.Count > 3)
        {
            response = await client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id), ifMatch: etag);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                mine.Remove(id);
                acknowledged.Add(new Ack(id, version + 1, currentTitle, status, true));
            }
        }
        else if (roll >= 7)
        {
            response = await client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = status == "draft" ? "in-review" : "draft" }, etag);
        }
        else
        {
            var title = $"Запись {Guid.NewGuid():N}";
            response = await client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), VariedBodies.Body((string)current["code"]!, links, title, random), etag);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var saved = await response.JsonAsync();
                acknowledged.Add(new Ack(id, (int)saved["version"]!, (string)saved["title"]!, (string)saved["status"]!, false));
            }
            else if (response.StatusCode != HttpStatusCode.NoContent)
            {
                unexpected.Add($"{response.RequestMessage!.Method} {id} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    private sealed record Ack(int Id, int Version, string Title, string Status, bool Deleted);
}
