using System.Net;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Tests.Infrastructure;

namespace Register.Tests.Foundation;

public sealed class HostTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_endpoints_answer_200_on_a_migrated_database(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Swagger_document_and_ui_are_served()
    {
        var document = await (await Client.GetAsync("/swagger/v1/swagger.json")).OkJsonAsync();
        var ui = await Client.GetAsync("/swagger/index.html");

        Assert.That((string?)document["openapi"], Does.StartWith("3.0"));
        Assert.That(document["paths"]!.AsObject().Select(p => p.Key), Does.Contain("/api/departments/{code}"));
        Assert.That(ui.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Swagger_offers_the_api_key_for_its_authorize_button()
    {
        var document = await (await Client.GetAsync("/swagger/v1/swagger.json")).OkJsonAsync();

        var scheme = document["components"]?["securitySchemes"]?["ApiKey"];
        Assert.That((string?)scheme?["type"], Is.EqualTo("apiKey"), document["components"]?.ToJsonString());
        Assert.That((string?)scheme?["in"], Is.EqualTo("header"));
        Assert.That((string?)scheme?["name"], Is.EqualTo("X-Api-Key"));
        Assert.That(document["security"]!.AsArray().Select(r => r!.AsObject().Select(p => p.Key).First()), Does.Contain("ApiKey"));
    }

    [Test]
    public async Task Operation_ids_are_the_handler_names()
    {
        var document = await (await Client.GetAsync("/swagger/v1/swagger.json")).OkJsonAsync();

        var ids = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (string?)o.Value!["operationId"])).ToList();

        Assert.That(ids, Has.None.Null);
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.SupersetOf(new[] { "ListDepartments", "GetDepartment", "CreateDepartment", "UpdateDepartment", "DeleteDepartment" }));
    }

    [Test]
    public async Task Unknown_route_is_a_404_problem()
    {
        await (await Client.GetAsync("/api/no-such-thing")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Wrong_method_is_a_405_problem()
    {
        await (await Client.PatchAsync("/api/departments", null)).ProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task A_body_over_the_limit_is_413_not_500()
    {
        var huge = "{\"code\":\"x\",\"name\":\"" + new string('a', (int)RequestBodyLimit.MaxBytes + 10) + "\"}";
        using var content = new StringContent(huge, System.Text.Encoding.UTF8, "application/json");

        var response = await Client.PostAsync("/api/departments", content);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task A_body_that_is_not_json_media_type_is_415()
    {
        using var content = new StringContent("code=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        await (await Client.PostAsync("/api/departments", content)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}
