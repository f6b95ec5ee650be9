using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Database;
using Register.Tests.Infrastructure;

namespace Register.Tests.Catalogs;

public sealed class SubjectCategoriesTests(DatabaseProvider provider) : CatalogFixture(provider)
{
    protected override string Collection => SubjectCategoryRoutes.Collection;

    protected override string For(string code) => SubjectCategoryRoutes.For(code);

    protected override string NewCode() => Unique("subj");

    protected override JsonObject Fields() => new() { ["description"] = "Работники по трудовым договорам, включая совместителей", ["mayIncludeMinors"] = true };

    protected override JsonObject ChangedFields() => new() { ["description"] = null, ["mayIncludeMinors"] = false };

    protected override Task ReferFromActivityAsync(ReferringRows rows, int activityId, string code) => rows.ActivitySubjectCategoryAsync(activityId, code);

    [TestCase("description", SubjectCategoryRequestValidator.DescriptionMaxLength)]
    public Task Over_long_text_is_400_naming_the_field(string field, int maxLength) => AssertTextLimitAsync(field, maxLength);

    [Test]
    public async Task Missing_may_include_minors_means_false_and_the_description_is_optional()
    {
        var body = await (await PostAsync(Body(NewCode(), fields: new JsonObject()))).OkJsonAsync(HttpStatusCode.Created);

        Assert.That((bool?)body["mayIncludeMinors"], Is.False);
        Assert.That(body.AsObject().ContainsKey("description"), Is.True);
        Assert.That((string?)body["description"], Is.Null);
    }

    [Test]
    public async Task A_non_boolean_may_include_minors_is_400()
    {
        var fields = Fields();
        fields["mayIncludeMinors"] = "sometimes";
        await (await PostAsync(Body(NewCode(), fields: fields))).ValidationProblemAsync("mayIncludeMinors");
    }
}
