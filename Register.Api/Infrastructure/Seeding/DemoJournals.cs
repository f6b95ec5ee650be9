using Register.Api.Features.Breaches;
using Register.Api.Features.SubjectRequests;

namespace Register.Api.Infrastructure.Seeding;

/// <summary>
/// The demo register's journals (<c>DemoData/demo-journals.json</c>): each record the POST body of its journal, with its dates
/// given as days before the day the demo is loaded (so that the clocks always have something to show) and the entries it
/// concerns by code (their ids are the database's).
/// </summary>
public sealed record DemoJournals(IReadOnlyList<DemoSubjectRequest> SubjectRequests, IReadOnlyList<DemoBreach> Breaches)
{
    public const string Resource = "DemoData/demo-journals.json";

    public static DemoJournals Read() => EmbeddedJson.Read<DemoJournals>(Resource);
}

public sealed record DemoSubjectRequest(int ReceivedDaysAgo, int? AnsweredDaysAgo, IReadOnlyList<string>? ActivityCodes, SubjectRequestRequest Request);

public sealed record DemoBreach(
    int DetectedDaysAgo, int? NotifiedDaysAgo, int? SubjectsNotifiedDaysAgo, IReadOnlyList<string>? ActivityCodes, BreachRequest Breach);
