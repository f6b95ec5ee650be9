using System.Text.Json.Nodes;
using Register.Api.Features.ProcessingActions;
using Register.Api.Infrastructure.Database;

namespace Register.Tests.Catalogs;

public sealed class ProcessingActionsTests(DatabaseProvider provider) : CatalogFixture(provider)
{
    protected override string Collection => ProcessingActionRoutes.Collection;

    protected override string For(string code) => ProcessingActionRoutes.For(code);

    protected override string NewCode() => Unique("action");

    protected override JsonObject Fields() => [];

    protected override JsonObject ChangedFields() => [];

    protected override Task ReferFromActivityAsync(ReferringRows rows, int activityId, string code) => rows.ActivityActionAsync(activityId, code);

    [Test]
    public async Task Delete_of_an_action_in_a_recipients_contract_is_409_naming_the_recipient()
    {
        var (code, etag, _) = await CreateAsync();
        var recipient = Unique("rcp");
        await Rows.RecipientAsync(recipient);
        await Rows.RecipientContractActionAsync(recipient, code);

        await AssertDeleteRefusedAsync(code, etag, recipient);
    }
}
