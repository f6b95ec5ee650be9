using System.Globalization;
using Register.Api.Features.Calendar;
using Register.Api.Features.Journals;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Journals;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Breaches;

/// <summary>
/// The journal of breaches of personal-data protection (Law 99-З ст. 16 п. 1 абз. 8: the NPDPC is notified at once, within
/// 3 working days of the operator learning of it). The officer keeps it; a department head reports a breach in its
/// departments (the Regulation has staff report to their head or to internal control at once) and sees those; an auditor
/// reads. Every change has its audit row, without the free text that may name people.
/// </summary>
public sealed class Breaches(Db db, TimeProvider clock)
{
    public const string Journal = "breaches";

    public const string Departments = "department";
    public const string Systems = "information-system";
    public const string Activities = "activity";
    public const string DataCategories = "data-category";
    public const string SubjectCategories = "subject-category";

    private const string Columns = """
        b.id AS Id, b.number AS Number, b.detected_at AS DetectedAt, b.occurred_at AS OccurredAt, b.kind AS Kind, b.description AS Description,
        b.subjects_affected AS SubjectsAffected, b.notification_required AS NotificationRequired, b.exemption_reason AS ExemptionReason,
        b.npdpc_notified_at AS NpdpcNotifiedAt, b.npdpc_reference AS NpdpcReference, b.subjects_notified_at AS SubjectsNotifiedAt,
        b.consequences AS Consequences, b.measures_taken AS MeasuresTaken, b.measures_planned AS MeasuresPlanned, b.status AS Status,
        b.depersonalised_at AS DepersonalisedAt, b.version AS Version, b.created_at AS CreatedAt, b.created_by AS CreatedBy,
        b.updated_at AS UpdatedAt, b.updated_by AS UpdatedBy
        """;

    public const string SelectSql = $"""
        SELECT {Columns} FROM breaches b
        WHERE (@Status IS NULL OR b.status = @Status)
          AND (@From IS NULL OR b.detected_at >= @From) AND (@To IS NULL OR b.detected_at < @To)
          AND (@Department IS NULL OR EXISTS (SELECT 1 FROM breach_links l WHERE l.breach_id = b.id AND l.link = 'department' AND l.code = @Department))
          AND (@Scoped = 0 OR EXISTS (SELECT 1 FROM breach_links l WHERE l.breach_id = b.id AND l.link = 'department' AND l.code IN @ScopeDepartments))
        ORDER BY b.detected_at DESC, b.id DESC
        """;
    public const string OneSql = $"SELECT {Columns} FROM breaches b WHERE b.id = @Id";
    public const string LinksSql = "SELECT breach_id AS Owner, link AS Link, code AS Code FROM breach_links WHERE breach_id IN @Ids ORDER BY breach_id, link, ordinal";
    public const string InsertSql = """
        INSERT INTO breaches (number, detected_at, occurred_at, kind, description, subjects_affected, notification_required, exemption_reason,
            npdpc_notified_at, npdpc_reference, subjects_notified_at, consequences, measures_taken, measures_planned, status, search_text,
            version, created_at, created_by, updated_at, updated_by)
        {{output-id}}
        VALUES (@Number, @DetectedAt, @OccurredAt, @Kind, @Description, @SubjectsAffected, @NotificationRequired, @ExemptionReason,
            @NotifiedAt, @Reference, @SubjectsNotifiedAt, @Consequences, @MeasuresTaken, @MeasuresPlanned, @Status, @SearchText,
            1, @Now, @Actor, @Now, @Actor)
        {{returning-id}}
        """;
    public const string UpdateSql = """
        UPDATE breaches
        SET detected_at = @DetectedAt, occurred_at = @OccurredAt, kind = @Kind, description = @Description, subjects_affected = @SubjectsAffected,
            notification_required = @NotificationRequired, exemption_reason = @ExemptionReason, npdpc_notified_at = @NotifiedAt,
            npdpc_reference = @Reference, subjects_notified_at = @SubjectsNotifiedAt, consequences = @Consequences,
            measures_taken = @MeasuresTaken, measures_planned = @MeasuresPlanned, status = @Status, search_text = @SearchText,
            version = version + 1, updated_at = @Now, updated_by = @Actor
        WHERE id = @Id AND version = @ExpectedVersion
        """;
    public const string DeleteLinksSql = "DELETE FROM breach_links WHERE breach_id = @Id";
    public const string InsertLinkSql = "INSERT INTO breach_links (breach_id, link, code, ordinal) VALUES (@Id, @Link, @Code, @Ordinal)";

