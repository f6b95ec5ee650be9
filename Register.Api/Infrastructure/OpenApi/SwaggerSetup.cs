using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace Register.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";
    public const string LicensePath = "/license";

    // No licence has been chosen for the register yet, so the law's default is what holds; say so rather than invent one.
    private const string LicenseName = "All rights reserved (no licence granted yet)";
    public const string LicenseText = """
        Register of personal-data processing (Law 99-З)

        No licence has been granted for this software yet: all rights are reserved by its authors. The libraries it uses keep
        their own licences (MIT, Apache-2.0), listed with each package.
        """;

    public static IServiceCollection AddRegisterSwagger(this IServiceCollection services)
    {
        // FastEndpoints maps its endpoints through minimal APIs: the explorer makes them visible to Swashbuckle.
        services.AddEndpointsApiExplorer();
        return services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "Register of personal-data processing (Law 99-З)",
                Version = "v1",
                Description = "Record of processing activities for operators under Belarus's Law No. 99-З of 07.05.2021 " +
                              "\"On Personal Data Protection\": the register's catalogs and entries, the findings of the law's rules, " +
                              "versions and the audit trail, API keys, and the reports the NPDPC asks for. Errors are RFC 9457 problem " +
                              "details; writes are conditional on the ETag (If-Match).",
                Contact = new OpenApiContact { Name = "The operator's internal-control officer (the register's keeper)" },
            });
            // The Authorize button: every /api call carries the key in X-Api-Key.
            options.AddSecurityDefinition(Auth.ApiKeyAuthentication.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.ApiKeyAuthentication.Header,
                Description = "The API key the officer issued (POST /api/keys), e.g. rk_0123456789_...",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(Auth.ApiKeyAuthentication.SchemeName, document)] = [],
            });
            options.OperationFilter<RequestParametersFilter>();
            options.OperationFilter<HeadersFilter>();
            options.DocumentFilter<TagDescriptionsFilter>();
            options.SupportNonNullableReferenceTypes();
            var xml = Path.Combine(AppContext.BaseDirectory, "Register.Api.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
        });
    }

    public static WebApplication UseRegisterSwagger(this WebApplication app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
        {
            // The server is the one that served the document: true wherever the register is deployed.
            var server = $"{request.Scheme}://{request.Host.Value}";
            document.Servers = [new OpenApiServer { Url = server, Description = "This register" }];
            document.Info.License = new OpenApiLicense { Name = LicenseName, Url = new Uri(server + LicensePath) };
        }));
        app.UseSwaggerUI(options => options.SwaggerEndpoint(DocumentPath, "Register v1"));
        return app;
    }
}

/// <summary>The licence the OpenAPI document names, as text, from the same server.</summary>
public sealed class License : FastEndpoints.EndpointWithoutRequest
{
    public override void Configure()
    {
        Get(SwaggerSetup.LicensePath);
        AllowAnonymous();
        Description(b => b.ExcludeFromDescription());
    }

    public override Task HandleAsync(CancellationToken cancellationToken) =>
        Send.StringAsync(SwaggerSetup.LicenseText, cancellation: cancellationToken);
}
