using System.Net;
using Dapper;
using Register.Api.Features.Activities;
using Register.Api.Features.Activities.List;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>
/// <c>?q=</c> over HTTP: on SQLite a term of three or more characters goes through the trigram index (migration 0006),
/// and every answer must still be exactly what the plain <c>search_text LIKE</c> finds; the index must follow every
/// write of an entry.
/// </summary>
public sealed class ActivitySearchTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const string PlainLikeSql = @"SELECT code FROM activities WHERE search_text LIKE @Pattern ESCAPE '\' ORDER BY code";

    private RegisterBuilder Builder => new(Client, Unique);
    private string _hostileCode = null!;

    [OneTimeSetUp]
    public async Task CreateEntries()
    {
        // Text full of FTS5 query syntax, LIKE wildcards and ё in mixed case: each must be searchable as plain text.
        _hostileCode = await CreateAsync(new
        {
            code = Unique("hostile"),
            title = "Учёт «кавычек» \"цитата\" \"\" *Звёзды* NEAR(a b) OR - : ^ 50%_скидка \\путь\\ a\"b {скобки} col:val",
        });
        await CreateAsync(new { code = Unique("plain"), title = "Видеонаблюдение на проходной" });
        await CreateAsync(new { code = Unique("percent"), title = "Скидка 50% сотрудникам" });
    }

    private async Task<string> CreateAsync(object body)
    {
        var response = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body);
        return (string)(await response.OkJsonAsync(HttpStatusCode.Created))["code"]!;
    }

    private async Task<(int Total, List<string?> Codes)> SearchAsync(string term)
    {
        var body = await (await Client.GetAsync($"{ActivityRoutes.Collection}?q={Uri.EscapeDataString(term)}&pageSize=500")).OkJsonAsync();
        return ((int)body["total"]!, body["items"]!.AsArray().Select(i => (string?)i!["code"]).ToList());
    }

    /// <summary>What the search found before the index: the LIKE alone, over the fixture's whole database.</summary>
    private async Task<List<string?>> PlainLikeAsync(string term)
    {
        await using var connection = await Database.Connections().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string?>(PlainLikeSql, new { Pattern = SearchText.ContainsPattern(term) })).ToList();
    }

    [TestCase("\"")]
    [TestCase("\"\"")]
    [TestCase("\"цитата\"")]
    [TestCase("a\"b")]
    [TestCase("*")]
    [TestCase("*звёзды*")]
    [TestCase("ЗВЕЗДЫ*")]
    [TestCase("NEAR(")]
    [TestCase("near(a b)")]
    [TestCase("OR")]
    [TestCase(" OR - ")]
    [TestCase("-")]
    [TestCase(":")]
    [TestCase("col:val")]
    [TestCase("^")]
    [TestCase("^ 50")]
    [TestCase("{скобки}")]
    [TestCase("УЧЕТ «КАВЫЧЕК»")]
    [TestCase("учЁт")]
    [TestCase("50%_")]
    [TestCase("\\путь\\")]
    [TestCase("ёт")]
    [TestCase("Ё")]
    public async Task A_hostile_term_finds_the_entry_that_holds_it(string term)
    {
        var (total, codes) = await SearchAsync(term);

        Assert.That(codes, Does.Contain(_hostileCode));
        Assert.That(codes, Is.EqualTo(await PlainLikeAsync(term)));
        Assert.That(total, Is.EqualTo(codes.Count));
    }

    [TestCase("NEAR(x")]
    [TestCase("\"OR\" zzz")]
    [TestCase("цитата\" OR \"учет")]
    [TestCase("звезды AND учет")]
    [TestCase("NOT учет")]
    [TestCase("activities_search")]
    [TestCase("search_text:учет")]
    [TestCase("%_%")]
    [TestCase("50%%")]
    [TestCase("ъъ")]
    [TestCase("𝔘𝔫")]
    public async Task A_hostile_term_that_is_not_in_the_text_finds_nothing_and_fails_nothing(string term)
    {
        var (total, codes) = await SearchAsync(term);

        Assert.That(codes, Is.Empty);
        Assert.That(total, Is.Zero);
        Assert.That(await PlainLikeAsync(term), Is.Empty);
    }

    [TestCase("%")]
    [TestCase("50%")]
    [TestCase("_")]
    [TestCase("видео")]
    [TestCase("НАБЛЮДЕНИЕ НА")]
    [TestCase("ви")]
    [TestCase("a")]
    public async Task Every_term_finds_exactly_what_the_plain_like_finds(string term)
    {
        var (total, codes) = await SearchAsync(term);

        Assert.That(codes, Is.Not.Empty);
        Assert.That(codes, Is.EqualTo(await PlainLikeAsync(term)));
        Assert.That(total, Is.EqualTo(codes.Count));
    }

    [Test]
    public async Task The_index_follows_creates_updates_transitions_and_deletes()
    {
        var before = $"прежний{Guid.NewGuid():N}"[..18];
        var after = $"нынешний{Guid.NewGuid():N}"[..18];
        var request = RegisterBuilder.Complete(Unique("moving"), await Builder.LinksAsync(), $"Запись {before}");
        var created = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, request);
        var id = (int)(await created.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        Assert.That((await SearchAsync(before)).Total, Is.EqualTo(1), "a new entry is found");

        request["title"] = $"Запись {after}";
        var updated = await Client.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), request, created.ETag());
        await updated.OkJsonAsync();
        Assert.That((await SearchAsync(before)).Total, Is.Zero, "the old title is gone from the index");
        Assert.That((await SearchAsync(after)).Total, Is.EqualTo(1), "the new title is found");

        var reviewed = await Client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to = "in-review" }, updated.ETag());
        await reviewed.OkJsonAsync();
        Assert.That((await SearchAsync(after)).Total, Is.EqualTo(1), "a change of status keeps the entry findable");

        var deleted = await Client.SendAsync(HttpMethod.Delete, ActivityRoutes.For(id), ifMatch: reviewed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await deleted.Content.ReadAsStringAsync());
        Assert.That(await SearchAsync(after), Is.EqualTo((0, new List<string?>())), "a deleted entry vanishes");
        await AssertIndexMatchesTheTableAsync();
    }

    [Test]
    public async Task A_search_of_three_or_more_characters_is_planned_on_the_trigram_index()
    {
        RequireSqlite();
        await using var connection = await Database.Connections().OpenAsync(CancellationToken.None);

        var search = await PlanAsync(connection, new() { Q = "Видеонаблюдение" });
        var combined = await PlanAsync(connection, new() { Q = "наблюд", Status = "draft" });
        var shortTerm = await PlanAsync(connection, new() { Q = "ви" });

        Assert.That(search, Has.Some.Contains("activities_search VIRTUAL TABLE"));
        Assert.That(search, Has.Some.Contains("USING INTEGER PRIMARY KEY"), "the candidates' rows are fetched by id");
        Assert.That(search, Has.None.Match(@"^SCAN (TABLE )?activities\b"), "no read of the whole register");
        Assert.That(combined, Has.Some.Contains("activities_search VIRTUAL TABLE"));
        Assert.That(shortTerm, Has.None.Contains("activities_search"), "two characters hold no trigram: the LIKE alone");
    }

    /// <summary>The plans of the count and the page statements the handler sends for <paramref name="query"/>.</summary>
    private static async Task<List<string>> PlanAsync(System.Data.Common.DbConnection connection, ListActivitiesQuery query)
    {
        var (count, page, parameters) = ActivityList.Statements(query, null, SqliteDialect.Instance);
        var plan = new List<string>();
        foreach (var sql in new[] { count, page })
        {
            var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqliteDialect.Instance.Render(sql), parameters);
            plan.AddRange(rows.Select(r => r.Detail));
        }
        return plan;
    }

    private void RequireSqlite()
    {
        if (Provider != DatabaseProvider.Sqlite) Assert.Ignore("The trigram index is SQLite's; SQL Server searches with LIKE.");
    }

    /// <summary>FTS5 compares an external-content index with its table row by row ('integrity-check' with rank 1).</summary>
    private async Task AssertIndexMatchesTheTableAsync()
    {
        if (Provider != DatabaseProvider.Sqlite) return;
        await using var connection = await Database.Connections().OpenAsync(CancellationToken.None);
        Assert.DoesNotThrowAsync(() => connection.ExecuteAsync(SearchIndexChecks.IntegrityCheckSqlite));
    }
}