    /// <summary>Fields of a breach that hold free text that may name people: the audit trail keeps none of them.</summary>
    public static readonly IReadOnlyList<string> PersonalFields =
        ["description", "consequences", "measuresTaken", "measuresPlanned", "npdpc.exemptionReason"];

    private static readonly BreachValidator Validator = new();
    private static readonly ListBreachesQueryValidator ListValidator = new();

    public async Task<PageResponse<BreachResponse>> ListAsync(Caller caller, ListBreachesQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await ListValidator.EnsureValidAsync(query, cancellationToken);
        var today = clock.Today();
        var (total, page) = await db.ReadAsync(async session =>
        {
            var calendar = await WorkingCalendars.LoadAsync(session);
            var rows = await session.QueryAsync<BreachRow>(SelectSql, new
            {
                query.Status, query.Department, From = (DateTime?)null, To = (DateTime?)null,
                Scoped = caller.Scope is null ? 0 : 1, ScopeDepartments = caller.Scope ?? [],
            });
            var clocked = rows.Select(r => (Row: r, Due: Due(r, calendar, today)))
                .Where(r => (query.Open is null || KebabEnum.Parse<BreachStatus>(r.Row.Status).IsOpen() == query.Open)
                            && (query.Overdue is null || (r.Due?.Overdue ?? false) == query.Overdue)
                            && (query.Notified is null || (r.Row.NpdpcNotifiedAt is not null) == query.Notified))
                .ToList();
            var page = clocked.Skip(query.Skip).Take(query.Size).ToList();
            return (clocked.Count, await ResponsesAsync(session, page));
        }, cancellationToken);
        return new PageResponse<BreachResponse>(page, total, query.PageNumber, query.Size);
    }

    /// <summary>
    /// The breaches detected (Minsk date) from <paramref name="from"/> to <paramref name="to"/> (either open-ended), oldest
    /// first, in a department and within a scope: the journal as its report prints it, with the NPDPC clock on <paramref name="today"/>.
    /// </summary>
    internal static async Task<IReadOnlyList<BreachResponse>> DetectedAsync(
        DbSession session, DateOnly? from, DateOnly? to, string? department, IReadOnlyCollection<string>? scope, DateOnly today)
    {
        var calendar = await WorkingCalendars.LoadAsync(session);
        var rows = await session.QueryAsync<BreachRow>(SelectSql, new
        {
            Status = (string?)null, Department = department,
            From = from is { } first ? MinskTime.StartOf(first).UtcDateTime : (DateTime?)null,
            To = to is { } last ? MinskTime.StartOf(last.AddDays(1)).UtcDateTime : (DateTime?)null,
            Scoped = scope is null ? 0 : 1, ScopeDepartments = scope ?? [],
        });
        var clocked = rows.Reverse().Select(r => (r, Due(r, calendar, today))).ToList();
        return await ResponsesAsync(session, clocked);
    }

    public async Task<BreachResponse> GetAsync(Caller caller, int id, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return await db.ReadAsync(async session => await FindVisibleAsync(session, caller, id) ?? throw NotFound(id), cancellationToken);
    }

