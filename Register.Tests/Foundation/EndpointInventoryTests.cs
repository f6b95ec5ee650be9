using FastEndpoints;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

/// <summary>
/// One way to write an HTTP endpoint: every route the application answers is a FastEndpoints endpoint, a page of the
/// interface, or something a framework maps for itself (Blazor's hub and framework routes, the static files, and the
/// route-cache endpoint FastEndpoints adds under a test host).
/// </summary>
public sealed class EndpointInventoryTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly string[] FrameworkRoutes = ["_blazor", "/_blazor", "/_framework/", "_framework/", "_test_url_cache_"];

    [Test]
    public void Every_endpoint_is_a_FastEndpoints_endpoint_or_an_interface_page()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var handWritten = endpoints
            .Where(e => e.Metadata.GetMetadata<EndpointDefinition>() is null
                && e.Metadata.GetMetadata<ComponentTypeMetadata>() is null
                && e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(route => !FrameworkRoutes.Any(framework => route.StartsWith(framework, StringComparison.Ordinal)))
            .ToList();

        Assert.That(handWritten, Is.Empty);
        Assert.That(endpoints.Where(e => e.Metadata.GetMetadata<EndpointDefinition>() is not null).Select(e => e.RoutePattern.RawText),
            Does.Contain("/downloads/report").And.Contain("/language").And.Contain("/api/activities"));
    }
}
