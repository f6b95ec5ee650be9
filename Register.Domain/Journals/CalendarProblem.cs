using System.Globalization;

namespace Register.Domain.Journals;

/// <summary>
/// Something wrong with a calendar year as entered. <see cref="Path"/> names the field in the contract's
/// camelCase (<c>transferredWorkingDays[1]</c>), so the API can answer with its usual field → messages
/// problem. The message comes in both of the interface's languages, like a finding's: the officer reads
/// Russian beside the field, the API answers in English, which its clients have always received.
/// </summary>
public sealed record CalendarProblem
{
    public CalendarProblem(string path, string ru, string en)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ru);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        Path = path;
        Ru = ru;
        En = en;
    }

    public string Path { get; }

    /// <summary>Dates as the officer writes them (ДД.ММ.ГГГГ), places named by list and line, not by JSON path.</summary>
    public string Ru { get; }

    public string En { get; }

    private static readonly string[] Weekdays = ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"];

    internal static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    internal static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    /// <summary>
    /// Where else a date is listed, as the list's name: <c>transferredDaysOff[0]</c> is «перенесённые выходные дни». No
    /// position: the interface shows each list as lines the officer types, blank ones included, so an index would mislead.
    /// </summary>
    internal static string Place(string path) => path[..Math.Max(0, path.IndexOf('[', StringComparison.Ordinal))] switch
    {
        "holidays" => "«праздничные дни»",
        "transferredDaysOff" => "«перенесённые выходные дни»",
        "transferredWorkingDays" => "«перенесённые рабочие дни»",
        _ => path,
    };
}
