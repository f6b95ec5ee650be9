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
                $"Authorized person {recipient.Code} has no contract recorded; the contract must state the purposes, the actions, the duty of confidentiality and the Art. 17 measures (Art. 7 p.1).",
                path);
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(recipient.Contract.Number)) missing.Add("the contract number");
        missing.AddRange(MissingTerms(recipient.Contract));
        return missing.Count == 0
            ? null
            : Error($"The contract with authorized person {recipient.Code} is missing {string.Join(", ", missing)} (Art. 7 p.1).", path);
    }

    private static Finding? CheckActOrDecision(ActivityRecipient recipient, int index)
    {
        var document = recipient.Authority == AuthorityKind.Legislation ? "an act of legislation" : "a state body's decision";
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(recipient.DocumentReference))
            missing.Add(recipient.Authority == AuthorityKind.Legislation
                ? "the reference of the act (its name, date, number and the article or point that appoints the authorized person)"
                : "the reference of the decision (the state body, its date and number)");
        IReadOnlyList<string> terms = recipient.Contract is null ? AllTerms : MissingTerms(recipient.Contract);
        missing.AddRange(terms);
        if (missing.Count == 0) return null;

        // A missing reference alone points at the reference; any missing term at the terms, as for a contract.
        var path = terms.Count == 0 ? $"recipients[{index}].documentReference" : $"recipients[{index}].contract";
        return Error(
            $"Authorized person {recipient.Code} acts under {document}; the register is missing {string.Join(", ", missing)}. That document must define the purposes, the actions, the duty of confidentiality and the Art. 17 measures (Art. 7 p.1).",
            path);
    }

    private static readonly IReadOnlyList<string> AllTerms =
        ["the purposes of processing", "the list of actions with the data", "the duty of confidentiality", "the Art. 17 protection measures"];

    private static List<string> MissingTerms(RecipientContract terms)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(terms.Purposes)) missing.Add(AllTerms[0]);
        if (terms.ActionCodes.Count == 0) missing.Add(AllTerms[1]);
        if (!terms.Confidentiality) missing.Add(AllTerms[2]);
        if (terms.MeasureCodes.Count == 0) missing.Add(AllTerms[3]);
        return missing;
    }

    private static Finding Error(string message, string path) => new(Code, Severity.Error, message, path);
}
