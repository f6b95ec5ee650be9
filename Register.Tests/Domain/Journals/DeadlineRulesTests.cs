using Register.Domain.Journals;

namespace Register.Tests.Domain.Journals;

public class DeadlineRulesTests
{
    // law-99z.md, "Deadlines"; "other" is the general term of Law No. 300-З.
    [TestCase(SubjectRequestKind.ConsentWithdrawal, 15, DayKind.Calendar, "ст. 10 п. 2")]
    [TestCase(SubjectRequestKind.Information, 5, DayKind.Working, "ст. 11 п. 2")]
    [TestCase(SubjectRequestKind.Correction, 15, DayKind.Calendar, "ст. 11 п. 4")]
    [TestCase(SubjectRequestKind.ThirdPartyDisclosures, 15, DayKind.Calendar, "ст. 12 п. 2")]
    [TestCase(SubjectRequestKind.StopProcessing, 15, DayKind.Calendar, "ст. 13 п. 2")]
    [TestCase(SubjectRequestKind.Other, 15, DayKind.Calendar, "ст. 17 п. 3 Закона № 300-З")]
    public void Each_kind_of_request_has_the_period_and_basis_of_the_law(SubjectRequestKind kind, int days, DayKind dayKind, string basis)
    {
        var rule = DeadlineRules.For(kind);

        Assert.That((rule.Days, rule.Kind, rule.Basis), Is.EqualTo((days, dayKind, basis)));
    }

    [Test]
    public void Every_kind_of_request_has_a_rule()
    {
        Assert.That(Enum.GetValues<SubjectRequestKind>().Select(DeadlineRules.For), Has.None.Null);
    }

    [Test]
    public void A_breach_is_notified_to_the_NPDPC_within_3_working_days_under_art_16()
    {
        var rule = DeadlineRules.BreachNotification;

        Assert.That((rule.Days, rule.Kind, rule.Basis), Is.EqualTo((3, DayKind.Working, "ст. 16 п. 1 абз. 8")));
    }

    [Test]
    public void The_rule_for_other_requests_names_its_act_and_says_it_was_not_checked_against_the_official_text()
    {
        var note = DeadlineRules.Other.Note;

        Assert.That(note, Does.Contain("300-З").And.Contain("18.07.2011").And.Contain("not checked against pravo.by"));
    }
}
