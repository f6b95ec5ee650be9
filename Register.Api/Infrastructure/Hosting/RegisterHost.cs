using Microsoft.AspNetCore.Http.Json;
using Register.Api.Features;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Health;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Migrations;
using Register.Api.Infrastructure.OpenApi;
using Register.Api.Infrastructure.Validation;
using Register.Api.Infrastructure.Web;

namespace Register.Api.Infrastructure.Hosting;

public static class RegisterHost
{
    public static WebApplicationBuilder AddRegister(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestBodyLimit.MaxBytes);

        // Resolved from configuration when first needed, so every source (appsettings, environment, command
        // line, a test host's settings) has been added by then.
        services.AddSingleton(provider => DatabaseOptions.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IConnectionFactory>(provider => provider.GetRequiredService<DatabaseOptions>() switch
        {
            { Provider: DatabaseProvider.SqlServer } options => new SqlServerConnectionFactory(options.ConnectionString),
            var options => new SqliteConnectionFactory(options.ConnectionString),
        });
        services.AddSingleton<ISqlDialect>(provider =>
            provider.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.SqlServer ? SqlServerDialect.Instance : SqliteDialect.Instance);
        services.AddSingleton<Db>();
        services.AddSingleton(provider => new MigrationRunner(
            provider.GetRequiredService<IConnectionFactory>(), provider.GetRequiredService<DatabaseOptions>().Provider,
            provider.GetRequiredService<ILogger<MigrationRunner>>()));
        services.AddHostedService<StartupMigration>();
        services.AddSingleton<IStartupTask, Seeding.ReleaseCorrections>();
        services.AddSingleton<IStartupTask, Seeding.ReferenceDataLoader>();
        services.AddSingleton<IStartupTask, Seeding.DemoRegisterLoader>();
        services.AddRegisterAuth();
        services.AddRegisterWeb(builder.Configuration);
        services.AddSingleton(TimeProvider.System);

        services.ConfigureHttpJsonOptions(options => ConfigureJson(options));
        services.AddProblemDetails();
        // After the default writer: takes the errors it declines for an Accept without JSON.
        services.AddSingleton<Microsoft.AspNetCore.Http.IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        ValidationSetup.UseRegisterConventions();

        services.AddRegisterOperations();
        services.AddRegisterEndpoints();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.Tag]);
        services.AddRegisterSwagger();
        return builder;
    }

    public static void ConfigureJson(JsonOptions options) => RegisterJson.Configure(options.SerializerOptions);

    public static WebApplication UseRegister(this WebApplication app)
    {
        app.UseRegisterWebFrontDoor();
        app.UseExceptionHandler();
        app.UseNoStoreForPersonalData();
        // Empty-bodied 4xx/5xx of the API produced outside handlers (404 for unknown routes, 405) get a problem body too;
        // the interface's pages show its own "not found" page instead.
        app.UseWhen(context => !SessionAuthentication.IsApi(context.Request.Path) && !context.Request.Path.StartsWithSegments("/_blazor"),
            branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseWhen(context => SessionAuthentication.IsApi(context.Request.Path), branch => branch.UseStatusCodePages());
        // Routing after the status pages (not implicitly first), so that re-executing "/not-found" routes to that page.
        app.UseRouting();
        // After routing: an endpoint may allow a larger body than the default (the imports' uploads).
        app.UseRequestBodyLimit();
        app.UseRegisterSwagger();
        app.UseRegisterAuth();
        app.UseJsonBodiesOnly();

        app.UseRegisterEndpoints();
        app.UseRegisterWeb();
        return app;
    }
}
