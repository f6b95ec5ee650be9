using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Access;

/// <summary>
/// Every /api endpoint the application maps, for every caller: officer, department head, auditor, no key and a
/// revoked key. The endpoint list comes from the running application, so an endpoint added without a line in
/// <see cref="Allowed"/> fails here until someone decides who may call it.
/// </summary>
public sealed class RoleMatrixTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const string O = Roles.Officer, D = Roles.DepartmentHead, A = Roles.Auditor;
    private static readonly string[] Everyone = [O, D, A];
    private static readonly string[] OfficerOnly = [O];
    private static readonly string[] Drafters = [O, D];

    /// <summary>Who may call each endpoint (the contract's "Access" section).</summary>
    private static readonly Dictionary<string, string[]> Allowed = BuildAllowed();

    private static Dictionary<string, string[]> BuildAllowed()
    {
        var allowed = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] catalogs = ["departments", "subject-categories", "data-categories", "legal-bases", "recipients", "countries",
            "information-systems", "processing-actions", "protection-measures"];
        foreach (var catalog in catalogs)
        {
            allowed[$"GET /api/{catalog}"] = Everyone;
            allowed[$"GET /api/{catalog}/{{code}}"] = Everyone;
            allowed[$"POST /api/{catalog}"] = OfficerOnly;
            allowed[$"PUT /api/{catalog}/{{code}}"] = OfficerOnly;
            allowed[$"DELETE /api/{catalog}/{{code}}"] = OfficerOnly;
        }
        allowed["GET /api/operator"] = Everyone;
        allowed["PUT /api/operator"] = OfficerOnly;
        allowed["GET /api/activities"] = Everyone;
        allowed["POST /api/activities"] = Drafters;
        allowed["GET /api/activities/{id:int}"] = Everyone;
        allowed["PUT /api/activities/{id:int}"] = Drafters;
        allowed["DELETE /api/activities/{id:int}"] = OfficerOnly;
        allowed["POST /api/activities/{id:int}/transitions"] = Drafters;
        allowed["GET /api/activities/{id:int}/versions"] = Everyone;
        allowed["GET /api/activities/{id:int}/versions/{version:int}"] = Everyone;
        allowed["GET /api/activities/{id:int}/versions/{from:int}/diff/{to:int}"] = Everyone;
        allowed["GET /api/compliance/findings"] = Everyone;
        allowed["GET /api/dashboard"] = Everyone;
        allowed["GET /api/reports/subject-requests"] = Everyone;
        allowed["GET /api/reports/breaches"] = Everyone;
        allowed["GET /api/keys"] = OfficerOnly;
        allowed["POST /api/keys"] = OfficerOnly;
        allowed["DELETE /api/keys/{id:int}"] = OfficerOnly;
        allowed["GET /api/audit"] = [O, A];
        allowed["GET /api/export"] = OfficerOnly;
        allowed["GET /api/calendar/{year:int}"] = Everyone;
        allowed["PUT /api/calendar/{year:int}"] = OfficerOnly;
        allowed["GET /api/calendar/deadline"] = Everyone;
        allowed["GET /api/subject-requests"] = Everyone;
        allowed["POST /api/subject-requests"] = OfficerOnly;
        allowed["GET /api/subject-requests/{id:int}"] = Everyone;
        allowed["PUT /api/subject-requests/{id:int}"] = Drafters;
        allowed["GET /api/breaches"] = Everyone;
        allowed["POST /api/breaches"] = Drafters;
        allowed["GET /api/breaches/{id:int}"] = Everyone;
        allowed["PUT /api/breaches/{id:int}"] = OfficerOnly;
        allowed["GET /api/breaches/{id:int}/notification"] = Everyone;
        foreach (var report in new[] { "supervisory", "information-resources", "information-systems", "operator-registry" })
        {
            allowed[$"GET /api/reports/{report}"] = Everyone;
            // Snapshots are the officer's evidence for the NPDPC, rendered over the whole register: the officer keeps them,
            // the officer and the auditor read them; a department head, whose reports hold only its departments, does not.
            allowed[$"POST /api/reports/{report}/snapshots"] = OfficerOnly;
        }
        allowed["GET /api/reports/snapshots"] = [O, A];
        allowed["GET /api/reports/snapshots/{id:int}"] = [O, A];
        allowed["GET /api/imports/activities/template"] = Drafters;
        allowed["POST /api/imports/activities"] = Drafters;
        return allowed;
    }

    private IReadOnlyList<(string Method, string Pattern)> ApiEndpoints() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.Item1, StringComparer.Ordinal)
            .ToList();

    private static string Url(string pattern) => pattern
        .Replace("{code}", "matrix-missing").Replace("{id:int}", "999999").Replace("{version:int}", "1")
        .Replace("{from:int}", "1").Replace("{to:int}", "2").Replace("{year:int}", "2026");

    private async Task<HttpStatusCode> CallAsync(HttpClient client, string method, string pattern)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Url(pattern));
        if (method is "POST" or "PUT") request.Content = Uploads(method, pattern)
            ? new MultipartFormDataContent { { new ByteArrayContent([]), "file", "matrix.csv" } }
            : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Whether the endpoint takes a file upload: it is called with a form, as a JSON body would stop at its media type.</summary>
    private bool Uploads(string method, string pattern) =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText == pattern && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method) == true)
            .Any(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true);

    [Test]
    public void Every_api_endpoint_has_a_line_in_the_matrix_and_every_line_an_endpoint()
    {
        var mapped = ApiEndpoints().Select(e => $"{e.Method} {e.Pattern}").ToList();

        Assert.That(mapped, Is.Not.Empty);
        Assert.That(mapped.Except(Allowed.Keys), Is.Empty, "endpoints without a decision on who may call them");
        Assert.That(Allowed.Keys.Except(mapped), Is.Empty, "matrix lines for endpoints that no longer exist");
    }

    [Test]
    public async Task Each_role_gets_through_where_allowed_and_403_elsewhere()
    {
        var department = Unique("dep");
        await Client.SendAsync(HttpMethod.Post, "/api/departments", new { code = department, name = "Отдел" });
        var clients = new Dictionary<string, HttpClient>
        {
            [O] = Client,
            [D] = await ClientForAsync(D, department),
            [A] = await ClientForAsync(A),
        };
        var wrong = new List<string>();

        foreach (var (method, pattern) in ApiEndpoints())
        {
            foreach (var (role, client) in clients)
            {
                var status = await CallAsync(client, method, pattern);
                var allowed = Allowed.TryGetValue($"{method} {pattern}", out var roles) && roles.Contains(role);
                var ok = allowed
                    ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500
                    : status == HttpStatusCode.Forbidden;
                if (!ok) wrong.Add($"{role,-16} {method,-6} {pattern} -> {(int)status} (expected {(allowed ? "not 401/403/5xx" : "403")})");
            }
        }

        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
    }

    [Test]
    public async Task Without_a_key_or_with_a_revoked_or_forged_one_every_endpoint_is_401()
    {
        var (revoked, key) = await IssueKeyAsync(O);
        Assert.That((await Client.SendAsync(HttpMethod.Delete, $"/api/keys/{revoked.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var callers = new Dictionary<string, HttpClient>
        {
            ["no key"] = ClientWithKey(null),
            ["revoked key"] = ClientWithKey(key),
            ["forged key"] = ClientWithKey(key[..^4] + "AAAA"),
            ["garbage"] = ClientWithKey("not-a-key"),
        };
        var wrong = new List<string>();

        foreach (var (method, pattern) in ApiEndpoints())
        {
            foreach (var (caller, client) in callers)
            {
                var status = await CallAsync(client, method, pattern);
                if (status != HttpStatusCode.Unauthorized) wrong.Add($"{caller,-12} {method,-6} {pattern} -> {(int)status}");
            }
        }

        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
    }

    [Test]
    public async Task Health_and_swagger_need_no_key()
    {
        var anonymous = ClientWithKey(null);
        foreach (var path in new[] { "/health/live", "/health/ready", "/swagger/v1/swagger.json", "/swagger/index.html" })
        {
            Assert.That((await anonymous.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        }
    }

    [Test]
    public async Task A_401_is_a_problem_that_says_how_to_authenticate()
    {
        var response = await ClientWithKey(null).GetAsync("/api/departments");

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("ApiKey"));
        Assert.That((string?)problem["detail"], Does.Contain("X-Api-Key"));
    }
}
