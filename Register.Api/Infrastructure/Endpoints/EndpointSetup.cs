using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Register.Api.Infrastructure.Errors;

namespace Register.Api.Infrastructure.Endpoints;

/// <summary>FastEndpoints, set to the contract's conventions: problem details for every refusal, named operations.</summary>
public static class EndpointSetup
{
    public static IServiceCollection AddRegisterEndpoints(this IServiceCollection services) =>
        services.AddFastEndpoints(options =>
        {
            // Only this assembly holds endpoints; scanning every loaded assembly would also pick up a test host's.
            options.DisableAutoDiscovery = true;
            options.Assemblies = [typeof(EndpointSetup).Assembly];
        });

    public static WebApplication UseRegisterEndpoints(this WebApplication app)
    {
        app.UseFastEndpoints(config =>
        {
            // The operation ids of the OpenAPI document are the endpoint classes' names (CreateDepartment...).
            config.Endpoints.ShortNames = true;
            config.Endpoints.Configurator = definition => definition.Description(ApiResponses.Common);
            // FastEndpoints' own error body is not RFC 9457 with errors as field -> messages: build the contract's.
            config.Errors.ProducesMetadataType = typeof(HttpValidationProblemDetails);
            config.Errors.ContentType = "application/problem+json";
            config.Errors.ResponseBuilder = ValidationProblem;
            config.Binding.JsonExceptionTransformer = exception => BodyProblems.FromJsonException(exception);
            config.Binding.FailureMessage = (_, name, _) => $"'{name}' has the wrong type or format.";
        });
        return app;
    }

    private static object ValidationProblem(List<ValidationFailure> failures, HttpContext context, int status)
    {
        var errors = failures.GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var problem = new HttpValidationProblemDetails(errors)
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Status = status,
            Title = "One or more validation errors occurred.",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
        };
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        return problem;
    }
}
