namespace Register.Domain;

/// <summary>Russian nouns after a number take one of three forms, chosen by the number's last two digits.</summary>
public static class RussianNumbers
{
    /// <summary>
    /// The form of the noun after <paramref name="n"/> in the nominative (and the accusative of inanimate nouns):
    /// 1, 21, 101 take <paramref name="one"/> («год»); 2–4, 22–24 take <paramref name="few"/> («года»); 0, 5–20, 25–30 and
    /// 11–14 of every hundred take <paramref name="many"/> («лет»).
    /// </summary>
    public static string Plural(int n, string one, string few, string many)
    {
        var lastTwo = Math.Abs(n) % 100;
        if (lastTwo is >= 11 and <= 14) return many;
        return (lastTwo % 10) switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }

    /// <summary>The number and its noun: «12 месяцев», «101 год».</summary>
    public static string Count(int n, string one, string few, string many) =>
        $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Plural(n, one, few, many)}";
}
