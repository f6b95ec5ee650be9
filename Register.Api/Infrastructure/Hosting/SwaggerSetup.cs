using Microsoft.OpenApi;

namespace Register.Api.Infrastructure.Hosting;

public static class SwaggerSetup
{
    public static IServiceCollection AddRegisterSwagger(this IServiceCollection services) =>
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "Register of personal-data processing (Law 99-З)",
                Version = "v1",
                Description = "Record of processing activities for operators under Belarus's Law 99-З \"On Personal Data Protection\".",
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
        });

    public static WebApplication UseRegisterSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "Register v1"));
        return app;
    }
}
