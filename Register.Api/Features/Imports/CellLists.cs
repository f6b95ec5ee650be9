using System.Text.RegularExpressions;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Imports;

/// <summary>
/// Lists inside a cell: one item a line, and on a line items separated by "; " (or ", " where the report writes that).
/// Names may themselves hold the separator ("Фамилия, собственное имя, отчество"), so a line is matched against the
/// catalog greedily: the longest run of pieces that names an entry, then the next.
/// </summary>
internal static partial class CellLists
{
    public static IReadOnlyList<string> Lines(string cell) =>
        cell.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>The codes a line names; stops at the first piece that names nothing and returns the rest as unmatched.</summary>
    public static (List<string> Codes, string? Unmatched) Match(string line, NameLookup lookup, Regex separator, IReadOnlyCollection<string>? preferred = null,
        Func<string, string>? clean = null)
    {
        // Split with the separator captured: pieces at even indexes, separators between them, so a run rejoins exactly.
        var parts = separator.Split(line);
        var codes = new List<string>();
        var i = 0;
        while (i < parts.Length)
        {
            var found = false;
            for (var j = parts.Length - 1; j >= i; j -= 2)
            {
                var candidate = string.Concat(parts[i..(j + 1)]).Trim();
                if (lookup.TryFind(clean is null ? candidate : clean(candidate), out var code, preferred))
                {
                    codes.Add(code);
                    i = j + 2;
                    found = true;
                    break;
                }
            }
            if (!found) return (codes, string.Concat(parts[i..]).Trim());
        }
        return (codes, null);
    }

    /// <summary>The longest run of pieces from <paramref name="start"/> that names an entry, and where the next piece starts.</summary>
    public static (string? Code, int Next) MatchFirst(string[] parts, int start, NameLookup lookup, IReadOnlyCollection<string>? preferred = null)
    {
        for (var j = parts.Length - 1; j >= start; j -= 2)
        {
            if (lookup.TryFind(string.Concat(parts[start..(j + 1)]).Trim(), out var code, preferred)) return (code, j + 2);
        }
        return (null, start);
    }

    public static string Unknown(NameLookup lookup, string value) =>
        lookup.IsShared(value)
            ? ForReader.Text($"В справочнике несколько записей с наименованием «{value}»: укажите код.",
                $"More than one {lookup.What} is called '{value}': write its code.")
            : ForReader.Text($"{char.ToUpperInvariant(lookup.WhatRu[0])}{lookup.WhatRu[1..]} «{value}» нет в справочнике: укажите {lookup.ItRu} код или наименование, как в справочнике.",
                $"No {lookup.What} is called '{value}': write its code or its name as the catalog has it.");

    /// <summary>Items on a line separated by "; ".</summary>
    [GeneratedRegex("(;\\s+)")]
    public static partial Regex Semicolons();

    /// <summary>Items on a line separated by "; " or ", " (processing actions, as the report writes them).</summary>
    [GeneratedRegex("(;\\s+|,\\s+)")]
    public static partial Regex SemicolonsOrCommas();

    /// <summary>"1. text": a numbered line.</summary>
    [GeneratedRegex(@"^(\d{1,3})\.(?:\s+|$)(.*)$", RegexOptions.Singleline)]
    public static partial Regex Numbered();

    /// <summary>
    /// Items of a cell, numbered or not: when its first line starts "1. ", each numbered line starts an item and other
    /// lines continue it (a purpose may take several lines); otherwise each line is an item, numbered in order.
    /// </summary>
    public static IReadOnlyList<(int Number, string Text)> NumberedItems(string cell)
    {
        var lines = Lines(cell);
        var items = new List<(int Number, string Text)>();
        var numbered = lines.Count > 0 && Numbered().IsMatch(lines[0]);
        foreach (var line in lines)
        {
            if (!numbered)
            {
                items.Add((items.Count + 1, line));
                continue;
            }
            var match = Numbered().Match(line);
            if (match.Success) items.Add((int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value.Trim()));
            else items[^1] = (items[^1].Number, items[^1].Text + "\n" + line);
        }
        return items;
    }
}
