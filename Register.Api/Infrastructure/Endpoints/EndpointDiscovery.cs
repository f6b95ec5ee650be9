using System.Reflection;

namespace Register.Api.Infrastructure.Endpoints;

public static class EndpointDiscovery
{
    public static IReadOnlyList<Type> EndpointTypes(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IEndpoint)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();

    public static IEndpointRouteBuilder MapDiscoveredEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var type in EndpointTypes(typeof(EndpointDiscovery).Assembly))
        {
            var map = type.GetMethod(nameof(IEndpoint.Map), BindingFlags.Public | BindingFlags.Static, [typeof(IEndpointRouteBuilder)])
                ?? throw new InvalidOperationException($"{type.FullName} implements IEndpoint without a public static Map.");
            map.Invoke(null, [app]);
        }
        return app;
    }
}
