using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace Register.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

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
                License = new OpenApiLicense { Name = "Proprietary: licensed to the operator that runs this register" },
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
            options.DocumentFilter<TagDescriptionsFilter>();
            options.SupportNonNullableReferenceTypes();
            var xml = Path.Combine(AppContext.BaseDirectory, "Register.Api.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
        });
    }

    public static WebApplication UseRegisterSwagger(this WebApplication app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            // The server is the one that served the document: true wherever the register is deployed.
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}", Description = "This register" }]));
        app.UseSwaggerUI(options => options.SwaggerEndpoint(DocumentPath, "Register v1"));
        return app;
    }
}
