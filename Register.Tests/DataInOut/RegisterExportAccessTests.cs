using System.IO.Compression;
using System.Net;
using System.Text;
using Register.Api.Features.DataInOut;
using Register.Api.Features.DataInOut.Export;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>GET /api/export: the officer's alone, never cached, on record in the audit trail, with no API key in it.</summary>
public sealed class RegisterExportAccessTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [OneTimeSetUp]
    public async Task SomethingToExport()
    {
        var links = await new RegisterBuilder(Client, Unique).LinksAsync();
        await (await Client.SendAsync(HttpMethod.Post, "/api/activities", RegisterBuilder.Complete(Unique("entry"), links))).OkJsonAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task The_officer_gets_the_register_as_a_file_no_cache_keeps()
    {
        using var response = await Client.GetAsync(ExportRoutes.Export);
        var file = RegisterFileLines.Parse(await response.Content.ReadAsByteArrayAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(RegisterFile.MediaType));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "the file holds subjects' personal data");
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.Match(@"^register-\d{4}-\d{2}-\d{2}-\d{6}\.ndjson$"));
        Assert.That((string?)file.Header["format"], Is.EqualTo(RegisterFile.Format));
        Assert.That((int?)file.Header["formatVersion"], Is.EqualTo(RegisterFile.Version));
        Assert.That((string?)file.Header["schemaVersion"], Is.EqualTo(RegisterFile.SchemaVersion(Provider)));
        Assert.That(file.Tables().Keys, Is.EqualTo(RegisterTables.Exported.Select(t => t.Name)));
        Assert.That((long?)file.Trailer["rows"]!["activities"], Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task A_client_that_takes_gzip_gets_the_same_file_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ExportRoutes.Export);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await Client.SendAsync(request);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var content = new MemoryStream();
        await gzip.CopyToAsync(content);

        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
        Assert.That(RegisterFileLines.Parse(content.ToArray()).Tables().Keys, Is.EqualTo(RegisterTables.Exported.Select(t => t.Name)));
    }

    [Test]
    public async Task No_api_key_is_in_the_file()
    {
        var (info, key) = await IssueKeyAsync(Roles.Auditor);

        var file = Encoding.UTF8.GetString(await Client.GetByteArrayAsync(ExportRoutes.Export));

        Assert.That(file, Does.Not.Contain(info.Prefix).And.Not.Contain(key).And.Not.Contain("\"api_keys\""));
    }

    [Test]
    public async Task The_audit_trail_records_who_exported_and_when_and_nothing_of_the_register()
    {
        using var response = await Client.GetAsync(ExportRoutes.Export);
        var exportId = (string?)RegisterFileLines.Parse(await response.Content.ReadAsByteArrayAsync()).Header["exportId"];

        var entry = (await (await Client.GetAsync($"/api/audit?entity=register&key={exportId}")).OkJsonAsync())["items"]![0]!;

        Assert.That((string?)entry["action"], Is.EqualTo("export"));
        Assert.That((string?)entry["actor"], Does.StartWith("test-officer"));
        Assert.That(entry["after"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "exportId", "formatVersion", "schemaVersion" }));
    }

    [TestCase(Roles.DepartmentHead)]
    [TestCase(Roles.Auditor)]
    public async Task Other_roles_are_refused(string role)
    {
        var department = await new RegisterBuilder(Client, Unique).DepartmentAsync();
        using var client = await ClientForAsync(role, role == Roles.DepartmentHead ? [department] : []);

        await (await client.GetAsync(ExportRoutes.Export)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_caller_without_a_key_is_refused()
    {
        using var anonymous = ClientWithKey(null);

        await (await anonymous.GetAsync(ExportRoutes.Export)).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
