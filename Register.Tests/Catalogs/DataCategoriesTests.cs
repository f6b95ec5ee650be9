using System.Text.Json.Nodes;
using Register.Api.Features.DataCategories;
using Register.Api.Infrastructure.Database;

namespace Register.Tests.Catalogs;

public sealed class DataCategoriesTests(DatabaseProvider provider) : CatalogFixture(provider)
{
    protected override string Collection => DataCategoryRoutes.Collection;

    protected override string For(string code) => DataCategoryRoutes.For(code);

    protected override string NewCode() => Unique("data");

    protected override JsonObject Fields() => new() { ["group"] = "Сведения о здоровье", ["npdpcCategory"] = "special" };

    protected override JsonObject ChangedFields() => new() { ["group"] = null, ["npdpcCategory"] = "biometric-genetic" };

    protected override Task ReferFromActivityAsync(ReferringRows rows, int activityId, string code) => rows.ActivityDataCategoryAsync(activityId, code);

    [TestCase("group", DataCategoryRequestValidator.GroupMaxLength)]
    public Task Over_long_text_is_400_naming_the_field(string field, int maxLength) => AssertTextLimitAsync(field, maxLength);

    [Test]
    public Task Npdpc_category_takes_exactly_the_contract_names() =>
        AssertEnumFieldAsync("npdpcCategory", ["public", "special", "biometric-genetic", "other"]);

    [TestCase("special", "public")]
    [TestCase("biometric-genetic", "other")]
    public Task List_filters_by_npdpc_category(string value, string otherValue) =>
        AssertEnumFilterAsync("npdpcCategory", "npdpcCategory", value, otherValue);
}
