using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 7 (warning): processing is limited to specific, declared purposes (Art. 4), and the NPDPC rejects
/// catch-all wording. A purpose is flagged when its text, compared case-insensitively (Cyrillic included)
/// with runs of whitespace folded to one space, contains one of <see cref="VaguePhrases"/>.
/// </summary>
public static class Rule07VaguePurpose
{
    public const string Code = "vague-purpose";

    /// <summary>
    /// Lower-case phrases that make a purpose vague. Russian (with the case forms used in "в целях ..."),
    /// Belarusian and English:
    /// "improving activities" and its variants (the NPDPC's own example); "other/any other purposes";
    /// open-ended lists ("etc.", "including but not limited to"), which leave the purpose undefined.
    /// </summary>
    public static readonly IReadOnlyList<string> VaguePhrases =
    [
        // Russian
        "совершенствование деятельности", "совершенствования деятельности",
        "улучшение деятельности", "улучшения деятельности",
        "иные цели", "иных целях", "иных целей",
        "иные законные цели", "иных законных целях", "иных законных целей",
        "прочие цели", "прочих целях", "прочих целей",
        "другие цели", "других целях", "других целей",
        "и т.д.", "и т. д.", "и т.п.", "и т. п.",
        "в том числе, но не ограничиваясь", "включая, но не ограничиваясь",
        // Belarusian
        "удасканаленне дзейнасці", "удасканалення дзейнасці",
        "іншыя мэты", "іншых мэтах", "іншых мэт",
        // English
        "other purposes", "other lawful purposes", "any other purpose",
        "improving activities", "improvement of activities", "improving our activities",
        "including but not limited to", "including, but not limited to", "etc.",
    ];

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        for (var i = 0; i < a.Purposes.Count; i++)
        {
            var phrase = FindVaguePhrase(a.Purposes[i].Text);
            if (phrase is null) continue;

            yield return new Finding(
                Code,
                Severity.Warning,
                $"Purpose {i + 1} uses vague wording (\"{phrase}\"); the NPDPC expects each purpose to be specific and declared in advance (Art. 4). Name the concrete purpose instead.",
                $"purposes[{i}].text");
        }
    }

    /// <summary>The first vague phrase found in <paramref name="text"/>, or null.</summary>
    public static string? FindVaguePhrase(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = Normalize(text);
        return VaguePhrases.FirstOrDefault(phrase => normalized.Contains(phrase, StringComparison.Ordinal));
    }

    // ToLowerInvariant folds Cyrillic as well as Latin letters; no culture-specific rules are needed.
    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant();
}
