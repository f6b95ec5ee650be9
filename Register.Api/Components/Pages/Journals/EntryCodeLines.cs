using Register.Api.Components.Shared;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Errors;

namespace Register.Api.Components.Pages.Journals;

/// <summary>
/// The register entries a journal form names, typed as codes one a line: a register may hold thousands of entries, too many
/// for a list to pick from, and people know their entries' codes. The codes become ids through the Activities operations
/// with the caller, so a department head can name only the entries it may see.
/// </summary>
public static class EntryCodeLines
{
    /// <summary>The field the operations' messages about a record's entries name, and the page's own messages too.</summary>
    public const string Field = "activityIds";

    /// <summary>The codes typed, each once, in the order typed; blank lines and spaces around a code do not count.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split('\n').Select(line => line.Trim()).Where(code => code.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The lines the field shows for entries already linked.</summary>
    public static string Lines(IEnumerable<ActivityLink> entries) => string.Join("\n", entries.Select(e => e.Code));

    /// <summary>
    /// The ids of the codes typed, with the linked entries the field could not show (<paramref name="unshown"/>: another
    /// department's or deleted since) carried over; or, when a code names no entry the caller may see, a refusal naming it.
    /// </summary>
    public static (IReadOnlyList<int> Ids, Problem? Refusal) Resolve(IReadOnlyList<string> codes, IReadOnlyList<ActivityLink> found, IEnumerable<int> unshown)
    {
        var byCode = found.ToDictionary(e => e.Code, e => e.Id, StringComparer.Ordinal);
        var unknown = codes.Where(code => !byCode.ContainsKey(code)).ToList();
        if (unknown.Count > 0)
        {
            var messages = unknown.Select(code => Ui.T(
                $"Записи реестра с кодом «{code}» нет или она вам недоступна.",
                $"There is no register entry with the code \"{code}\" that you may see.")).ToArray();
            return ([], Problem.From(new InvalidRequestException(new Dictionary<string, string[]> { [Field] = messages })));
        }
        return ([.. codes.Select(code => byCode[code]).Concat(unshown).Distinct()], null);
    }
}
