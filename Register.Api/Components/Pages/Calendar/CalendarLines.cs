using System.Globalization;
using System.Text.RegularExpressions;
using Register.Domain.Journals;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Calendar;

/// <summary>
/// A calendar list as the officer types it: one day a line, «ДД.ММ.ГГГГ — название» for a holiday and the date alone for
/// a transferred day. Text areas rather than rows to add and remove: they work without script, can be pasted from the
/// resolution, and a refused save gives back exactly what was typed. Each item remembers its line, so the operation's
/// message about <c>transferredDaysOff[1]</c> is shown as «Строка 3: …» beside its list.
/// </summary>
public static partial class CalendarLines
{
    public sealed record Parsed<TItem>(IReadOnlyList<TItem> Items, IReadOnlyList<int> Lines, IReadOnlyList<string> Problems);

    // ISO dates are taken too: the API's own format, and what a copy from the JSON gives.
    private static readonly string[] DateFormats = ["d.M.yyyy", "yyyy-M-d"];

    [GeneratedRegex(@"^(?<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2})(?<rest>.*)$")]
    private static partial Regex DatedLine();

    public static string Format(IEnumerable<Holiday> holidays) => string.Join("\n", holidays.Select(h => $"{Date(h.Date)} — {h.Names.Ru}"));

    public static string Format(IEnumerable<DateOnly> dates) => string.Join("\n", dates.Select(d => Date(d)));

    /// <summary>Holidays by line; an English name is kept from <paramref name="known"/> (the year as it was) for the same date.</summary>
    public static Parsed<Holiday> Holidays(string? text, IReadOnlyList<Holiday> known) => Parse<Holiday>(text, (date, rest, line) =>
    {
        var name = rest.TrimStart(' ', '\t', '—', '–', '-', ':').Trim();
        if (name.Length == 0)
        {
            return ((Holiday?)null, T($"Строка {line}: после даты напишите название праздника через тире, например «07.01.2027 — Рождество Христово».",
                $"Line {line}: after the date, write the holiday's name after a dash, e.g. \"07.01.2027 — Christmas\"."));
        }
        return (new Holiday(date, new HolidayNames(name, known.FirstOrDefault(k => k.Date == date)?.Names.En)), (string?)null);
    });

    public static Parsed<DateOnly> Dates(string? text) => Parse<DateOnly>(text, (date, rest, line) => rest.Trim().Length == 0
        ? (date, (string?)null)
        : (default, T($"Строка {line}: в этом списке только дата (ДД.ММ.ГГГГ), по одной на строку.", $"Line {line}: this list takes a date alone (DD.MM.YYYY), one a line.")));

    private static Parsed<TItem> Parse<TItem>(string? text, Func<DateOnly, string, int, (TItem? Item, string? Problem)> read)
    {
        var items = new List<TItem>();
        var lines = new List<int>();
        var problems = new List<string>();
        var all = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i].Trim();
            if (line.Length == 0) continue;
            var match = DatedLine().Match(line);
            if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(T($"Строка {i + 1}: «{line}» — в начале строки нужна существующая дата ДД.ММ.ГГГГ, например 16.01.2027.",
                    $"Line {i + 1}: \"{line}\" must start with a real date, DD.MM.YYYY, e.g. 16.01.2027."));
                continue;
            }
            var (item, problem) = read(date, match.Groups["rest"].Value, i + 1);
            if (problem is not null) problems.Add(problem);
            else
            {
                items.Add(item!);
                lines.Add(i + 1);
            }
        }
        return new Parsed<TItem>(items, lines, problems);
    }
}
