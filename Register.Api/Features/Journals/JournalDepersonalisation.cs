using System.Globalization;
using Register.Api.Features.Breaches;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Journals;

namespace Register.Api.Features.Journals;

/// <summary>A record whose subjects' details are due to go: which journal, its number, and the day its retention ran out.</summary>
public sealed record DueRecord(string Journal, int Id, string Number, DateOnly KeptSince, DateOnly KeptUntil);

/// <summary>
/// Depersonalises the journals' records whose retention has run out: the requester's details, the free text that may name
/// people, and the text index built from them are cleared; the number, the kind, the dates, the links and the status stay,
/// so the journal still counts and reports them. Each record gets an audit row by the system. Open requests and breaches
/// not closed are never touched, whatever their age.
/// </summary>
public sealed partial class JournalDepersonalisation(
    Db db, SubjectRequests.SubjectRequests requests, Breaches.Breaches breaches, JournalRetentionOptions options, TimeProvider clock,
    ILogger<JournalDepersonalisation> logger)
{
    public const string RequestCandidatesSql = """
        SELECT id AS Id, number AS Number, answer_on AS AnswerOn, updated_at AS UpdatedAt, status AS Status FROM subject_requests
        WHERE depersonalised_at IS NULL AND status IN ('answered', 'refused', 'withdrawn')
        ORDER BY id
        """;
    public const string BreachCandidatesSql = """
        SELECT id AS Id, number AS Number, detected_at AS DetectedAt, npdpc_notified_at AS NotifiedAt FROM breaches
        WHERE depersonalised_at IS NULL AND status = 'closed'
        ORDER BY id
        """;
    public const string DepersonaliseRequestSql = """
        UPDATE subject_requests
        SET requester_full_name = NULL, requester_address = NULL, requester_birth_date = NULL, requester_identification_number = NULL,
            requester_subject_full_name = NULL, summary = NULL, answer_outcome = NULL, answer_refusal_reason = NULL, search_text = @SearchText,
            depersonalised_at = @Now, version = version + 1, updated_at = @Now, updated_by = @Actor
        WHERE id = @Id AND depersonalised_at IS NULL
        """;
    public const string DepersonaliseBreachSql = """
        UPDATE breaches
        SET description = NULL, exemption_reason = NULL, consequences = NULL, measures_taken = NULL, measures_planned = NULL,
            search_text = @SearchText, depersonalised_at = @Now, version = version + 1, updated_at = @Now, updated_by = @Actor
        WHERE id = @Id AND depersonalised_at IS NULL
        """;

    /// <summary>
    /// The records due today (Minsk); unless <paramref name="dryRun"/>, depersonalises them in one transaction, each with its
    /// audit row. Returns what it did (or would do): numbers and dates only.
    /// </summary>
    public async Task<IReadOnlyList<DueRecord>> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var due = dryRun
            ? await db.ReadAsync(session => DueAsync(session, today), cancellationToken)
            : await db.WriteAsync(async session =>
            {
                var records = await DueAsync(session, today);
                foreach (var record in records) await DepersonaliseAsync(session, record);
                return records;
            }, cancellationToken);
        if (!dryRun && due.Count > 0) LogDepersonalised(logger, due.Count(d => d.Journal == SubjectRequests.SubjectRequests.Journal), due.Count(d => d.Journal == Breaches.Breaches.Journal));
        return due;
    }

    private async Task<IReadOnlyList<DueRecord>> DueAsync(DbSession session, DateOnly today)
    {
        var due = new List<DueRecord>();
        foreach (var r in await session.QueryAsync<RequestCandidate>(RequestCandidatesSql))
        {
            // Kept for the period after the answer; a withdrawn request has none, so from the day it was withdrawn.
            var since = r.AnswerOn is { } answered ? DateOnly.FromDateTime(answered) : MinskTime.DateOf(Breaches.Breaches.Utc(r.UpdatedAt));
            if (JournalRetention.IsDue(since, options.RequestRetention, today))
                due.Add(new DueRecord(SubjectRequests.SubjectRequests.Journal, r.Id, r.Number, since, options.RequestRetention.AddTo(since)));
        }
        foreach (var b in await session.QueryAsync<BreachCandidate>(BreachCandidatesSql))
        {
            var since = MinskTime.DateOf(Breaches.Breaches.Utc(b.NotifiedAt ?? b.DetectedAt));
            if (JournalRetention.IsDue(since, options.BreachRetention, today))
                due.Add(new DueRecord(Breaches.Breaches.Journal, b.Id, b.Number, since, options.BreachRetention.AddTo(since)));
        }
        return due;
    }

    private async Task DepersonaliseAsync(DbSession session, DueRecord record)
    {
        var parameters = new { record.Id, SearchText = SearchText.Fold(record.Number), Now = clock.UtcNow(), Actor = AuditActors.System };
        var key = record.Id.ToString(CultureInfo.InvariantCulture);
        if (record.Journal == SubjectRequests.SubjectRequests.Journal)
        {
            var before = await requests.FindAsync(session, record.Id);
            await session.ExecuteAsync(DepersonaliseRequestSql, parameters);
            var (old, now) = AuditRedaction.Redact(before, await requests.FindAsync(session, record.Id), SubjectRequests.SubjectRequests.PersonalFields);
            await AuditLog.RecordAsync(session, AuditActors.System, clock, AuditEntities.SubjectRequest, key, AuditActions.Depersonalise, old, now);
        }
        else
        {
            var before = await breaches.FindAsync(session, record.Id);
            await session.ExecuteAsync(DepersonaliseBreachSql, parameters);
            var (old, now) = AuditRedaction.Redact(before, await breaches.FindAsync(session, record.Id), Breaches.Breaches.PersonalFields);
            await AuditLog.RecordAsync(session, AuditActors.System, clock, AuditEntities.Breach, key, AuditActions.Depersonalise, old, now);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Depersonalised {Requests} subject request(s) and {Breaches} breach record(s) after their retention")]
    private static partial void LogDepersonalised(ILogger logger, int requests, int breaches);

    private sealed class RequestCandidate
    {
        public int Id { get; init; }
        public string Number { get; init; } = "";
        public DateTime? AnswerOn { get; init; }
        public DateTime UpdatedAt { get; init; }
    }

    private sealed class BreachCandidate
    {
        public int Id { get; init; }
        public string Number { get; init; } = "";
        public DateTime DetectedAt { get; init; }
        public DateTime? NotifiedAt { get; init; }
    }
}
