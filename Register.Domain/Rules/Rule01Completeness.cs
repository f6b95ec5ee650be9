using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 1 (error): the entry carries what the officer must be able to show the NPDPC for each processing
/// (the Regulation's internal-control information set): a responsible department, whose data, which data,
/// for what purpose on which legal basis, for how long, and since when. One finding per gap.
/// </summary>
public static class Rule01Completeness
{
    public const string Code = "completeness";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        if (string.IsNullOrWhiteSpace(a.DepartmentCode))
            yield return Error(
                ru: "В записи не указано подразделение: укажите структурное подразделение, руководитель которого ведёт эту запись.",
                en: "The entry has no department: name the structural unit whose head keeps this entry.",
                "departmentCode");

        if (a.SubjectCategoryCodes.Count == 0)
            yield return Error(
                ru: "В записи не указана ни одна категория субъектов персональных данных (чьи данные обрабатываются).",
                en: "The entry names no category of data subjects (whose data is processed).",
                "subjectCategoryCodes");

        if (a.DataCategories.Count == 0)
            yield return Error(
                ru: "В записи не указана ни одна категория персональных данных.",
                en: "The entry names no category of personal data.",
                "dataCategories");

        if (a.Purposes.Count == 0)
            yield return Error(
                ru: "В записи не указана цель обработки персональных данных; обработка ограничивается достижением конкретных, заранее заявленных законных целей (ст. 4).",
                en: "The entry states no purpose of processing; processing is limited to specific, declared purposes (Art. 4).",
                "purposes");

        for (var i = 0; i < a.Purposes.Count; i++)
        {
            var purpose = a.Purposes[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(purpose.Text))
                yield return Error(
                    ru: $"Цель обработки № {number} не сформулирована: сформулируйте цель конкретно (ст. 4).",
                    en: $"Purpose {number} has no wording: state the purpose concretely (Art. 4).",
                    $"purposes[{i}].text");

            if (purpose.LegalBases.Count == 0)
                yield return Error(
                    ru: $"У цели обработки № {number} нет правового основания: укажите согласие субъекта персональных данных (ст. 5) или случай обработки без согласия (ст. 6, а для специальных персональных данных — ст. 8 п. 2).",
                    en: $"Purpose {number} has no legal basis: give the subject's consent (Art. 5) or a case that allows processing without consent (Art. 6, or Art. 8 p.2 for special data).",
                    $"purposes[{i}].legalBasisCodes");
        }

        if (a.Retention is null)
            yield return Error(
                ru: "В записи не указан срок хранения: укажите срок или условие, при котором обработка прекращается.",
                en: "The entry has no retention rule: state the period or the condition on which processing ends.",
                "retention");

        if (a.StartDate is null)
            yield return Error(
                ru: "В записи не указана дата начала обработки: укажите, с какого времени ведётся эта обработка.",
                en: "The entry has no start date: state when this processing began.",
                "startDate");
    }

    private static Finding Error(string ru, string en, string path) => new(Code, Severity.Error, new FindingMessage(ru, en), path);
}
