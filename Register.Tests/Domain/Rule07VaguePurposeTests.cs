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
    // The NPDPC's own examples (clarifications of 03.12.2021 as revised, п. 12; 5-5/1565 §4 п. 4) and their case forms.
    [TestCase("Для совершенствования деятельности организации")]
    [TestCase("Для разработки новых услуг")]
    [TestCase("Разработка новых услуг для клиентов")]
    [TestCase("Для обеспечения реализации Устава")]
    [TestCase("Реализация устава")]
    [TestCase("Для обеспечения соблюдения законодательства")]
    [TestCase("Обеспечение соблюдения законодательства Республики Беларусь")]
    [TestCase("Developing new services")]
    [TestCase("Implementation of the charter")]
    [TestCase("To ensure compliance with the law")]
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
    [TestCase("Обеспечение соблюдения правил приема")]
    [TestCase("Достижение уставных целей профессионального союза")]
    [TestCase("Участие обучающихся в научно-исследовательской деятельности")]
    public void Concrete_purpose_is_not_flagged(string text)
    {
        var entry = Complete() with { Purposes = [PurposeOf(text, Bases.Employment)] };

        Assert.That(entry.FindingsOf(Rule07VaguePurpose.Code), Is.Empty);
    }

    [TestCase("Обработка анкет в исследовательских целях")]
    [TestCase("Data kept for research purposes")]
    public void Research_purposes_over_identifiable_data_are_a_warning(string text)
    {
        var entry = Complete() with
        {
            DataCategories = [Depersonalised(OtherData("survey-answers")), OtherData("full-name")],
            Purposes = [PurposeOf(text, Bases.Consent)],
        };

        Assert.That(entry.FindingsOf(Rule07VaguePurpose.Code).Select(f => f.Path), Is.EqualTo(new[] { "purposes[0].text" }));
    }

    [TestCase("Обработка анкет в исследовательских целях")]
    [TestCase("Data kept for research purposes")]
    public void Research_purposes_over_depersonalised_data_only_are_not_flagged(string text)
    {
        var entry = Complete() with
        {
            DataCategories = [Depersonalised(OtherData("survey-answers")), Depersonalised(SpecialData("diagnoses"))],
            Purposes = [PurposeOf(text, Bases.Consent)],
        };

        Assert.That(entry.FindingsOf(Rule07VaguePurpose.Code), Is.Empty);
    }

    [Test]
    public void Depersonalised_data_does_not_excuse_the_other_vague_wordings()
    {
        var entry = Complete() with
        {
            DataCategories = [Depersonalised(OtherData("survey-answers"))],
            Purposes = [PurposeOf("Для разработки новых услуг в исследовательских целях", Bases.Consent)],
        };

        Assert.That(entry.FindingsOf(Rule07VaguePurpose.Code).Single().Message.En, Does.Contain("разработки новых услуг"));
    }
}
