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
        Assert.That(findings[0].Message.En, Does.Contain("it-outsourcer").And.Contain("Art. 7"));
    }

    [Test]
    public void An_authorized_person_without_contract_terms_is_one_error_listing_them()
    {
        var empty = new RecipientContract(Number: " ", Date: null, Purposes: null, ActionCodes: [], Confidentiality: false, MeasureCodes: []);
        var entry = Complete() with { Recipients = [new ActivityRecipient("it-outsourcer", RecipientKind.AuthorizedPerson, empty)] };

        var findings = entry.FindingsOf(Rule05ProcessorContract.Code);

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Message.En, Does.Contain("contract number")
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

        var message = entry.FindingsOf(Rule05ProcessorContract.Code).Single().Message.En;

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

    [TestCase(AuthorityKind.Legislation)]
    [TestCase(AuthorityKind.StateBodyDecision)]
    public void An_authorized_person_under_an_act_or_a_decision_with_its_reference_and_the_four_terms_is_not_flagged(AuthorityKind authority)
    {
        // No contract number: the document's reference stands in for it.
        var terms = CompleteContract() with { Number = null, Date = null };
        var recipient = new ActivityRecipient("monitoring-operator", RecipientKind.AuthorizedPerson, terms)
        {
            Authority = authority,
            DocumentReference = "Указ Президента Республики Беларусь от 28.11.2013 № 527, п. 5",
        };

        Assert.That((Complete() with { Recipients = [recipient] }).FindingsOf(Rule05ProcessorContract.Code), Is.Empty);
    }

    [TestCase(AuthorityKind.Legislation, "act")]
    [TestCase(AuthorityKind.StateBodyDecision, "decision")]
    public void An_act_or_a_decision_without_its_reference_is_an_error_pointing_at_the_reference(AuthorityKind authority, string named)
    {
        var recipient = new ActivityRecipient("monitoring-operator", RecipientKind.AuthorizedPerson, CompleteContract() with { Number = null })
        {
            Authority = authority,
            DocumentReference = "  ",
        };

        var findings = (Complete() with { Recipients = [StateBody(), recipient] }).FindingsOf(Rule05ProcessorContract.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Error, (string?)"recipients[1].documentReference") }));
        Assert.That(findings[0].Message.En, Does.Contain("reference of the " + named).And.Not.Contain("contract number"));
    }

    [TestCase(AuthorityKind.Legislation)]
    [TestCase(AuthorityKind.StateBodyDecision)]
    public void An_act_or_a_decision_must_define_the_four_terms_too(AuthorityKind authority)
    {
        var recipient = new ActivityRecipient("monitoring-operator", RecipientKind.AuthorizedPerson)
        {
            Authority = authority,
            DocumentReference = "Решение № 12 от 01.02.2024",
        };

        var findings = (Complete() with { Recipients = [recipient] }).FindingsOf(Rule05ProcessorContract.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Error, (string?)"recipients[0].contract") }));
        Assert.That(findings[0].Message.En, Does.Contain("purposes")
            .And.Contain("list of actions")
            .And.Contain("confidentiality")
            .And.Contain("Art. 17")
            .And.Not.Contain("contract number")
            .And.Not.Contain("reference of"));
    }

    [Test]
    public void An_act_with_some_terms_missing_lists_only_those()
    {
        var recipient = new ActivityRecipient("monitoring-operator", RecipientKind.AuthorizedPerson, CompleteContract() with { MeasureCodes = [] })
        {
            Authority = AuthorityKind.Legislation,
            DocumentReference = "Закон № 175-З, ст. 5",
        };

        var message = (Complete() with { Recipients = [recipient] }).FindingsOf(Rule05ProcessorContract.Code).Single().Message.En;

        Assert.That(message, Does.Contain("Art. 17 protection measures").And.Not.Contain("confidentiality,").And.Not.Contain("list of actions"));
    }

    [Test]
    public void A_contract_is_still_named_by_its_number_whatever_the_document_reference()
    {
        var recipient = new ActivityRecipient("it-outsourcer", RecipientKind.AuthorizedPerson, CompleteContract() with { Number = null })
        {
            DocumentReference = "Договор без номера",
        };

        var message = (Complete() with { Recipients = [recipient] }).FindingsOf(Rule05ProcessorContract.Code).Single().Message.En;

        Assert.That(message, Does.Contain("contract number"));
    }

    [Test]
    public void The_authority_of_a_recipient_that_is_not_an_authorized_person_is_not_checked()
    {
        var recipient = new ActivityRecipient("tax-inspectorate", RecipientKind.StateBody) { Authority = AuthorityKind.Legislation };

        Assert.That((Complete() with { Recipients = [recipient] }).FindingsOf(Rule05ProcessorContract.Code), Is.Empty);
    }
}
