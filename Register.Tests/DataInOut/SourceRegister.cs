using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Features.Breaches;
using Register.Api.Features.Calendar;
using Register.Api.Features.DataInOut.Export;
using Register.Api.Features.Operator;
using Register.Api.Features.Reports.Snapshots;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Seeding;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>
/// A register holding every kind of thing an export carries, built through the API on SQLite: the demo register (operator,
/// catalogs, entries); a department under a parent whose code sorts after its own; a legal basis and a processing action edited
/// and a country deleted (reference data as the officer keeps it); a calendar year corrected and one added; an entry with
/// long Cyrillic texts saved in several versions and approved; the newest entry deleted (its id must never be issued again);
/// a subject request answered and a breach with its links; two reports kept as evidence (bytes); the operator's branches. Every timestamp has seven fractional
/// digits (<see cref="SteppingClock"/>). Then the officer exports it over HTTP, and the clock stops.
/// </summary>
public sealed class SourceRegister : IAsyncDisposable
{
    private int _counter;

    private SourceRegister(TestDatabase database, RegisterApiFactory factory, WebApplicationFactory<Program> app, SteppingClock clock)
    {
        Database = database;
        Factory = factory;
        App = app;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public SteppingClock Clock { get; }
    public WebApplicationFactory<Program> App { get; }
    public HttpClient Officer { get; private set; } = null!;
    public byte[] Export { get; private set; } = [];
    public int DeletedActivityId { get; private set; }
    public string DeletedCountryCode { get; private set; } = "";
    public string EditedLegalBasisCode { get; private set; } = "";

    private RegisterApiFactory Factory { get; }

    public static async Task<SourceRegister> BuildAsync()
    {
        var database = new SqliteTestDatabase();
        var factory = new RegisterApiFactory(database, new Dictionary<string, string?> { [DemoRegisterLoader.SettingKey] = "true" });
        // Monday 2 March 2026, 09:00 UTC: after the journals' dates below, so none of them is in the future.
        var clock = new SteppingClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var source = new SourceRegister(database, factory, app, clock);
        source.Officer = await source.ClientAsync(Roles.Officer);
        await source.FillAsync();
        source.Export = await source.ExportAsync();
        clock.Stopped = true;
        return source;
    }

    public async Task<HttpClient> ClientAsync(string role, params string[] departments)
    {
        App.CreateClient().Dispose();
        var (_, key) = await App.Services.GetRequiredService<ApiKeyStore>().CreateAsync($"export-{role}", role, departments, "tests", CancellationToken.None);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    private string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}";

    private async Task FillAsync()
    {
        var parent = await CreatedAsync("/api/departments", new { code = "z-parent", name = "Управление «Юг»" });
        await CreatedAsync("/api/departments", new { code = "a-child", name = "Отдел при управлении", parentCode = (string)parent["code"]! });

        EditedLegalBasisCode = await EditFirstAsync("/api/legal-bases", basis => new
        {
            names = basis["names"], kind = basis["kind"], citation = $"{basis["citation"]} (ред. офицера)", law = basis["law"],
        });
        await EditFirstAsync("/api/processing-actions", action => new
        {
            names = new { ru = $"{action["names"]!["ru"]} (изм.)", be = action["names"]!["be"], en = action["names"]!["en"] },
        });
        DeletedCountryCode = await DeleteAnyAsync("/api/countries");

        var year2026 = await Officer.GetAsync(CalendarRoutes.For(2026));
        var current = await year2026.OkJsonAsync();
        await OkAsync(await Officer.SendAsync(HttpMethod.Put, CalendarRoutes.For(2026), new
        {
            holidays = current["holidays"], transferredDaysOff = current["transferredDaysOff"], transferredWorkingDays = current["transferredWorkingDays"],
            confirmed = true, source = "Постановление Совета Министров (исправлено при экспорте)",
        }, year2026.ETag()));
        var year2027 = await (await Officer.GetAsync(CalendarRoutes.For(2027))).OkJsonAsync();
        await OkAsync(await Officer.SendAsync(HttpMethod.Put, CalendarRoutes.For(2027), new
        {
            holidays = year2027["holidays"], transferredDaysOff = new[] { "2027-01-08" }, transferredWorkingDays = new[] { "2027-01-16" },
            confirmed = true, source = "Постановление (тест)",
        }), HttpStatusCode.Created);

        var links = await new RegisterBuilder(Officer, Unique).LinksAsync();
        var entry = RegisterBuilder.Complete(Unique("export"), links, "Учёт работников «Ёлки» — 100 % данных");
        // The longest description the API takes, in Cyrillic with a character outside the BMP: a long text of SQL Server.
        entry["description"] = string.Concat(Enumerable.Repeat("Ёжик в тумане, «щётка» и ъ; ", 142)) + "😀";
        var created = await Officer.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, entry);
        var id = (int)(await created.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        var etag = created.ETag();
        foreach (var title in new[] { "Учёт работников: вторая редакция", "Учёт работников: третья редакция" })
        {
            entry["title"] = title;
            var updated = await Officer.SendAsync(HttpMethod.Put, ActivityRoutes.For(id), entry, etag);
            await OkAsync(updated);
            etag = updated.ETag();
        }
        foreach (var to in new[] { "in-review", "approved" })
        {
            var moved = await Officer.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(id), new { to }, etag);
            await OkAsync(moved);
            etag = moved.ETag();
        }

        var doomed = await Officer.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("doomed"), links));
        DeletedActivityId = (int)(await doomed.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        var deleted = await Officer.SendAsync(HttpMethod.Delete, ActivityRoutes.For(DeletedActivityId), ifMatch: doomed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await deleted.Content.ReadAsStringAsync());

        await JournalsAsync(links, id);

        // Kept reports: their bytes are the one binary column of the register.
        await CreatedAsync(SnapshotRoutes.CreateFor("supervisory"), new { format = "xlsx", lang = "ru", note = "Для проверки НЦЗПД" });
        await CreatedAsync(SnapshotRoutes.CreateFor("information-systems"), new { format = "json", lang = "en" });

        var operatorCard = await Officer.GetAsync(OperatorRoutes.Item);
        var card = await operatorCard.OkJsonAsync();
        await OkAsync(await Officer.SendAsync(HttpMethod.Put, OperatorRoutes.Item, new
        {
            name = card["name"], address = card["address"], unp = card["unp"], responsiblePerson = card["responsiblePerson"],
            branches = new object[] { new { name = "Филиал в г. Гродно", address = "г. Гродно, ул. Ожешко, 22", responsiblePerson = new { fullName = "Ёлкин Пётр Ильич" } } },
        }, operatorCard.ETag()));
    }

    private async Task JournalsAsync(RegisterBuilder.Links links, int activityId)
    {
        var request = new Dictionary<string, object?>
        {
            ["kind"] = "information", ["receivedOn"] = "2026-03-02", ["form"] = "written",
            ["requester"] = new { fullName = "Иванов Иван Иванович", address = "г. Минск, ул. Примерная, 1", birthDate = "1990-01-01", identificationNumber = "3010190A001PB1", isRepresentative = false, subjectFullName = (string?)null },
            ["summary"] = "Просит сообщить, какие его персональные данные обрабатываются",
            ["departmentCodes"] = new[] { links.Department }, ["activityIds"] = new[] { activityId, DeletedActivityId },
            ["status"] = "received", ["answer"] = null,
        };
        var received = await Officer.SendAsync(HttpMethod.Post, SubjectRequestRoutes.Collection, request);
        var requestId = (int)(await received.OkJsonAsync(HttpStatusCode.Created))["id"]!;
        request["status"] = "answered";
        request["answer"] = new { on = "2026-03-02", form = "written", outcome = "Сведения предоставлены", refusalReason = (string?)null };
        await OkAsync(await Officer.SendAsync(HttpMethod.Put, SubjectRequestRoutes.For(requestId), request, received.ETag()));

        await CreatedAsync(BreachRoutes.Collection, new Dictionary<string, object?>
        {
            ["detectedAt"] = "2026-03-02T10:15:30.1234567+03:00", ["occurredAt"] = "2026-03-01T23:00:00+03:00", ["kind"] = "unauthorized-access",
            ["description"] = "Ноутбук с выгрузкой личных дел оставлен в такси",
            ["departmentCodes"] = new[] { links.Department }, ["informationSystemCodes"] = new[] { links.System },
            ["activityIds"] = new[] { activityId }, ["dataCategoryCodes"] = new[] { links.DataCategory },
            ["subjectCategoryCodes"] = new[] { links.SubjectCategory }, ["subjectsAffected"] = 120,
            ["npdpc"] = new { notificationRequired = true, exemptionReason = (string?)null, notifiedAt = (string?)null, reference = (string?)null },
            ["subjectsNotifiedAt"] = null, ["consequences"] = "Возможное ознакомление третьих лиц",
            ["measuresTaken"] = "Учетные записи заблокированы", ["measuresPlanned"] = "Шифрование носителей", ["status"] = "detected",
        });
    }

    private async Task<byte[]> ExportAsync()
    {
        using var response = await Officer.GetAsync(ExportRoutes.Export);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Changes the first entry of a catalog; returns its code.</summary>
    private async Task<string> EditFirstAsync(string collection, Func<JsonNode, object> body)
    {
        var first = (await (await Officer.GetAsync($"{collection}?pageSize=1")).OkJsonAsync())["items"]![0]!;
        var url = $"{collection}/{Uri.EscapeDataString((string)first["code"]!)}";
        var current = await Officer.GetAsync(url);
        await OkAsync(await Officer.SendAsync(HttpMethod.Put, url, body(await current.OkJsonAsync()), current.ETag()));
        return (string)first["code"]!;
    }

    /// <summary>Deletes the first entry of a catalog that no entry uses; returns its code.</summary>
    private async Task<string> DeleteAnyAsync(string collection)
    {
        var items = (await (await Officer.GetAsync($"{collection}?pageSize=500")).OkJsonAsync())["items"]!.AsArray();
        foreach (var code in items.Select(i => (string)i!["code"]!))
        {
            using var response = await Officer.SendAsync(HttpMethod.Delete, $"{collection}/{Uri.EscapeDataString(code)}", ifMatch: "*");
            if (response.StatusCode == HttpStatusCode.NoContent) return code;
        }
        throw new AssertionException($"Every entry of {collection} is in use.");
    }

    private async Task<JsonNode> CreatedAsync(string url, object body) =>
        await (await Officer.SendAsync(HttpMethod.Post, url, body)).OkJsonAsync(HttpStatusCode.Created);

    private static async Task OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK) => await response.OkJsonAsync(status);

    public async ValueTask DisposeAsync()
    {
        Officer?.Dispose();
        await App.DisposeAsync();
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
