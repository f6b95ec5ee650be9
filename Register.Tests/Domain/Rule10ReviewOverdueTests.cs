using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule10ReviewOverdueTests
{
    [Test]
    public void A_passed_review_due_date_is_a_warning()
    {
        var entry = Complete() with { ReviewDueDate = Today.AddDays(-1) };

        var findings = entry.FindingsOf(Rule10ReviewOverdue.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Warning, (string?)"reviewDueDate") }));
    }

    [Test]
    public void A_review_due_today_is_not_yet_overdue()
    {
        var entry = Complete() with { ReviewDueDate = Today };

        Assert.That(entry.FindingsOf(Rule10ReviewOverdue.Code), Is.Empty);
    }

    [Test]
    public void Approved_12_months_ago_and_not_reviewed_since_is_a_warning()
    {
        var entry = Complete() with { LastApprovedOn = Today.AddMonths(-12) };

        var findings = entry.FindingsOf(Rule10ReviewOverdue.Code);

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Message.En, Does.Contain("12"));
    }

    [Test]
    public void Approved_within_12_months_is_not_flagged()
    {
        var entry = Complete() with { LastApprovedOn = Today.AddMonths(-12).AddDays(1) };

        Assert.That(entry.FindingsOf(Rule10ReviewOverdue.Code), Is.Empty);
    }

    [Test]
    public void An_old_approval_of_an_entry_back_in_review_is_not_this_warning()
    {
        var entry = Complete() with { Status = ActivityStatus.InReview, LastApprovedOn = Today.AddYears(-3) };

        Assert.That(entry.FindingsOf(Rule10ReviewOverdue.Code), Is.Empty);
    }
}
