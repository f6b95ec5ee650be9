namespace Register.Domain.Rules;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// What the register tells the officer about an entry. <see cref="Rule"/> is a stable code
/// (e.g. <c>special-data-basis</c>) that clients may key on; <see cref="Message"/> is for people.
/// <see cref="Path"/> points at the field concerned when there is one (e.g. <c>purposes[1].legalBasisCodes</c>).
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string Message, string? Path = null);
