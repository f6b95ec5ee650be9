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
        });

    public static WebApplication UseRegisterSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "Register v1"));
        return app;
    }
}
