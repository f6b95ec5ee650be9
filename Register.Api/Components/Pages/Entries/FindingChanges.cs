using System.Text.Json;
using Register.Api.Components.Shared;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Http;
using Register.Domain.Rules;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Entries;

/// <summary>
/// How a version changed the entry's findings, whole: how many errors and warnings before and after, then each finding that
/// appeared or went away with its rule and its message in the page's language. The diff compares findings by list position,
/// so one finding fewer shifts every later one; comparing the two versions' findings as sets says what really changed.
/// </summary>
public static class FindingChanges
{
    public static IReadOnlyList<ChangeRow> Rows(IReadOnlyList<FindingResponse> before, IReadOnlyList<FindingResponse> after)
    {
        var rows = new List<ChangeRow> { ChangeRow.Of(T("Замечания", "Findings"), new(Count(before)), new(Count(after))) };
        rows.AddRange(Without(before, after).Select(f => ChangeRow.Of(Field(f), new(Message(f)), null) with { NoAfter = T("(устранено)", "(resolved)") }));
        rows.AddRange(Without(after, before).Select(f => ChangeRow.Of(Field(f), null, new(Message(f)))));
        return rows;
    }

    /// <summary>The findings a version saved with it (its <c>activity.findings</c>); none when it has none.</summary>
    public static IReadOnlyList<FindingResponse> Of(JsonElement activity) =>
        activity.ValueKind == JsonValueKind.Object && activity.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array
            ? findings.Deserialize<List<FindingResponse>>(RegisterJson.Options) ?? []
            : [];

    /// <summary>"2 ошибки, 1 предупреждение", or "нет".</summary>
    public static string Count(IReadOnlyList<FindingResponse> findings)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        var parts = new List<string>();
        if (errors > 0) parts.Add(Counted(errors, T("ошибка", "error"), T("ошибки", "errors"), T("ошибок", "errors")));
        if (warnings > 0) parts.Add(Counted(warnings, T("предупреждение", "warning"), T("предупреждения", "warnings"), T("предупреждений", "warnings")));
        return parts.Count == 0 ? T("нет", "none") : string.Join(", ", parts);
    }

    /// <summary>The findings of <paramref name="these"/> that <paramref name="others"/> lacks, counting repeats; errors first.</summary>
    private static IEnumerable<FindingResponse> Without(IReadOnlyList<FindingResponse> these, IReadOnlyList<FindingResponse> others)
    {
        var left = others.GroupBy(Identity).ToDictionary(g => g.Key, g => g.Count());
        foreach (var finding in these.OrderBy(f => f.Severity))
        {
            if (left.TryGetValue(Identity(finding), out var count) && count > 0) left[Identity(finding)] = count - 1;
            else yield return finding;
        }
    }

    // The English message carries the finding's specifics (which purpose, which code), so with the rule and field it tells findings apart.
    private static (string, string?, string) Identity(FindingResponse finding) => (finding.Rule, finding.Path, finding.Message);

    private static string Field(FindingResponse finding) =>
        $"{T("Замечание", "Finding")} ({Labels.Severity(finding.Severity)}): {RuleGuide.For(finding.Rule).Name}";

    // Versions saved before findings carried their Russian text have only the English message.
    private static string Message(FindingResponse finding) => finding.Messages?.In(Language) ?? finding.Message;

    private static string Counted(int n, string one, string few, string many)
    {
        var word = English ? (n == 1 ? one : many)
            : n % 10 == 1 && n % 100 != 11 ? one
            : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? few
            : many;
        return $"{n} {word}";
    }
}
