using System.Net;
using System.Net.Http.Json;
using Dapper;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>
/// A process keeps the catalog facts the rules read (NPDPC categories, bases' kinds, countries' adequacy, recipients'
/// kinds, systems' kinds and connections) while the catalogs' change number holds. Any change to those catalogs,
/// through the API or straight in the database (another process, a script), must show in the next read.
/// </summary>
public sealed class CatalogFactsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private RegisterBuilder Builder => new(Client, Unique);

    private async Task<(int Id, RegisterBuilder.Links Links)> CreateCompleteAsync()
    {
        var links = await Builder.LinksAsync();
        var body = await (await Client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, RegisterBuilder.Complete(Unique("facts"), links)))
            .OkJsonAsync(HttpStatusCode.Created);
        return ((int)body["id"]!, links);
    }

    private async Task<string?> NpdpcCategoryAsync(int id) => (string?)(await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync())["npdpcCategory"];

    private async Task ExecuteInDatabaseAsync(string sql, object parameters)
    {
        await using var connection = await Database.Connections().OpenAsync(CancellationToken.None);
        Assert.That(await connection.ExecuteAsync(sql, parameters), Is.EqualTo(1));
    }

    [Test]
    public async Task A_data_category_changed_in_the_database_by_another_writer_shows_in_the_next_read()
    {
        var (id, links) = await CreateCompleteAsync();
        Assert.That(await NpdpcCategoryAsync(id), Is.EqualTo("other"));

        await ExecuteInDatabaseAsync("UPDATE data_categories SET npdpc_category = 'special' WHERE code = @Code", new { Code = links.DataCategory });

        Assert.That(await NpdpcCategoryAsync(id), Is.EqualTo("special"));
    }

    [Test]
    public async Task A_data_category_changed_through_the_api_shows_in_the_next_read_with_its_findings()
    {
        var (id, links) = await CreateCompleteAsync();
        var before = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
        Assert.That(before["findings"]!.AsArray(), Is.Empty);

        var category = await Client.GetAsync($"/api/data-categories/{links.DataCategory}");
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/data-categories/{links.DataCategory}")
        {
            Content = JsonContent.Create(new { names = new { ru = "Сведения о здоровье" }, npdpcCategory = "special" }),
        };
        update.Headers.IfMatch.Add(category.Headers.ETag!);
        Assert.That((await Client.SendAsync(update)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var after = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
        Assert.That((string?)after["npdpcCategory"], Is.EqualTo("special"));
        // Special data under a plain Art. 6 basis is rule 2's error.
        Assert.That(after["findings"]!.AsArray().Select(f => (string?)f!["rule"]), Does.Contain("special-data-basis"));
    }

    [Test]
    public async Task A_recipient_made_a_processor_in_the_database_is_held_to_the_contract_rule()
    {
        var (id, links) = await CreateCompleteAsync();

        await ExecuteInDatabaseAsync("UPDATE recipients SET kind = 'authorized-person' WHERE code = @Code", new { Code = links.Recipient });

        var body = await (await Client.GetAsync(ActivityRoutes.For(id))).OkJsonAsync();
        Assert.That(body["findings"]!.AsArray().Select(f => (string?)f!["rule"]), Does.Contain("processor-contract"));
    }

    [Test]
    public async Task A_system_connected_to_public_networks_in_the_database_gets_its_new_class_at_once()
    {
        var (_, links) = await CreateCompleteAsync();
        async Task<string?> OacClassAsync() => (string?)(await (await Client.GetAsync($"/api/information-systems/{links.System}")).OkJsonAsync())["oacClass"];
        Assert.That(await OacClassAsync(), Is.EqualTo("4-ин"));

        await ExecuteInDatabaseAsync("UPDATE information_systems SET connected_to_public_network = @Connected WHERE code = @Code", new { Connected = true, Code = links.System });

        Assert.That(await OacClassAsync(), Is.EqualTo("3-ин"));
    }
}
