using System.Globalization;
using System.Text;

namespace Register.Domain.Activities;

/// <summary>
/// A register entry's code proposed from its title, so that a draft needs only a title and a department: the title
/// transliterated to Latin (Russian and Belarusian letters), in kebab case, as the contract's codes are
/// (<c>^[a-z0-9][a-z0-9.-]{0,63}$</c>). «Учёт посетителей (журнал)» becomes <c>uchet-posetiteley-zhurnal</c>.
/// </summary>
public static class EntryCodes
{
    public const int MaxLength = 64;

    // Room for a suffix ("-999") that makes a proposal unique among codes already taken.
    private const int StemLength = MaxLength - 4;

    private const string Fallback = "entry";

    // A practical Latin spelling officers read at a glance (й → y, х → kh, ц → ts, щ → shch, ю → yu, я → ya), not a
    // standard's diacritics: a code must stay ASCII. Belarusian і and ў read as i and u.
    private static readonly Dictionary<char, string> Latin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya", ['і'] = "i", ['ў'] = "u",
    };

    /// <summary>The code the title suggests: at most <see cref="MaxLength"/> minus room for a suffix, cut at a word.</summary>
    public static string FromTitle(string title)
    {
        var latin = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture))
        {
            if (Latin.TryGetValue(c, out var letters)) latin.Append(letters);
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9') latin.Append(c);
            else latin.Append('-');
        }
        var words = latin.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var stem = new StringBuilder();
        foreach (var word in words)
        {
            var next = stem.Length == 0 ? word.Length : stem.Length + 1 + word.Length;
            if (next > StemLength)
            {
                if (stem.Length == 0) stem.Append(word[..StemLength]);
                break;
            }
            if (stem.Length > 0) stem.Append('-');
            stem.Append(word);
        }
        return stem.Length == 0 ? Fallback : stem.ToString();
    }

    /// <summary>The proposal, or the first of <c>proposal-2</c>, <c>proposal-3</c>... that <paramref name="taken"/> does not hold.</summary>
    public static string Unique(string proposal, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(proposal)) return proposal;
        for (var n = 2; ; n++)
        {
            var candidate = $"{proposal}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!taken.Contains(candidate)) return candidate;
        }
    }
}
