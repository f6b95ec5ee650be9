using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reliability;

/// <summary>
/// Many clients writing at once: no write answered 200 may be missing from the history, a stale If-Match must
/// lose with 412 (never overwrite), and a busy database must make writers wait, not fail (no 5xx, no
/// "database is locked"). The final state is the last successful write.
/// </summary>
[NonParallelizable]
public sealed class ConcurrencyTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private RegisterBuilder.Links _links = null!;
    private string _officerKey = null!;

    [OneTimeSetUp]
    public async Task CreateCatalogs()
    {
        _links = await new RegisterBuilder(Client, Unique).LinksAsync();
        // Each concurrent client is its own HttpClient carrying this key, as separate programs would be.
        _officerKey = (await IssueKeyAsync(Register.Api.Infrastructure.Auth.Roles.Officer)).Key;
    }

    [Test]
    public async Task Fifty_clients_updating_different_activities_lose_no_write()
    {
        const int clients = 50, rounds = 3;
        var activities = new List<(int Id, string Code, string ETag)>();
        for (var i = 0; i < clients; i++) activities.Add(await CreateAsync());
        var answered = new ConcurrentBag<Write>();
        var unexpected = new ConcurrentBag<string>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var workers = activities.Select((activity, client) => Task.Run(async () =>
        {
            using var http = ClientWithKey(_officerKey);
            await start.Task;
            var etag = activity.ETag;
            for (var round = 0; round < rounds; round++)
            {
                var title = $"Клиент {client}, запись {round}";
                using var response = await http.SendAsync(HttpMethod.Put, ActivityRoutes.For(activity.Id),
                    RegisterBuilder.Complete(activity.Code, _links, title), etag);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    unexpected.Add($"PUT {activity.Id} round {round} -> {(int)response.StatusCode}: {body}");
                    return;
                }
                etag = response.ETag();
                answered.Add(new Write(activity.Id, (int)JsonNode.Parse(body)!["version"]!, title, "draft"));
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(workers);

        Assert.That(unexpected, Is.Empty, string.Join("\n", unexpected.Take(10)));
        Assert.That(answered, Has.Count.EqualTo(clients * rounds));
        foreach (var activity in activities)
        {
            var writes = answered.Where(w => w.Id == activity.Id).OrderBy(w => w.Version).ToList();
            Assert.That(writes.Select(w => w.Version), Is.EqualTo(new[] { 2, 3, 4 }), $"activity {activity.Id}");
            await AssertHistoryHoldsAsync(activity.Id, writes);
        }
    }

    [Test]
    public async Task Twenty_clients_racing_on_one_activity_each_get_200_or_412_and_the_last_200_is_the_state()
    {
        const int clients = 20, attempts = 6;
        var (id, code, firstETag) = await CreateAsync();
        var answered = new ConcurrentBag<Write>();
        var losers = new ConcurrentBag<string>();
        var unexpected = new ConcurrentBag<string>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            using var http = ClientWithKey(_officerKey);
            await start.Task;
            // The first attempt of every client carries the same ETag: exactly one of them may win it.
            var etag = firstETag;
            string? status = "draft";
            for (var attempt = 0; attempt < attempts; attempt++)
            {
                if (attempt > 0)
                {
                    using var read = await http.GetAsync(ActivityRoutes.For(id));
                    if (read.StatusCode != HttpStatusCode.OK)
                    {
                        unexpected.Add($"GET -> {(int)read.StatusCode}: {await read.Content.ReadAsStringAsync()}");
                        return;
                    }
                    etag = read.ETag();
                    status = (string?)(await read.JsonAsync())["status"];
                }

                // Mostly content updates, some status transitions: both are versioned writes guarded by If-Match.
                var title = $"Клиент {client}, попытка {attempt}";
                using var response = attempt % 3 == 2
                    ? await http.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = status == "draft" ? "in-review" : "draft" }, etag)
                    : await http.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), RegisterBuilder.Complete(code, _links, title), etag);
                var body = await response.Content.ReadAsStringAsync();
                switch (response.StatusCode)
                {
                    case HttpStatusCode.OK:
                        var saved = JsonNode.Parse(body)!;
                        answered.Add(new Write(id, (int)saved["version"]!, (string)saved["title"]!, (string)saved["status"]!));
                        break;
                    case HttpStatusCode.PreconditionFailed when response.Content.Headers.ContentType?.MediaType == "application/problem+json":
                        losers.Add(etag);
                        break;
                    default:
                        unexpected.Add($"{response.RequestMessage!.Method} -> {(int)response.StatusCode}: {body}");
                        break;
                }
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(workers);

        Assert.That(unexpected, Is.Empty, string.Join("\n", unexpected.Take(10)));
        Assert.That(answered.Count + losers.Count, Is.EqualTo(clients * attempts));
        Assert.That(losers.Count(etag => etag == firstETag), Is.EqualTo(clients - 1), "the first ETag wins once");
        var writes = answered.OrderBy(w => w.Version).ToList();
        // Every 200 got a version of its own, one after another: no two winners of one version, no gap.
        Assert.That(writes.Select(w => w.Version), Is.EqualTo(Enumerable.Range(2, writes.Count)));
        await AssertHistoryHoldsAsync(id, writes);

        var final = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
        var last = writes[^1];
        Assert.That(((int)final["version"]!, (string?)final["title"], (string?)final["status"]), Is.EqualTo((last.Version, last.Title, last.Status)));
    }

    [Test]
    public async Task Twenty_clients_creating_one_code_get_one_201_and_409s()
    {
        var code = Unique("race");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, 20).Select(client => Task.Run(async () =>
        {
            using var http = ClientWithKey(_officerKey);
            await start.Task;
            using var response = await http.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(code, _links, $"Клиент {client}"));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(racers);

        Assert.That(answers.Where(r => r.Item1 is not (HttpStatusCode.Created or HttpStatusCode.Conflict)).Select(r => $"{(int)r.Item1}: {r.Item2}"), Is.Empty);
        Assert.That(answers.Count(r => r.Item1 == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(answers.Count(r => r.Item1 == HttpStatusCode.Conflict), Is.EqualTo(19));
    }

    private async Task<(int Id, string Code, string ETag)> CreateAsync()
    {
        var code = Unique("conc");
        using var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(code, _links, "Исходная запись"));
        var body = await response.OkJsonAsync(HttpStatusCode.Created);
        return ((int)body["id"]!, code, response.ETag());
    }

    /// <summary>The history has exactly the creation plus these writes, each version holding what its 200 answered.</summary>
    private async Task AssertHistoryHoldsAsync(int id, IReadOnlyList<Write> writes)
    {
        var list = await (await Client.GetAsync($"{ActivityRoutes.VersionsFor(id)}?pageSize=500")).OkJsonAsync();
        Assert.That((int)list["total"]!, Is.EqualTo(writes.Count + 1), $"versions of activity {id}");
        foreach (var write in writes)
        {
            var saved = await (await Client.GetAsync(ActivityRoutes.VersionFor(id, write.Version))).OkJsonAsync();
            var activity = saved["activity"]!;
            Assert.That(((string?)activity["title"], (string?)activity["status"], (int?)activity["version"]),
                Is.EqualTo((write.Title, write.Status, (int?)write.Version)), $"activity {id} version {write.Version}");
        }
    }

    private sealed record Write(int Id, int Version, string Title, string Status);
}