    /// <summary>
    /// Records a breach with the next number of its year; the NPDPC's clock runs from the day it was detected. A department
    /// head reports one in its own departments only.
    /// </summary>
    public async Task<BreachResponse> CreateAsync(Caller caller, BreachRequest request, CancellationToken cancellationToken)
    {
        caller.Require(Access.Drafter);
        // The body is checked before the departments it names: a malformed report is a 400 naming its fields whoever sends it,
        // and a department head is refused (403) only for a well-formed report outside its departments.
        await Validator.EnsureValidAsync(request, cancellationToken);
        EnsureNotInFuture(request);
        if (caller.IsDepartmentHead && (request.DepartmentCodes is not { Count: > 0 } codes || !codes.All(caller.CanSee)))
        {
            throw new ForbiddenException(ForReader.Text(
                "Руководитель подразделения сообщает о нарушении только в своих подразделениях: укажите их.",
                "A department head reports a breach in its own departments: name them in departmentCodes."));
        }
        return await db.WriteAsync(async session =>
        {
            // A department head names only its departments' entries: another's does not exist for it, here as in the register.
            if (caller.Scope is { } scope) await JournalLinks.CheckActivitiesInScopeAsync(session, request.ActivityIds, scope, "activityIds");
            return await InsertAsync(session, request, caller.Name);
        }, cancellationToken);
    }

    /// <summary>The record inside a caller's transaction, already authorised (the demo register's journal uses it).</summary>
    internal async Task<BreachResponse> CreateInAsync(DbSession session, BreachRequest request, string? actor)
    {
        await Validator.EnsureValidAsync(request, session.CancellationToken);
        EnsureNotInFuture(request);
        return await InsertAsync(session, request, actor);
    }

