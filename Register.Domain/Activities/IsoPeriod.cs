using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Register.Domain.Activities;

/// <summary>
/// An ISO-8601 duration as the register uses it for fixed retention periods (P30D, P1Y, P1M, P5Y, P1Y6M,
/// PT12H). Calendar units are kept as written: a month is not a fixed number of days, so comparisons
/// ("positive", "at most 100 years") go through <see cref="ApproximateTotalDays"/>.
/// </summary>
/// <remarks>
/// Accepted: <c>P[nY][nM][nW][nD][T[nH][nM][nS]]</c> with at least one component, whole non-negative numbers
/// (ASCII digits), upper-case designators, no spaces. Rejected (the officer should write a plain period):
/// free text ("30 days"), "P" and "PT" with nothing after them, a trailing "T", negative durations ("-P1D"),
/// fractions ("P1.5Y": write P1Y6M), lower case ("p30d"), and numbers that overflow an <see cref="int"/>.
/// "P0D" parses but <see cref="IsZero"/>, which the retention rule rejects as not positive.
/// </remarks>
public readonly partial record struct IsoPeriod(int Years, int Months, int Weeks, int Days, int Hours, int Minutes, int Seconds)
{
    // Average lengths in the Gregorian calendar: 400 years hold 146,097 days.
    private const double DaysPerYear = 365.2425;
    private const double DaysPerMonth = DaysPerYear / 12;

    public bool IsZero => this == default;

    /// <summary>An approximate length in days, averaging years and months; fine for bounds, not for date arithmetic.</summary>
    public double ApproximateTotalDays =>
        Years * DaysPerYear + Months * DaysPerMonth + Weeks * 7.0 + Days
        + Hours / 24.0 + Minutes / 1440.0 + Seconds / 86400.0;

    /// <summary>True when the period is longer than <paramref name="years"/> average years (P100Y itself is not longer than 100).</summary>
    public bool IsLongerThanYears(int years) => ApproximateTotalDays > years * DaysPerYear;

    /// <summary>The day the period ends when it starts on <paramref name="date"/> (calendar arithmetic; the time part counts whole days).</summary>
    public DateOnly AddTo(DateOnly date) =>
        date.AddYears(Years).AddMonths(Months).AddDays(Weeks * 7 + Days + (Hours * 3600 + Minutes * 60 + Seconds) / 86400);

    public static bool TryParse(string? text, out IsoPeriod period)
    {
        period = default;
        if (text is null) return false;

        var match = Pattern().Match(text);
        if (!match.Success) return false;

        int[] parts = new int[7];
        for (var i = 0; i < parts.Length; i++)
        {
            var group = match.Groups[i + 1];
            if (group.Success && !int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
                return false;
        }

        period = new IsoPeriod(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
        return true;
    }

    /// <summary>The canonical form: zero components dropped, "P0D" for a zero period (P1Y0M → P1Y).</summary>
    public override string ToString()
    {
        if (IsZero) return "P0D";

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Weeks, 'W');
        Append(text, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            Append(text, Seconds, 'S');
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, char designator)
    {
        if (value != 0) text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
    }

    // \z rather than $, which would let a trailing newline through; (?!\z) rejects a bare "P";
    // T(?=[0-9]) rejects "PT" and a trailing "T"; [0-9] rather than \d, which also matches non-ASCII digits.
    [GeneratedRegex(
        @"^P(?!\z)(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
