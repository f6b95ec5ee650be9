using static Register.Api.Components.Ui;

namespace Register.Api.Components.Shared;

/// <summary>A rule of the register as a person reads it: its name, where the law says it, and what to do.</summary>
public sealed record RuleText(string Name, string Citation, string Remedy);

/// <summary>
/// What each finding's rule means, beside the finding's own message (which names the field and the codes involved). The
/// citations are those of the rules in Register.Domain/Rules.
/// </summary>
public static class RuleGuide
{
    public static RuleText For(string rule) => rule switch
    {
        "completeness" => new(T("Полнота сведений", "Completeness"), T("Положение, гл. о внутреннем контроле", "Regulation, internal-control chapter"),
            T("Заполните указанное поле: подразделение, субъекты, данные, цель с основанием, срок хранения, дата начала.",
              "Fill in the field named: department, subjects, data, a purpose with its basis, retention, start date.")),
        "special-data-basis" => new(T("Основание для специальных данных", "Basis for special data"), T("ст. 8 п. 1–2 Закона № 99-З", "Law 99-Z Art. 8 p. 1–2"),
            T("Укажите согласие субъекта или основание из п. 2 ст. 8.", "Rest the purpose on the subject's consent or a case of Art. 8 p. 2.")),
        "special-data-protection" => new(T("Защита специальных данных", "Protection of special data"), T("ст. 8 п. 3, ст. 17 Закона № 99-З", "Law 99-Z Art. 8 p. 3, Art. 17"),
            T("Добавьте меры по обеспечению защиты.", "Add the protection measures.")),
        "cross-border-exception" or "cross-border-consent" => new(T("Трансграничная передача", "Cross-border transfer"), T("ст. 9 п. 1 Закона № 99-З", "Law 99-Z Art. 9 p. 1"),
            T("Для страны без надлежащей защиты укажите исключение из п. 1 ст. 9 (при согласии — и основание-согласие у цели).",
              "For a country without adequate protection name the Art. 9 p. 1 exception (with consent, a consent basis on a purpose too).")),
        "processor-contract" => new(T("Договор с уполномоченным лицом", "Authorized person's contract"), T("ст. 7 п. 1 Закона № 99-З", "Law 99-Z Art. 7 p. 1"),
            T("Внесите в справочник получателей документ и его условия: цели, действия, конфиденциальность, меры.",
              "Record the document and its terms on the recipient: purposes, actions, confidentiality, measures.")),
        "retention" => new(T("Срок хранения", "Retention"), T("ст. 4 Закона № 99-З", "Law 99-Z Art. 4"),
            T("Сделайте срок проверяемым: период (например, 5 лет), событие или акт законодательства.",
              "Make retention checkable: a period (e.g. 5 years), an event or an act of legislation.")),
        "vague-purpose" => new(T("Общая формулировка цели", "Vague purpose"), T("ст. 4 п. 4 Закона № 99-З; разъяснения НЦЗПД, п. 12", "Law 99-Z Art. 4 p. 4; NPDPC clarifications p. 12"),
            T("Сформулируйте цель конкретно: что и для чего делается.", "Word the purpose concretely: what is done and why.")),
        "consent-with-other-basis" => new(T("Лишнее согласие", "Redundant consent"), T("ст. 6, ст. 8 п. 2 Закона № 99-З; разъяснение НЦЗПД № 5-5/1565", "Law 99-Z Art. 6, Art. 8 p. 2; NPDPC clarification 5-5/1565"),
            T("Уберите согласие у цели, которая уже опирается на основание без согласия.", "Remove consent from a purpose that already rests on a case without consent.")),
        "consent-retention-without-consent" => new(T("Срок «до отзыва согласия» без согласия", "\"Until consent is withdrawn\" without consent"), T("ст. 10 Закона № 99-З", "Law 99-Z Art. 10"),
            T("Выберите другой вид срока или основание-согласие.", "Choose another kind of retention or a consent basis.")),
        "review-overdue" => new(T("Пересмотр просрочен", "Review overdue"), T("Положение, гл. о внутреннем контроле", "Regulation, internal-control chapter"),
            T("Проверьте запись и назначьте новую дату пересмотра.", "Review the entry and set a new review date.")),
        "operator-registry" => new(T("Реестр операторов", "Register of operators"), T("Указ № 422 подп. 3.6; приказ ОАЦ № 94", "Decree 422 sp. 3.6; OAC Order 94"),
            T("Внесите указанные системы в государственный реестр операторов.", "Enter the systems named in the state register of operators.")),
        "legislative-act-reference" => new(T("Не назван акт законодательства", "Legislative act not named"), T("ст. 6 абз. 20–21, ст. 8 п. 2 абз. 17–18 Закона № 99-З", "Law 99-Z Art. 6 abz. 20–21, Art. 8 p. 2 abz. 17–18"),
            T("Укажите у цели акт, который содержит обязанность или случай.", "Name on the purpose the act that holds the duty or case.")),
        _ => new(rule, "", ""),
    };
}
