using System.Globalization;
using System.Text.RegularExpressions;
using Register.Api.Features.Activities;
using Register.Api.Features.Reports;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Domain.Activities;

namespace Register.Api.Features.Imports;

/// <summary>
/// A retention rule read back from the words <see cref="ReportText.Retention"/> writes ("установленный срок: 30 дней",
/// "до наступления события: ...; далее ...") or from codes ("fixed: P30D"): the kind, then "; "-separated parts. The
/// part that reads as a period is the period; what comes before it is the event, what comes after it the reference.
/// Without a period the words cannot tell an event from a reference: they are the reference of a retention "as set
/// by legislation" and the event of any other kind.
/// </summary>
internal static partial class RetentionText
{
    public static bool TryParse(string text, NameLookup kinds, out RetentionRequest? retention, out string? error)
    {
        retention = null;
        error = null;
        if (text.Length == 0 || ReportLanguages.All.Any(lang => string.Equals(text, ReportText.NotRecorded.In(lang), StringComparison.OrdinalIgnoreCase))) return true;

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var kindText = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? "" : text[(colon + 2)..].Trim();
        if (!kinds.TryFind(kindText, out var kindCode))
        {
            var kindNames = Enum.GetValues<RetentionKind>().Select(k => ReportText.Label(k, ReportLanguages.Russian)).ToList();
            error = ForReader.Text(
                $"«{kindText}» — не вид срока хранения: укажите один из видов {string.Join(", ", kindNames.Select(k => $"«{k}»"))} (или его код).",
                $"'{kindText}' is not a kind of retention: write one of {string.Join(", ", kindNames.Select(k => $"'{k}'"))} (or its code).");
            return false;
        }
        var kind = KebabEnum.Parse<RetentionKind>(kindCode);

        var parts = rest.Length == 0 ? [] : rest.Split("; ");
        var at = Array.FindIndex(parts, p => Period(p) is not null);
        string? Join(IEnumerable<string> pieces) => string.Join("; ", pieces) is { Length: > 0 } joined ? joined : null;
        retention = at >= 0
            ? new RetentionRequest(kind, Period(parts[at]), Join(parts[..at]), Join(parts[(at + 1)..]))
            : kind == RetentionKind.PerLegislation
                ? new RetentionRequest(kind, null, null, Join(parts))
                : new RetentionRequest(kind, null, Join(parts), null);
        return true;
    }

    /// <summary>An ISO-8601 period ("P30D"), or one in the words the reports write ("30 дней", "1 год 6 месяцев", "30 days").</summary>
    public static string? Period(string text)
    {
        text = text.Trim();
        if (IsoPeriod.TryParse(text, out _)) return text;
        var match = Words().Match(text);
        if (!match.Success) return null;
        int years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0;
        foreach (Capture capture in match.Groups["part"].Captures)
        {
            var pieces = capture.Value.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
            if (!int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
            switch (Unit(pieces[1]))
            {
                case 'Y': years += n; break;
                case 'M': months += n; break;
                case 'W': weeks += n; break;
                case 'D': days += n; break;
                case 'h': hours += n; break;
                case 'm': minutes += n; break;
                case 's': seconds += n; break;
                default: return null;
            }
        }
        var period = new IsoPeriod(years, months, weeks, days, hours, minutes, seconds);
        return period.IsZero ? null : period.ToString();
    }

    private static char? Unit(string word) => word.ToLowerInvariant() switch
    {
        "год" or "года" or "лет" or "year" or "years" => 'Y',
        "месяц" or "месяца" or "месяцев" or "month" or "months" => 'M',
        "неделя" or "недели" or "недель" or "week" or "weeks" => 'W',
        "день" or "дня" or "дней" or "day" or "days" => 'D',
        "час" or "часа" or "часов" or "hour" or "hours" => 'h',
        "минута" or "минуты" or "минут" or "minute" or "minutes" => 'm',
        "секунда" or "секунды" or "секунд" or "second" or "seconds" => 's',
        _ => null,
    };

    [GeneratedRegex(@"^(?<part>\s*\d{1,6}\s+\p{L}+)+\s*$")]
    private static partial Regex Words();
}
