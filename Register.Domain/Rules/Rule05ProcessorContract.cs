using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 5 (error): an authorized person (processor) works under a contract that must define the purposes,
/// the list of actions, the confidentiality duty and the Art. 17 protection measures (Art. 7). The register
/// also wants the contract's number so the officer can produce it. One finding per recipient, listing every gap.
/// </summary>
public static class Rule05ProcessorContract
{
    public const string Code = "processor-contract";

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        for (var i = 0; i < a.Recipients.Count; i++)
        {
            var recipient = a.Recipients[i];
            if (recipient.Kind != RecipientKind.AuthorizedPerson) continue;

            var path = $"recipients[{i}].contract";
            if (recipient.Contract is null)
            {
                yield return new Finding(
                    Code,
                    Severity.Error,
                    $"Authorized person {recipient.Code} has no contract recorded; the contract must state the purposes, the actions, the duty of confidentiality and the Art. 17 measures (Art. 7).",
                    path);
                continue;
            }

            var missing = MissingTerms(recipient.Contract);
            if (missing.Count > 0)
                yield return new Finding(
                    Code,
                    Severity.Error,
                    $"The contract with authorized person {recipient.Code} is missing {string.Join(", ", missing)} (Art. 7).",
                    path);
        }
    }

    private static List<string> MissingTerms(RecipientContract contract)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(contract.Number)) missing.Add("the contract number");
        if (string.IsNullOrWhiteSpace(contract.Purposes)) missing.Add("the purposes of processing");
        if (contract.ActionCodes.Count == 0) missing.Add("the list of actions with the data");
        if (!contract.Confidentiality) missing.Add("the duty of confidentiality");
        if (contract.MeasureCodes.Count == 0) missing.Add("the Art. 17 protection measures");
        return missing;
    }
}