    private async Task<BreachResponse> InsertAsync(DbSession session, BreachRequest request, string? actor)
    {
        await CheckLinksAsync(session, request);
        var number = await JournalNumbers.NextAsync(session, Journal, MinskTime.DateOf(request.DetectedAt!.Value).Year);
        var id = await session.ExecuteScalarAsync<int>(InsertSql, Parameters(0, number, request, actor, expectedVersion: 0));
        await WriteLinksAsync(session, id, request);
        var created = (await FindAsync(session, id))!;
        var (_, after) = AuditRedaction.Redact(null, created, PersonalFields);
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Breach, Key(id), AuditActions.Create, null, after);
        return created;
    }

    /// <summary>Changes a breach (the investigation, the notifications, the measures): the officer's. Needs the current version.</summary>
    public async Task<BreachResponse> UpdateAsync(Caller caller, int id, BreachRequest request, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        await Validator.EnsureValidAsync(request, cancellationToken);
        var expectedVersion = ifMatch.Required();
        EnsureNotInFuture(request);
        return await db.WriteAsync(async session =>
        {
            var current = await FindAsync(session, id) ?? throw NotFound(id);
            if (current.DepersonalisedAt is not null)
            {
                throw new ConflictException(ForReader.Text(
                    $"Нарушение № {current.Number} обезличено по истечении срока хранения: его запись закрыта для изменений.",
                    $"Breach {current.Number} was depersonalised after its retention: its record is closed."));
            }
            if (expectedVersion is { } expected && expected != current.Version) throw new PreconditionFailedException(ETags.Format(current.Version));
            await CheckLinksAsync(session, request);
            if (await session.ExecuteAsync(UpdateSql, Parameters(id, current.Number, request, caller.Name, current.Version)) == 0)
            {
                throw new PreconditionFailedException(ETags.Format(current.Version));
            }
            await WriteLinksAsync(session, id, request);
            var updated = (await FindAsync(session, id))!;
            var (before, after) = AuditRedaction.Redact(current, updated, PersonalFields);
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.Breach, Key(id), AuditActions.Update, before, after);
            return updated;
        }, cancellationToken);
    }

    internal async Task<BreachResponse?> FindVisibleAsync(DbSession session, Caller caller, int id)
    {
        var found = await FindAsync(session, id);
        return found is not null && (caller.Scope is null || found.DepartmentCodes.Any(caller.CanSee)) ? found : null;
    }

    internal async Task<BreachResponse?> FindAsync(DbSession session, int id)
    {
        var row = await session.QuerySingleOrDefaultAsync<BreachRow>(OneSql, new { Id = id });
        if (row is null) return null;
        var calendar = await WorkingCalendars.LoadAsync(session);
        return (await ResponsesAsync(session, [(row, Due(row, calendar, clock.Today()))]))[0];
    }

    /// <summary>
    /// The NPDPC notification's clock: 3 working days from the day the operator learned of the breach (its Minsk date). A
    /// notification sent is judged on the day it went; none is due when the NPDPC need not be notified.
    /// </summary>
    internal static DeadlineStatus? Due(BreachRow row, WorkingCalendar calendar, DateOnly today)
    {
        if (!row.NotificationRequired) return null;
        var deadline = DeadlineRules.BreachNotification.From(MinskTime.DateOf(Utc(row.DetectedAt)), calendar);
        return deadline.AsOf(row.NpdpcNotifiedAt is { } notified ? MinskTime.DateOf(Utc(notified)) : today, calendar);
    }

    private void EnsureNotInFuture(BreachRequest request)
    {
        // A minute of leeway for a client's clock running ahead.
        var now = clock.GetUtcNow().AddMinutes(1);
        if (request.DetectedAt > now) throw new InvalidRequestException("detectedAt", ForReader.Text("Время выявления не может быть позже текущего.", "A breach cannot be detected in the future."));
        if (request.Npdpc?.NotifiedAt > now) throw new InvalidRequestException("npdpc.notifiedAt", ForReader.Text("Время уведомления НЦЗПД не может быть позже текущего.", "The NPDPC cannot be notified in the future."));
        if (request.SubjectsNotifiedAt > now) throw new InvalidRequestException("subjectsNotifiedAt", ForReader.Text("Время уведомления субъектов не может быть позже текущего.", "Subjects cannot be notified in the future."));
    }

    private static async Task CheckLinksAsync(DbSession session, BreachRequest request)
    {
        await JournalLinks.CheckDepartmentsAsync(session, request.DepartmentCodes, "departmentCodes");
        await JournalLinks.CheckSystemsAsync(session, request.InformationSystemCodes, "informationSystemCodes");
        await JournalLinks.CheckActivitiesAsync(session, request.ActivityIds, "activityIds");
        await JournalLinks.CheckDataCategoriesAsync(session, request.DataCategoryCodes, "dataCategoryCodes");
        await JournalLinks.CheckSubjectCategoriesAsync(session, request.SubjectCategoryCodes, "subjectCategoryCodes");
    }

    private object Parameters(int id, string number, BreachRequest request, string? actor, int expectedVersion)
    {
        var npdpc = request.Npdpc!;
        return new
        {
            Id = id, Number = number, DetectedAt = request.DetectedAt!.Value.UtcDateTime, OccurredAt = request.OccurredAt?.UtcDateTime,
            Kind = KebabEnum.ToKebab(request.Kind!.Value), request.Description, request.SubjectsAffected,
            NotificationRequired = npdpc.NotificationRequired!.Value, npdpc.ExemptionReason, NotifiedAt = npdpc.NotifiedAt?.UtcDateTime,
            npdpc.Reference, SubjectsNotifiedAt = request.SubjectsNotifiedAt?.UtcDateTime, request.Consequences, request.MeasuresTaken,
            request.MeasuresPlanned, Status = KebabEnum.ToKebab(request.Status ?? BreachStatus.Detected),
            SearchText = SearchText.Fold(number, request.Description),
            Now = clock.UtcNow(), Actor = actor, ExpectedVersion = expectedVersion,
        };
    }

    private static async Task WriteLinksAsync(DbSession session, int id, BreachRequest request)
    {
        await session.ExecuteAsync(DeleteLinksSql, new { Id = id });
        var links = new List<object>();
        void Add(string link, IEnumerable<string> codes) =>
            links.AddRange(codes.Distinct(StringComparer.Ordinal).Select((code, i) => new { Id = id, Link = link, Code = code, Ordinal = i }));
        Add(Departments, (request.DepartmentCodes ?? []).Select(c => c!));
        Add(Systems, (request.InformationSystemCodes ?? []).Select(c => c!));
        Add(Activities, (request.ActivityIds ?? []).Select(a => a.ToString(CultureInfo.InvariantCulture)));
        Add(DataCategories, (request.DataCategoryCodes ?? []).Select(c => c!));
        Add(SubjectCategories, (request.SubjectCategoryCodes ?? []).Select(c => c!));
        if (links.Count > 0) await session.ExecuteAsync(InsertLinkSql, links);
    }

    private static async Task<IReadOnlyList<BreachResponse>> ResponsesAsync(DbSession session, IReadOnlyList<(BreachRow Row, DeadlineStatus? Due)> rows)
    {
        if (rows.Count == 0) return [];
        var links = (await session.QueryAsync<LinkRow>(LinksSql, new { Ids = rows.Select(r => r.Row.Id).ToList() })).ToLookup(l => (l.Owner, l.Link), l => l.Code);
        return rows.Select(r =>
        {
            IReadOnlyList<string> Of(string link) => links[(r.Row.Id, link)].ToList();
            return r.Row.ToResponse(r.Due, Of(Departments), Of(Systems),
                Of(Activities).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList(), Of(DataCategories), Of(SubjectCategories));
        }).ToList();
    }

    internal static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static NotFoundException NotFound(int id) =>
        new(ForReader.Text($"Нарушения {id} нет или оно вам недоступно.", $"There is no breach {id} that you may see."));

    private sealed class LinkRow
    {
        public int Owner { get; init; }
        public string Link { get; init; } = "";
        public string Code { get; init; } = "";
    }
}

