using NUnit.Framework;
using Register.Domain.Activities;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule01CompletenessTests
{
    private static IEnumerable<TestCaseData> Gaps()
    {
        yield return new TestCaseData(Complete() with { DepartmentCode = null }, "departmentCode").SetName("No_department_is_an_error");
        yield return new TestCaseData(Complete() with { DepartmentCode = "  " }, "departmentCode").SetName("Blank_department_is_an_error");
        yield return new TestCaseData(Complete() with { SubjectCategoryCodes = [] }, "subjectCategoryCodes").SetName("No_subject_category_is_an_error");
        yield return new TestCaseData(Complete() with { DataCategories = [] }, "dataCategories").SetName("No_data_category_is_an_error");
        yield return new TestCaseData(Complete() with { Purposes = [] }, "purposes").SetName("No_purpose_is_an_error");
        yield return new TestCaseData(Complete() with { Retention = null }, "retention").SetName("No_retention_is_an_error");
        yield return new TestCaseData(Complete() with { StartDate = null }, "startDate").SetName("No_start_date_is_an_error");
    }

    [TestCaseSource(nameof(Gaps))]
    public void Each_missing_element_is_one_error_at_its_path(ActivitySnapshot entry, string path)
    {
        var findings = entry.FindingsOf(Rule01Completeness.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Error, (string?)path) }));
    }

    [Test]
    public void A_purpose_without_legal_basis_is_an_error_per_purpose()
    {
        var entry = Complete() with
        {
            Purposes =
            [
                PurposeOf("Payroll", Bases.Employment),
                PurposeOf("Issuing passes"),
                PurposeOf("Keeping the visitor log"),
            ],
        };

        var paths = entry.FindingsOf(Rule01Completeness.Code).Select(f => f.Path);

        Assert.That(paths, Is.EqualTo(new[] { "purposes[1].legalBasisCodes", "purposes[2].legalBasisCodes" }));
    }

    [Test]
    public void A_purpose_with_empty_text_is_an_error()
    {
        var entry = Complete() with { Purposes = [PurposeOf(" ", Bases.Employment)] };

        var paths = entry.FindingsOf(Rule01Completeness.Code).Select(f => f.Path);

        Assert.That(paths, Is.EqualTo(new[] { "purposes[0].text" }));
    }

    [Test]
    public void An_empty_draft_gets_one_finding_per_gap()
    {
        var findings = new ActivitySnapshot { Code = "draft" }.FindingsOf(Rule01Completeness.Code);

        Assert.That(findings.Select(f => f.Path), Is.EqualTo(new[]
        {
            "departmentCode", "subjectCategoryCodes", "dataCategories", "purposes", "retention", "startDate",
        }));
    }

    [Test]
    public void A_complete_entry_is_not_flagged()
    {
        Assert.That(Complete().FindingsOf(Rule01Completeness.Code), Is.Empty);
    }
}
