using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

/// <summary>
/// A register written before migration 0006 (the search index) is searchable after it: the script indexes the entries
/// already there, and the application, started on the database, finds them.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class SearchIndexMigrationTests(DatabaseProvider provider)
{
    private const string SearchIndexScript = "0006_activity_search_index.sql";

    // Only the NOT NULL columns: valid on both engines, as the application wrote entries before 0006.
    private const string InsertActivitySql = """
        INSERT INTO activities (code, title, status, includes_minors_under16, search_text, version, created_at, updated_at)
        VALUES (@Code, @Title, 'draft', @IncludesMinorsUnder16, @SearchText, 1, @Now, @Now)
        """;

    [OneTimeSetUp]
    public void RequireEngine() => TestDatabase.RequireEngine(provider);

    [Test]
    public async Task Entries_written_before_the_search_index_are_found_after_it()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var scripts = MigrationScript.For(provider);
        var before = scripts.TakeWhile(s => s.Name != SearchIndexScript).ToList();
        Assert.That(before, Has.Count.LessThan(scripts.Count), $"{SearchIndexScript} is one of the scripts");
        await new MigrationRunner(database.Connections(), provider, NullLogger<MigrationRunner>.Instance).MigrateAsync(before, CancellationToken.None);
        var marker = $"архив{Guid.NewGuid():N}"[..16];
        await InsertAsync(database, "old-1", $"Учёт посетителей {marker}");
        await InsertAsync(database, "old-2", $"ВИДЕОНАБЛЮДЕНИЕ {marker}");
        await InsertAsync(database, "old-3", "Без метки");

        await using var factory = new RegisterApiFactory(database);
        using var client = factory.CreateClient(); // starts the host, which applies 0006
        var (_, key) = await factory.Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync("test-officer", Roles.Officer, [], createdBy: "tests", CancellationToken.None);
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);

        Assert.That(await CodesAsync(client, marker), Is.EqualTo(new[] { "old-1", "old-2" }));
        Assert.That(await CodesAsync(client, "учет ПОСЕТИТЕЛЕЙ"), Is.EqualTo(new[] { "old-1" }));
        Assert.That(await CodesAsync(client, "видеонаблюдение"), Is.EqualTo(new[] { "old-2" }));
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var connection = await database.Connections().OpenAsync(CancellationToken.None);
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM activities_search WHERE activities_search MATCH '\"без метки\"'"), Is.EqualTo(1));
            Assert.DoesNotThrowAsync(() => connection.ExecuteAsync(SearchIndexChecks.IntegrityCheckSqlite));
        }
    }

    private static async Task InsertAsync(TestDatabase database, string code, string title)
    {
        await using var connection = await database.Connections().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(InsertActivitySql, new
        {
            Code = code, Title = title, IncludesMinorsUnder16 = false, SearchText = SearchText.Fold(code, title), Now = DateTime.UtcNow,
        });
    }

    private static async Task<IEnumerable<string?>> CodesAsync(HttpClient client, string term)
    {
        var body = await (await client.GetAsync($"{ActivityRoutes.Collection}?q={Uri.EscapeDataString(term)}")).OkJsonAsync();
        Assert.That((int?)body["total"], Is.EqualTo(body["items"]!.AsArray().Count));
        return body["items"]!.AsArray().Select(i => (string?)i!["code"]);
    }
}
