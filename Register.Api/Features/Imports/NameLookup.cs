using System.Text.RegularExpressions;

namespace Register.Api.Features.Imports;

/// <summary>
/// What a cell may call a catalog entry or an enumeration value (its code, its names, the words a report writes for
/// it), mapped to its code. Matching ignores case and runs of whitespace. A name several entries share (two departments
/// called "Отдел кадров") finds the one the entry already names, when it names one of them; otherwise none: the cell
/// must use a code then.
/// </summary>
/// <param name="what">What the catalog holds, in English messages ("data category").</param>
/// <param name="whatRu">The same in Russian, in the genitive ("категории персональных данных"): «Категории … нет в справочнике».</param>
/// <param name="itRu">The Russian pronoun for one of them, by its gender ("её"): «укажите её код».</param>
internal sealed partial class NameLookup(string what, string whatRu, string itRu)
{
    private readonly Dictionary<string, List<string>> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _names = new(StringComparer.Ordinal);

    /// <summary>What the catalog holds, for messages ("data category").</summary>
    public string What => what;

    /// <summary>What the catalog holds, in Russian, in the genitive ("категории персональных данных").</summary>
    public string WhatRu => whatRu;

    /// <summary>The Russian pronoun for one of its entries ("его", "её").</summary>
    public string ItRu => itRu;

    public void Add(string code, params IEnumerable<string?> names)
    {
        foreach (var name in names.Prepend(code))
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            var key = Normalise(name);
            if (!_codes.TryGetValue(key, out var codes)) _codes[key] = codes = [];
            if (!codes.Contains(code, StringComparer.Ordinal)) codes.Add(code);
            if (!_names.TryGetValue(code, out var list)) _names[code] = list = [];
            if (!list.Contains(key, StringComparer.OrdinalIgnoreCase)) list.Add(key);
        }
    }

    /// <param name="text">What the cell says.</param>
    /// <param name="code">The entry it names.</param>
    /// <param name="preferred">The codes the entry holds now: among entries sharing the name, the one it already names.</param>
    public bool TryFind(string text, out string code, IReadOnlyCollection<string>? preferred = null)
    {
        code = "";
        if (!_codes.TryGetValue(Normalise(text), out var codes)) return false;
        var found = codes.Count == 1 ? codes[0] : codes.Where(c => preferred?.Contains(c) == true).Take(2).ToList() is [var only] ? only : null;
        if (found is null) return false;
        code = found;
        return true;
    }

    /// <summary>Whether several entries have this name.</summary>
    public bool IsShared(string text) => _codes.TryGetValue(Normalise(text), out var codes) && codes.Count > 1;

    /// <summary>Every way a cell may name the entry, longest first (to find it at the start of a line).</summary>
    public IEnumerable<string> NamesOf(string code) =>
        _names.TryGetValue(code, out var names) ? names.OrderByDescending(n => n.Length) : [];

    public static string Normalise(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
