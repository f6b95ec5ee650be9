using System.Globalization;
using Register.Api.Components.Shared;
using Register.Api.Features.Calendar;
using Register.Domain.Journals;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Calendar;

/// <summary>
/// A year of the calendar as the edit form posts it: the three lists as typed lines, whether the year is confirmed, its
/// source. It becomes the operation's request, and the operation's messages come back keyed by the list they are about,
/// each with its line.
/// </summary>
public sealed class CalendarEditForm
{
    public const string HolidaysField = "holidays";
    public const string DaysOffField = "transferredDaysOff";
    public const string WorkingDaysField = "transferredWorkingDays";
    public const string SourceField = "source";
    public const string ConfirmedField = "confirmed";

    public int Version { get; set; }

    /// <summary>Set by "save mine over theirs" after someone saved first: the version the officer has now seen.</summary>
    public int? Overwrite { get; set; }

    public string? Holidays { get; set; }
    public string? DaysOff { get; set; }
    public string? WorkingDays { get; set; }
    public bool Confirmed { get; set; }
    public string? Source { get; set; }

    public static CalendarEditForm From(CalendarYearResponse year) => new()
    {
        Version = year.Version,
        Holidays = CalendarLines.Format(year.Holidays),
        DaysOff = CalendarLines.Format(year.TransferredDaysOff),
        WorkingDays = CalendarLines.Format(year.TransferredWorkingDays),
        Confirmed = year.Confirmed,
        // The computed year's source says it was computed; it is not the officer's source.
        Source = year.Stored ? year.Source : null,
    };

    /// <summary>
    /// The request, or the lines that are not a day (a problem keyed by its list) when some are. <paramref name="current"/>
    /// is the year as it was, whose holidays lend their English names to the same dates.
    /// </summary>
    public (CalendarYearRequest? Request, Parsed Lines) Read(CalendarYearResponse current)
    {
        var lines = new Parsed(CalendarLines.Holidays(Holidays, current.Holidays), CalendarLines.Dates(DaysOff), CalendarLines.Dates(WorkingDays));
        if (lines.Problems.Count > 0) return (null, lines);
        var source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim();
        return (new CalendarYearRequest(lines.Holidays.Items, lines.DaysOff.Items, lines.WorkingDays.Items, Confirmed, source), lines);
    }

    public sealed record Parsed(CalendarLines.Parsed<Holiday> Holidays, CalendarLines.Parsed<DateOnly> DaysOff, CalendarLines.Parsed<DateOnly> WorkingDays)
    {
        public IReadOnlyDictionary<string, string[]> Problems => new[]
            {
                (HolidaysField, Holidays.Problems), (DaysOffField, DaysOff.Problems), (WorkingDaysField, WorkingDays.Problems),
            }
            .Where(p => p.Item2.Count > 0)
            .ToDictionary(p => p.Item1, p => p.Item2.ToArray(), StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The operation's messages by the form's fields: <c>holidays[3].names.ru</c> goes beside the holidays as
        /// «Строка 5: …» (the line the fourth holiday was typed on); a message about no field of the form keeps its key.
        /// </summary>
        public Dictionary<string, string[]> ByField(IReadOnlyDictionary<string, string[]> errors)
        {
            var byField = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, messages) in errors)
            {
                var (field, line) = Place(key);
                var list = byField.TryGetValue(field, out var known) ? known : byField[field] = [];
                list.AddRange(messages.Select(m => line is null ? m : T($"Строка {line}: {m}", $"Line {line}: {m}")));
            }
            return byField.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        }

        private (string Field, int? Line) Place(string key)
        {
            var open = key.IndexOf('[', StringComparison.Ordinal);
            var list = open < 0 ? key.Split('.')[0] : key[..open];
            IReadOnlyList<int>? lines = list.ToLowerInvariant() switch
            {
                "holidays" => Holidays.Lines,
                "transferreddaysoff" => DaysOff.Lines,
                "transferredworkingdays" => WorkingDays.Lines,
                _ => null,
            };
            if (lines is null) return (key, null);
            var close = key.IndexOf(']', StringComparison.Ordinal);
            var index = open >= 0 && close > open && int.TryParse(key[(open + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
            var field = lines == Holidays.Lines ? HolidaysField : lines == DaysOff.Lines ? DaysOffField : WorkingDaysField;
            return (field, index >= 0 && index < lines.Count ? lines[index] : null);
        }

    }
}
