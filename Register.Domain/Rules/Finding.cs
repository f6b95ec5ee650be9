namespace Register.Domain.Rules;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// What the register tells the officer about an entry. <see cref="Rule"/> is a stable code
/// (e.g. <c>special-data-basis</c>) that clients may key on; <see cref="Message"/> is for people, in both of the
/// interface's languages. <see cref="Path"/> points at the field concerned when there is one (e.g. <c>purposes[1].legalBasisCodes</c>).
/// </summary>
public sealed record Finding(string Rule, Severity Severity, FindingMessage Message, string? Path = null);

/// <summary>
/// A finding's message in Russian and in English, each with the entry's specifics (purpose numbers, codes, dates). The officer
/// reads the interface in Russian; the API's <c>message</c> has always been English and clients rely on it. Both are
/// constructor arguments, so a rule cannot produce a finding that either language would show blank.
/// </summary>
public sealed record FindingMessage
{
    public FindingMessage(string ru, string en)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ru);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        Ru = ru;
        En = en;
    }

    /// <summary>In the Law's own terms («цель обработки», «правовое основание»), citing it as «ст. 8 п. 2».</summary>
    public string Ru { get; }

    public string En { get; }
}
