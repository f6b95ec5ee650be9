namespace Register.Domain.Journals;

/// <summary>
/// The kinds of subject request the journal keeps. The contract writes them in kebab case
/// (<c>consent-withdrawal</c>, <c>third-party-disclosures</c>, ...).
/// </summary>
public enum SubjectRequestKind
{
    /// <summary>Withdrawal of consent (Art. 10).</summary>
    ConsentWithdrawal,
    /// <summary>Information about the processing of one's data (Art. 11 p. 1-2).</summary>
    Information,
    /// <summary>Change (correction) of one's data (Art. 11 p. 3-4).</summary>
    Correction,
    /// <summary>Information about provision of one's data to third parties (Art. 12).</summary>
    ThirdPartyDisclosures,
    /// <summary>Stop processing and/or delete one's data (Art. 13).</summary>
    StopProcessing,
    /// <summary>Anything else about the processing of one's data.</summary>
    Other,
}

/// <summary>
/// A legal period: how many days of which kind, and the citation shown with the deadline
/// (<see cref="Basis"/>, Law 99-З unless it names another act). <see cref="Note"/> says where it comes from.
/// </summary>
public sealed record DeadlineRule(int Days, DayKind Kind, string Basis, string Note)
{
    /// <summary>The deadline of this period for an event on <paramref name="eventDate"/> (a Minsk date).</summary>
    public Deadline From(DateOnly eventDate, WorkingCalendar calendar) => calendar.DeadlineFrom(eventDate, Days, Kind, Basis);
}

/// <summary>
/// The periods of the internal-control journals, as law-99z.md ("Deadlines") gives them. Each runs from the
/// day after the event: the receipt of the request, or the day the operator learned of the breach.
/// </summary>
public static class DeadlineRules
{
    public static readonly DeadlineRule ConsentWithdrawal = new(15, DayKind.Calendar, "ст. 10 п. 2",
        "Law 99-З Art. 10 p. 2: stop processing, delete (or block) the data and notify the subject «в пятнадцатидневный срок после получения заявления».");

    public static readonly DeadlineRule Information = new(5, DayKind.Working, "ст. 11 п. 2",
        "Law 99-З Art. 11 p. 2: «в течение пяти рабочих дней… если иной срок не установлен законодательными актами»; free of charge.");

    public static readonly DeadlineRule Correction = new(15, DayKind.Calendar, "ст. 11 п. 4",
        "Law 99-З Art. 11 p. 4: change the data «в пятнадцатидневный срок».");

    public static readonly DeadlineRule ThirdPartyDisclosures = new(15, DayKind.Calendar, "ст. 12 п. 2",
        "Law 99-З Art. 12 p. 2: «в пятнадцатидневный срок»; free «один раз в календарный год» (p. 1).");

    public static readonly DeadlineRule StopProcessing = new(15, DayKind.Calendar, "ст. 13 п. 2",
        "Law 99-З Art. 13 p. 2: 15 days; a refusal is notified to the subject within the same 15 days (p. 3).");

    /// <summary>
    /// Law 99-З sets no period for other requests. They fall under the general term for written appeals,
    /// which the copy of Law No. 300-З we could read puts in Art. 17 p. 3 (p. 1 there is about when periods
    /// start): see <see cref="DeadlineRule.Note"/>.
    /// </summary>
    public static readonly DeadlineRule Other = new(15, DayKind.Calendar, "ст. 17 п. 3 Закона № 300-З",
        "Law 99-З sets no period for other requests; the general term for written appeals applies: Law No. 300-З " +
        "of 18.07.2011 «Об обращениях граждан и юридических лиц», Art. 17 p. 3: «Письменные обращения должны быть " +
        "рассмотрены не позднее пятнадцати дней, а обращения, требующие дополнительного изучения и проверки, – не " +
        "позднее одного месяца, если иной срок не установлен законодательными актами». Art. 17 p. 1 counts the " +
        "period from the day after registration in calendar days and p. 2 moves a non-working last day to the next " +
        "working day, as here. The point number was read in an unofficial consolidated copy (GitHub " +
        "mishanya-maestro/RAGlocal, data/OOGrb.txt), not checked against pravo.by; in the 2011 text the term was " +
        "cited as Art. 17 p. 1. The one-month term for appeals needing further study is not modelled.");

    /// <summary>
    /// Notifying the NPDPC of a breach of the protection systems, counted from the day the operator learned
    /// of it (use <see cref="MinskTime.DateOf"/> on the detection time).
    /// </summary>
    public static readonly DeadlineRule BreachNotification = new(3, DayKind.Working, "ст. 16 п. 1 абз. 8",
        "Law 99-З Art. 16 p. 1 para. 8: «незамедлительно, но не позднее трех рабочих дней после того, как оператору " +
        "стало известно», except in the cases set by the NPDPC.");

    /// <summary>The period for a subject request of <paramref name="kind"/>.</summary>
    public static DeadlineRule For(SubjectRequestKind kind) => kind switch
    {
        SubjectRequestKind.ConsentWithdrawal => ConsentWithdrawal,
        SubjectRequestKind.Information => Information,
        SubjectRequestKind.Correction => Correction,
        SubjectRequestKind.ThirdPartyDisclosures => ThirdPartyDisclosures,
        SubjectRequestKind.StopProcessing => StopProcessing,
        SubjectRequestKind.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of request."),
    };
}
