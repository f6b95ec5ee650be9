using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule05ProcessorContractTests
{
    [Test]
    public void An_authorized_person_without_a_contract_is_an_error()
    {
        var entry = Complete() with { Recipients = [StateBody(), new ActivityRecipient("it-outsourcer", RecipientKind.AuthorizedPerson)] };

        var findings = entry.FindingsOf(Rule05ProcessorContract.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Error, (string?)"recipients[1].contract") }));
        Assert.That(findings[0].Message, Does.Contain("it-outsourcer").And.Contain("Art. 7"));
    }

    [Test]
    public void An_authorized_person_without_contract_terms_is_one_error_listing_them()
    {
        var empty = new RecipientContract(Number: " ", Date: null, Purposes: null, ActionCodes: [], Confidentiality: false, MeasureCodes: []);
        var entry = Complete() with { Recipients = [new ActivityRecipient("it-outsourcer", RecipientKind.AuthorizedPerson, empty)] };

        var findings = entry.FindingsOf(Rule05ProcessorContract.Code);

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Message, Does.Contain("contract number")
            .And.Contain("purposes")
            .And.Contain("list of actions")
            .And.Contain("confidentiality")
            .And.Contain("Art. 17"));
    }

    [Test]
    public void A_contract_without_confidentiality_names_only_that_gap()
    {
        var contract = CompleteContract() with { Confidentiality = false };
        var entry = Complete() with { Recipients = [new ActivityRecipient("it-outsourcer", RecipientKind.AuthorizedPerson, contract)] };

        var message = entry.FindingsOf(Rule05ProcessorContract.Code).Single().Message;

        Assert.That(message, Does.Contain("confidentiality").And.Not.Contain("contract number"));
    }

    [Test]
    public void An_authorized_person_with_complete_contract_terms_is_not_flagged()
    {
        Assert.That(Complete().FindingsOf(Rule05ProcessorContract.Code), Is.Empty);
    }

    [Test]
    public void A_third_party_needs_no_processor_contract()
    {
        var entry = Complete() with { Recipients = [new ActivityRecipient("insurer", RecipientKind.ThirdParty)] };

        Assert.That(entry.FindingsOf(Rule05ProcessorContract.Code), Is.Empty);
    }
}
