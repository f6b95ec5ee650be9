using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Departments;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

/// <summary>
/// The API answers in English whatever the server's locale (its clients parse and log these texts); the interface,
/// which runs the same operations, tells its users in Russian.
/// </summary>
public sealed class MessageLanguageTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task On_a_server_in_a_Russian_locale_the_API_still_answers_in_English()
    {
        using var russianServer = Factory.WithWebHostBuilder(web =>
            web.ConfigureServices(services => services.AddTransient<IStartupFilter, RussianServerLocale>()));
        using var client = russianServer.CreateClient();
        foreach (var header in Client.DefaultRequestHeaders) client.DefaultRequestHeaders.Add(header.Key, header.Value);

        var response = await client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code = Unique("dep"), name = "" });

        var problem = await response.ValidationProblemAsync("name");
        Assert.That((string?)problem["errors"]!["name"]![0], Is.EqualTo("'name' must not be empty."));
    }

    /// <summary>Every request starts in Russian, as on a server whose operating system speaks Russian.</summary>
    private sealed class RussianServerLocale : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, request) =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ru-RU");
                return request(context);
            });
            next(app);
        };
    }
}
