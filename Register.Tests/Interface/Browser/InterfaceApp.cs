using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Interface.Journeys;

/// <summary>
/// The real application on a real port (Kestrel on 127.0.0.1, port chosen by the system) over a fresh SQLite database
/// through the real migrations: one per journey fixture. Keys are issued through the application's own key store; the
/// catalogs a journey needs are made through the API, as an officer would.
/// </summary>
public sealed class InterfaceApp : IAsyncDisposable
{
    private int _counter;

    private readonly RegisterApiFactory _host;

    private InterfaceApp(TestDatabase database, RegisterApiFactory host, WebApplicationFactory<Program> factory, string address)
    {
        Database = database;
        _host = host;
        Factory = factory;
        Address = address;
    }

    public TestDatabase Database { get; }
    public WebApplicationFactory<Program> Factory { get; }
    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    public static async Task<InterfaceApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var host = new RegisterApiFactory(database, settings);
        // Blazor's script comes from a package: a build (not a published app) serves it through the static web assets
        // manifest, which ASP.NET Core reads by itself in Development only.
        var factory = host.WithWebHostBuilder(builder => builder.UseStaticWebAssets());
        // An explicit loopback listener on port 0: UseKestrel(0) on a factory made by WithWebHostBuilder fell back to Kestrel's
        // default http://127.0.0.1:5000, so two test runs on one machine (two worktrees) failed to bind.
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return new InterfaceApp(database, host, factory, address.TrimEnd('/'));
    }

    public async Task<(ApiKeyInfo Info, string Key)> IssueKeyAsync(string role, string name, params string[] departments) =>
        await Factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync(name, role, departments, createdBy: "tests", CancellationToken.None);

    /// <summary>An API client (real HTTP) carrying the key.</summary>
    public HttpClient Api(string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(Address) };
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);
        return client;
    }

    public RegisterBuilder Builder(HttpClient officer) => new(officer, Unique);

    public string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    public async Task<T> GetAsync<T>(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<T>(path, Register.Api.Infrastructure.Http.RegisterJson.Options))!;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