/// <summary>A breaches row as stored; times in UTC, answered in Minsk time (UTC+3, as the NPDPC reads them).</summary>
internal sealed class BreachRow
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public DateTime DetectedAt { get; init; }
    public DateTime? OccurredAt { get; init; }
    public string Kind { get; init; } = "";
    public string? Description { get; init; }
    public int? SubjectsAffected { get; init; }
    public bool NotificationRequired { get; init; }
    public string? ExemptionReason { get; init; }
    public DateTime? NpdpcNotifiedAt { get; init; }
    public string? NpdpcReference { get; init; }
    public DateTime? SubjectsNotifiedAt { get; init; }
    public string? Consequences { get; init; }
    public string? MeasuresTaken { get; init; }
    public string? MeasuresPlanned { get; init; }
    public string Status { get; init; } = "";
    public DateTime? DepersonalisedAt { get; init; }
    public int Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }

    private static DateTimeOffset Minsk(DateTime utc) => Breaches.Utc(utc).ToOffset(MinskTime.Offset);

    public BreachResponse ToResponse(DeadlineStatus? due, IReadOnlyList<string> departments, IReadOnlyList<string> systems,
        IReadOnlyList<int> activities, IReadOnlyList<string> dataCategories, IReadOnlyList<string> subjectCategories) => new(
        Id, Number, Minsk(DetectedAt), OccurredAt is { } occurred ? Minsk(occurred) : null, KebabEnum.Parse<BreachKind>(Kind), Description,
        departments, systems, activities, dataCategories, subjectCategories, SubjectsAffected,
        new NpdpcNotification(NotificationRequired, ExemptionReason, due, NpdpcNotifiedAt is { } notified ? Minsk(notified) : null, NpdpcReference),
        SubjectsNotifiedAt is { } told ? Minsk(told) : null, Consequences, MeasuresTaken, MeasuresPlanned, KebabEnum.Parse<BreachStatus>(Status),
        DepersonalisedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, Version,
        DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc), CreatedBy, DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc), UpdatedBy);
}
