using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Register.Api.Infrastructure.OpenApi;

/// <summary>
/// FastEndpoints binds route and query values onto its request objects, which the API explorer does not see: without
/// this the document would list no parameters. Route parameters come from the route template (typed by its constraint
/// or the request's property); query parameters are the request's other properties, for the reads that take them.
/// </summary>
public sealed partial class RequestParametersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition is null) return;
        operation.Parameters ??= [];

        var routeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in RouteParameter().Matches(context.ApiDescription.RelativePath ?? ""))
        {
            var name = match.Groups["name"].Value;
            routeNames.Add(name);
            var type = match.Groups["constraint"].Value == "int" ? typeof(int) : PropertyType(definition.ReqDtoType, name) ?? typeof(string);
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = type == typeof(int) ? $"The entry's {name}." : "The entry's code.",
                Schema = context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository),
            });
        }

        if (!HttpMethods.IsGet(context.ApiDescription.HttpMethod ?? "")) return;
        foreach (var property in QueryProperties(definition.ReqDtoType, routeNames))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name),
                In = ParameterLocation.Query,
                Required = false,
                Schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository, memberInfo: property),
            });
        }
    }

    private static IEnumerable<PropertyInfo> QueryProperties(Type request, HashSet<string> routeNames) =>
        request.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !routeNames.Contains(p.Name) && p.GetCustomAttribute<FromBodyAttribute>() is null)
            .OrderBy(p => p.MetadataToken);

    private static Type? PropertyType(Type request, string name) =>
        request.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;

    [GeneratedRegex(@"\{(?<name>\w+)(:(?<constraint>\w+))?\}")]
    private static partial Regex RouteParameter();
}
