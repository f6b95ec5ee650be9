namespace Register.Domain.Journals;

/// <summary>How a request reached the operator, and how it is answered (Law 99-З ст. 14 п. 1: in the same form).</summary>
public enum RequestForm
{
    Written,
    Electronic,
}

/// <summary>A subject's request from registration to its end.</summary>
public enum SubjectRequestStatus
{
    Received,
    InProgress,
    Answered,
    Refused,
    Withdrawn,
}

/// <summary>What happened to the data (the kinds the NPDPC's notification asks about).</summary>
public enum BreachKind
{
    UnauthorizedAccess,
    Disclosure,
    Loss,
    Alteration,
    Destruction,
    Unavailability,
    Other,
}

public enum BreachStatus
{
    Detected,
    Investigating,
    Notified,
    Closed,
}

public static class JournalStates
{
    /// <summary>Still waiting for an answer: its deadline runs.</summary>
    public static bool IsOpen(this SubjectRequestStatus status) => status is SubjectRequestStatus.Received or SubjectRequestStatus.InProgress;

    public static bool IsOpen(this BreachStatus status) => status != BreachStatus.Closed;
}

/// <summary>
/// How long the journals keep a subject's details (Minjust list No. 140 as the NPDPC quotes it: requests 1 year after the
/// answer, breach notifications 3 years); the register then depersonalises them itself.
/// </summary>
public static class JournalRetention
{
    /// <summary>Whether details kept since <paramref name="since"/> for <paramref name="retention"/> are due to go on <paramref name="today"/>.</summary>
    public static bool IsDue(DateOnly since, Register.Domain.Activities.IsoPeriod retention, DateOnly today) => today > retention.AddTo(since);
}
