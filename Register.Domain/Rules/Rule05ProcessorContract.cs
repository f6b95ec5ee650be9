using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 5 (error): an authorized person (processor) acts under a contract, an act of legislation or a state body's decision,
/// and that document must define the four terms of ст. 7 п. 1: «В договоре между оператором и уполномоченным лицом, акте
/// законодательства либо решении государственного органа должны быть определены: цели обработки персональных данных;
/// перечень действий, которые будут совершаться с персональными данными уполномоченным лицом; обязанности по соблюдению
/// конфиденциальности персональных данных; меры по обеспечению защиты персональных данных в соответствии со статьей 17
/// настоящего Закона». The four terms are required whatever the document. So that the officer can produce the document,
/// the register also wants it named: a contract by its number, an act or a decision by its reference
/// (<see cref="ActivityRecipient.DocumentReference"/>). One finding per authorized person, listing every gap.
/// </summary>
/// <remarks>The code stays <c>processor-contract</c>: clients key on it (see <see cref="Finding.Rule"/>).</remarks>
public static class Rule05ProcessorContract
{
    public const string Code = "processor-contract";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        for (var i = 0; i < a.Recipients.Count; i++)
        {
            var recipient = a.Recipients[i];
            if (recipient.Kind != RecipientKind.AuthorizedPerson) continue;

            var finding = recipient.Authority == AuthorityKind.Contract
                ? CheckContract(recipient, i)
                : CheckActOrDecision(recipient, i);
            if (finding is not null) yield return finding;
        }
    }

    private static Finding? CheckContract(ActivityRecipient recipient, int index)
    {
        var path = $"recipients[{index}].contract";
        if (recipient.Contract is null)
        {
            return Error(
                ru: $"Для уполномоченного лица {recipient.Code} не внесён договор; в договоре должны быть определены цели обработки персональных данных, перечень действий с ними, обязанности по соблюдению конфиденциальности и меры по обеспечению защиты персональных данных по ст. 17 (ст. 7 п. 1).",
                en: $"Authorized person {recipient.Code} has no contract recorded; the contract must state the purposes, the actions, the duty of confidentiality and the Art. 17 measures (Art. 7 p.1).",
                path);
        }

        var missing = new List<Term>();
        if (string.IsNullOrWhiteSpace(recipient.Contract.Number)) missing.Add(ContractNumber);
        missing.AddRange(MissingTerms(recipient.Contract));
        return missing.Count == 0
            ? null
            : Error(
                ru: $"В договоре с уполномоченным лицом {recipient.Code} не указано: {List(missing, t => t.Ru)} (ст. 7 п. 1).",
                en: $"The contract with authorized person {recipient.Code} is missing {List(missing, t => t.En)} (Art. 7 p.1).",
                path);
    }

    private static Finding? CheckActOrDecision(ActivityRecipient recipient, int index)
    {
        var legislation = recipient.Authority == AuthorityKind.Legislation;
        var missing = new List<Term>();
        if (string.IsNullOrWhiteSpace(recipient.DocumentReference)) missing.Add(legislation ? ActReference : DecisionReference);
        IReadOnlyList<Term> terms = recipient.Contract is null ? AllTerms : MissingTerms(recipient.Contract);
        missing.AddRange(terms);
        if (missing.Count == 0) return null;

        // A missing reference alone points at the reference; any missing term at the terms, as for a contract.
        var path = terms.Count == 0 ? $"recipients[{index}].documentReference" : $"recipients[{index}].contract";
        return Error(
            ru: $"Уполномоченное лицо {recipient.Code} действует на основании {(legislation ? "акта законодательства" : "решения государственного органа")}; в реестре не указано: {List(missing, t => t.Ru)}. В этом документе должны быть определены цели обработки персональных данных, перечень действий с ними, обязанности по соблюдению конфиденциальности и меры по обеспечению защиты персональных данных по ст. 17 (ст. 7 п. 1).",
            en: $"Authorized person {recipient.Code} acts under {(legislation ? "an act of legislation" : "a state body's decision")}; the register is missing {List(missing, t => t.En)}. That document must define the purposes, the actions, the duty of confidentiality and the Art. 17 measures (Art. 7 p.1).",
            path);
    }

    /// <summary>
    /// Something the document must contain, as each language lists it. The Russian is in the nominative, after «не указано:»,
    /// so a list of any length reads without case agreement.
    /// </summary>
    private sealed record Term(string Ru, string En);

    private static readonly Term ContractNumber = new("номер договора", "the contract number");

    private static readonly Term ActReference = new(
        "реквизиты акта (наименование, дата, номер и статья или пункт, которыми назначено уполномоченное лицо)",
        "the reference of the act (its name, date, number and the article or point that appoints the authorized person)");

    private static readonly Term DecisionReference = new(
        "реквизиты решения (государственный орган, дата и номер решения)",
        "the reference of the decision (the state body, its date and number)");

    // The four terms of ст. 7 п. 1, in the Law's words.
    private static readonly IReadOnlyList<Term> AllTerms =
    [
        new("цели обработки персональных данных", "the purposes of processing"),
        new("перечень действий с персональными данными", "the list of actions with the data"),
        new("обязанности по соблюдению конфиденциальности", "the duty of confidentiality"),
        new("меры по обеспечению защиты персональных данных по ст. 17", "the Art. 17 protection measures"),
    ];

    private static List<Term> MissingTerms(RecipientContract terms)
    {
        var missing = new List<Term>();
        if (string.IsNullOrWhiteSpace(terms.Purposes)) missing.Add(AllTerms[0]);
        if (terms.ActionCodes.Count == 0) missing.Add(AllTerms[1]);
        if (!terms.Confidentiality) missing.Add(AllTerms[2]);
        if (terms.MeasureCodes.Count == 0) missing.Add(AllTerms[3]);
        return missing;
    }

    private static string List(IEnumerable<Term> terms, Func<Term, string> text) => string.Join(", ", terms.Select(text));

    private static Finding Error(string ru, string en, string path) => new(Code, Severity.Error, new FindingMessage(ru, en), path);
}
