using System.Text;

namespace Register.Domain.Journals;

/// <summary>
/// The subject (the person whose data it is) as a request identifies them. When a representative asks,
/// this is the subject they act for, not the representative.
/// </summary>
/// <remarks>
/// Two identities are the same person when:
/// <list type="number">
/// <item>both have an identification number: the numbers are equal, ignoring case and whitespace. Names and
/// birth dates are then not compared, so a changed surname does not hide a repeat, and a namesake with another
/// number is someone else;</item>
/// <item>otherwise: both have a birth date, the dates are equal, and the full names are equal ignoring case,
/// with «ё» read as «е», runs of whitespace read as one space and leading and trailing whitespace ignored
/// (after Unicode NFC, so a decomposed «ё» or «й» matches the composed one).</item>
/// </list>
/// Without a number on both sides and a birth date on both sides, two requests are never taken for one
/// person: a wrong match would charge someone for information the Law makes free.
/// </remarks>
public sealed record PersonIdentity(string FullName, DateOnly? BirthDate, string? IdentificationNumber)
{
    public bool IsSamePersonAs(PersonIdentity other)
    {
        var number = NormalizedNumber(IdentificationNumber);
        var otherNumber = NormalizedNumber(other.IdentificationNumber);
        if (number is not null && otherNumber is not null)
            return string.Equals(number, otherNumber, StringComparison.OrdinalIgnoreCase);

        if (BirthDate is null || other.BirthDate is null || BirthDate != other.BirthDate) return false;

        var name = NormalizedName(FullName);
        return name.Length > 0 && string.Equals(name, NormalizedName(other.FullName), StringComparison.OrdinalIgnoreCase);
    }

    private static string? NormalizedNumber(string? number)
    {
        if (number is null) return null;
        var text = string.Concat(number.Where(c => !char.IsWhiteSpace(c)));
        return text.Length == 0 ? null : text;
    }

    private static string NormalizedName(string? name)
    {
        if (name is null) return "";
        var text = new StringBuilder(name.Length);
        foreach (var c in Composed(name))
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
            }
            else
            {
                text.Append(c switch { 'ё' => 'е', 'Ё' => 'Е', _ => c });
            }
        }
        return text.ToString().TrimEnd();
    }

    // Normalize throws on a lone surrogate; such a name is compared as typed rather than failing the request.
    private static string Composed(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }
}

/// <summary>A subject request as the Art. 12 rule needs it: its kind, the Minsk date it was received, whose data.</summary>
public sealed record ReceivedRequest(SubjectRequestKind Kind, DateOnly ReceivedOn, PersonIdentity Subject);

/// <summary>
/// Art. 12 p. 1: information about the provision of one's data to third parties is free «один раз в
/// календарный год». A second such request of the same person in one calendar year is no longer free; the
/// journal flags it (<c>repeatInCalendarYear</c>).
/// </summary>
public static class ThirdPartyDisclosureRequests
{
    /// <summary>
    /// True when <paramref name="request"/> asks for third-party disclosures and
    /// <paramref name="earlier"/> holds a request of the same kind, from the same person
    /// (<see cref="PersonIdentity.IsSamePersonAs"/>), received in the same calendar year on or before it.
    /// </summary>
    /// <param name="earlier">
    /// The requests registered before this one, without it (a request received the same day counts, since
    /// the caller says it came first). Which of them count is the caller's choice: leave out, say, one the
    /// subject withdrew if the operator does not treat it as the year's free request.
    /// </param>
    public static bool IsRepeatInCalendarYear(ReceivedRequest request, IEnumerable<ReceivedRequest> earlier) =>
        request.Kind == SubjectRequestKind.ThirdPartyDisclosures
        && earlier.Any(e =>
            e.Kind == SubjectRequestKind.ThirdPartyDisclosures
            && e.ReceivedOn.Year == request.ReceivedOn.Year
            && e.ReceivedOn <= request.ReceivedOn
            && e.Subject.IsSamePersonAs(request.Subject));
}
