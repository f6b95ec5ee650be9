using Bunit;
using Register.Api.Components.Pages.Catalogs;
using Register.Api.Components.Pages.Catalogs.Forms;
using Register.Api.Components.Shared;
using Register.Api.Features.Recipients;
using Register.Api.Infrastructure.Errors;
using Register.Domain.Catalogs;

namespace Register.Tests.Interface.Components;

/// <summary>The catalogs' generic form: how fields render what is stored or typed, how posted text becomes a request, how a refusal reads.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CatalogFormTests : IDisposable
{
    private static readonly CatalogField Actions = Field.Checklist("contract.actions", "Действия с данными",
        [new("collection", "Сбор"), new("storage", "Хранение"), new("use", "Использование")]);

    private readonly BunitContext _context = new();

    [Test]
    public void A_checklist_posts_each_checked_value_under_the_field_name_and_shows_the_stored_ones_checked()
    {
        var values = new CatalogValues().Set("contract.actions", ["storage", "use"]);
        var field = _context.Render<CatalogFieldInput>(p => p.Add(c => c.Field, Actions).Add(c => c.Values, values));

        var boxes = field.FindAll("input[type=checkbox]");
        Assert.That(boxes.Select(b => b.GetAttribute("name")), Is.All.EqualTo("contract.actions"));
        Assert.That(boxes.Where(b => b.HasAttribute("checked")).Select(b => b.GetAttribute("value")), Is.EqualTo(new[] { "storage", "use" }));
        Assert.That(field.Find("legend").TextContent, Is.EqualTo("Действия с данными"));
        Assert.That(field.FindAll("label").Select(l => l.GetAttribute("for")), Is.EqualTo(boxes.Select(b => b.Id)), "each box has its label");
    }

    [Test]
    public void A_field_the_operation_refused_is_marked_invalid_and_points_at_its_message()
    {
        var problem = Problem.From(new InvalidRequestException(new Dictionary<string, string[]>
        {
            ["contract.actions[1]"] = ["'Actions' must not list an action twice."],
            ["contract.number"] = ["'Number' must not contain control characters."],
        }));
        var number = _context.Render<CatalogFieldInput>(p => p.Add(c => c.Field, Field.Text("contract.number", "Номер", "Как в договоре."))
            .Add(c => c.Values, new CatalogValues().Set("contract.number", "5\u0001")).Add(c => c.Problem, problem));
        var input = number.Find("input");
        Assert.That(input.GetAttribute("aria-invalid"), Is.EqualTo("true"));
        Assert.That(input.GetAttribute("value"), Is.EqualTo("5\u0001"), "what was typed, as typed");
        Assert.That(input.GetAttribute("aria-describedby"), Is.EqualTo("f-contract-number-help err-contract-number"));
        Assert.That(number.Find("#err-contract-number").TextContent, Does.Contain("control characters"));

        var actions = _context.Render<CatalogFieldInput>(p => p.Add(c => c.Field, Actions).Add(c => c.Values, new CatalogValues()).Add(c => c.Problem, problem));
        Assert.That(actions.Find("fieldset").GetAttribute("aria-describedby"), Is.EqualTo("err-contract-actions"));
        Assert.That(actions.Find(".field-error").TextContent, Does.Contain("twice"));
    }

    [Test]
    public void A_choice_offers_its_empty_option_when_it_may_be_empty_or_nothing_is_chosen_yet()
    {
        var kind = Field.Enum<RecipientKind>("kind", "Вид *", Labels.Recipient);
        var fresh = _context.Render<CatalogFieldInput>(p => p.Add(c => c.Field, kind).Add(c => c.Values, new CatalogValues()));
        Assert.That(fresh.FindAll("option").Select(o => o.TextContent), Is.EqualTo(new[] { "— выберите —", "третье лицо", "уполномоченное лицо", "государственный орган" }));

        var stored = _context.Render<CatalogFieldInput>(p => p.Add(c => c.Field, kind).Add(c => c.Values, new CatalogValues().Set<RecipientKind>("kind", RecipientKind.StateBody)));
        Assert.That(stored.FindAll("option").Select(o => o.GetAttribute("value")), Is.EqualTo(new[] { "third-party", "authorized-person", "state-body" }));
        Assert.That(stored.Find("option[selected]").GetAttribute("value"), Is.EqualTo("state-body"));
    }

    [Test]
    public void Posted_text_becomes_the_request_and_a_value_no_control_posts_is_refused_for_its_field()
    {
        var values = new CatalogValues().Set("contract.date", "2024-03-01").Set("flag", "true").Set("kind", "authorized-person");
        Assert.That(values.Date("contract.date"), Is.EqualTo(new DateOnly(2024, 3, 1)));
        Assert.That(values.OptionalFlag("flag"), Is.True);
        Assert.That(values.OptionalFlag("absent"), Is.Null, "not stated");
        Assert.That(values.Enum<RecipientKind>("kind"), Is.EqualTo(RecipientKind.AuthorizedPerson));

        var forged = new CatalogValues().Set("contract.date", "01.03.2024").Set("kind", "friend");
        Assert.That(Assert.Throws<InvalidRequestException>(() => forged.Date("contract.date"))!.Errors.Keys, Is.EqualTo(new[] { "contract.date" }));
        Assert.That(Assert.Throws<InvalidRequestException>(() => forged.Enum<RecipientKind>("kind"))!.Errors["kind"].Single(), Does.Contain("third-party, authorized-person, state-body"));
    }

    [Test]
    public void A_recipient_records_contract_terms_only_when_some_are_given()
    {
        var form = new RecipientForm(null!);
        var bare = form.RequestOf("archive", new CatalogValues().Set("name", " Архив ").Set("kind", "third-party").Set("authorityKind", "contract"));
        Assert.That(bare, Is.EqualTo(new RecipientRequest("archive", "Архив", RecipientKind.ThirdParty, null, null, AuthorityKind.Contract, null)));

        var measureOnly = form.RequestOf("archive", new CatalogValues().Set("name", "Архив").Set("kind", "authorized-person").Set("contract.measures", ["access-control", "", "access-control"]));
        Assert.That(measureOnly.Contract, Is.Not.Null);
        Assert.That(measureOnly.Contract!.Measures, Is.EqualTo(new[] { "access-control" }), "each code once, blanks left out");
        Assert.That(measureOnly.Contract.Confidentiality, Is.False);
        Assert.That(measureOnly.Contract.Actions, Is.Empty);
    }

    [Test]
    public void After_someone_saved_first_the_refusal_names_what_they_changed_and_offers_to_save_over_their_version()
    {
        var fields = new[] { Field.Text("name", "Наименование *"), Actions };
        var mine = new CatalogValues().Set("name", "Моё").Set("contract.actions", ["use", "storage"]);
        var theirs = new CatalogEntry("archive", "Их", 4, new CatalogValues().Set("name", "Их").Set("contract.actions", ["storage", "use"]));
        var problem = Problem.From(new PreconditionFailedException("\"4\""));

        var refusal = _context.Render<CatalogRefusal>(p => p.Add(c => c.Problem, problem).Add(c => c.Fields, fields).Add(c => c.Values, mine)
            .Add(c => c.Theirs, theirs).Add(c => c.FormId, "catalog-entry").Add(c => c.Key, "recipients").Add(c => c.Code, "archive"));

        Assert.That(refusal.FindAll("li").Select(li => li.TextContent), Is.EqualTo(new[] { "Наименование: «Их»" }), "the same actions in another order are no change");
        var overwrite = refusal.Find("button[type=submit]");
        Assert.That((overwrite.GetAttribute("form"), overwrite.GetAttribute("name"), overwrite.GetAttribute("value")),
            Is.EqualTo(("catalog-entry", CatalogEntryPage.OverwriteField, "4")));
        Assert.That(refusal.Find("a").GetAttribute("href"), Is.EqualTo("catalogs/recipients/archive/edit"));
    }

    public void Dispose() => _context.Dispose();
}
