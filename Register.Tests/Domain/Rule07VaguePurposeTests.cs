using NUnit.Framework;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

public class Rule07VaguePurposeTests
{
    [TestCase("Совершенствование деятельности университета")]
    [TestCase("В целях СОВЕРШЕНСТВОВАНИЯ   ДЕЯТЕЛЬНОСТИ")]
    [TestCase("Учёт посетителей и иные цели")]
    [TestCase("Использование в иных законных целях")]
    [TestCase("Прочие цели")]
    [TestCase("Рассылка новостей и т.д.")]
    [TestCase("Іншыя мэты")]
    [TestCase("Marketing and other purposes")]
    [TestCase("Improvement of activities")]
    [TestCase("Improving Activities of the centre")]
    public void Vague_purpose_is_a_warning(string text)
    {
        var entry = Complete() with { Purposes = [PurposeOf(text, Bases.Employment)] };

        var findings = entry.FindingsOf(Rule07VaguePurpose.Code);

        Assert.That(findings.Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (Severity.Warning, (string?)"purposes[0].text") }));
    }

    [Test]
    public void Each_vague_purpose_is_its_own_warning()
    {
        var entry = Complete() with
        {
            Purposes =
            [
                PurposeOf("Иные цели", Bases.Employment),
                PurposeOf("Payroll for employees", Bases.Employment),
                PurposeOf("Other purposes", Bases.Employment),
            ],
        };

        var paths = entry.FindingsOf(Rule07VaguePurpose.Code).Select(f => f.Path);

        Assert.That(paths, Is.EqualTo(new[] { "purposes[0].text", "purposes[2].text" }));
    }

    [TestCase("Оформление трудовых отношений с работниками")]
    [TestCase("Issuing single-visit passes to guests")]
    [TestCase("Видеонаблюдение в целях обеспечения общественной безопасности")]
    public void Concrete_purpose_is_not_flagged(string text)
    {
        var entry = Complete() with { Purposes = [PurposeOf(text, Bases.Employment)] };

        Assert.That(entry.FindingsOf(Rule07VaguePurpose.Code), Is.Empty);
    }
}
