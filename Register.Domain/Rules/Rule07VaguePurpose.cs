using Register.Domain.Activities;

namespace Register.Domain.Rules;

/// <summary>
/// Rule 7 (warning): processing is limited to specific, declared purposes (Art. 4 p.4), and the NPDPC rejects catch-all
/// wording. A purpose is flagged when its text, compared case-insensitively (Cyrillic included) with runs of whitespace
/// folded to one space, contains one of <see cref="VaguePhrases"/>, or one of <see cref="ResearchPhrases"/> while the entry's
/// data is not all depersonalised.
/// </summary>
/// <remarks>
/// The NPDPC's lists. Clarifications of 03.12.2021 (as revised 24.04.2025), п. 12: «Не допускается указание абстрактных или
/// общих целей, которые не определяют пределы обработки и не позволяют субъекту персональных данных понять, для чего будут
/// обрабатываться его персональные данные. В частности, не соответствуют критерию конкретности следующие формулировки:
/// ”для совершенствования деятельности организации“; ”для разработки новых услуг“; ”в исследовательских целях“ (за
/// исключением случаев, когда речь идет об обработке обезличенных персональных данных); ”для обеспечения реализации
/// Устава“; ”для обеспечения соблюдения законодательства“.» Clarification No. 5-5/1565 of 17.09.2025, §4, п. 4 («Ограничение цели»): «Не
/// соответствуют требованиям Закона такие формулировки целей обработки персональных данных, как ”совершенствование
/// деятельности организации“, ”разработка новых услуг“, ”реализация устава“ и т.п.» Each phrase is listed in the case
/// forms a purpose uses; «уставных целей» is not among them, because ст. 8 п. 2 абз. 5 itself speaks of «уставных целей».
/// </remarks>
public static class Rule07VaguePurpose
{
    public const string Code = "vague-purpose";

    /// <summary>
    /// Lower-case phrases that make a purpose vague. Russian (with the case forms used in "в целях ..."), Belarusian and English:
    /// "improving activities" and its variants; "developing new services"; "implementing the charter"; "ensuring compliance with
    /// legislation"; "other/any other purposes"; open-ended lists ("etc.", "including but not limited to"), which leave the
    /// purpose undefined.
    /// </summary>
    public static readonly IReadOnlyList<string> VaguePhrases =
    [
        // Russian
        "совершенствование деятельности", "совершенствования деятельности",
        "улучшение деятельности", "улучшения деятельности",
        "разработка новых услуг", "разработки новых услуг", "разработке новых услуг", "разработку новых услуг", "разработкой новых услуг",
        "реализация устава", "реализации устава", "реализацию устава", "реализацией устава",
        "обеспечение соблюдения законодательства", "обеспечения соблюдения законодательства",
        "обеспечением соблюдения законодательства", "обеспечить соблюдение законодательства",
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
        "developing new services", "development of new services", "develop new services",
        "implementing the charter", "implementation of the charter", "implement the charter",
        "ensuring compliance with legislation", "ensure compliance with legislation",
        "ensuring compliance with the law", "ensure compliance with the law",
        "including but not limited to", "including, but not limited to", "etc.",
    ];

    /// <summary>
    /// «В исследовательских целях» and its English equivalent: vague unless the data is depersonalised (п. 12). Checked
    /// apart from <see cref="VaguePhrases"/> because the exception depends on the entry's data.
    /// </summary>
    public static readonly IReadOnlyList<string> ResearchPhrases =
    [
        "в исследовательских целях", "для исследовательских целей", "исследовательские цели",
        "for research purposes",
    ];

    public static IEnumerable<Finding> Check(ActivitySnapshot a, RuleContext ctx)
    {
        var depersonalised = a.HoldsOnlyDepersonalisedData;
        for (var i = 0; i < a.Purposes.Count; i++)
        {
            var phrase = FindVaguePhrase(a.Purposes[i].Text) ?? (depersonalised ? null : FindResearchPhrase(a.Purposes[i].Text));
            if (phrase is null) continue;

            yield return new Finding(
                Code,
                Severity.Warning,
                new FindingMessage(
                    ru: $"Цель обработки № {i + 1} сформулирована слишком общо («{phrase}»); по разъяснениям НЦЗПД каждая цель должна быть конкретной и заранее заявленной (ст. 4). Назовите конкретную цель.",
                    en: $"Purpose {i + 1} uses vague wording (\"{phrase}\"); the NPDPC expects each purpose to be specific and declared in advance (Art. 4). Name the concrete purpose instead."),
                $"purposes[{i}].text");
        }
    }

    /// <summary>The first vague phrase found in <paramref name="text"/>, or null.</summary>
    public static string? FindVaguePhrase(string? text) => Find(VaguePhrases, text);

    /// <summary>The first of <see cref="ResearchPhrases"/> found in <paramref name="text"/>, or null.</summary>
    public static string? FindResearchPhrase(string? text) => Find(ResearchPhrases, text);

    private static string? Find(IReadOnlyList<string> phrases, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = Normalize(text);
        return phrases.FirstOrDefault(phrase => normalized.Contains(phrase, StringComparison.Ordinal));
    }

    // ToLowerInvariant folds Cyrillic as well as Latin letters; no culture-specific rules are needed.
    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant();
}
