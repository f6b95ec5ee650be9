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

namespace Register.Api.Features.SubjectRequests;

/// <summary>
/// The journal of subjects' requests (the Regulation: "all requests ... are registered in the appropriate log"; Law 99-З
/// ст. 10-14). The officer registers and routes them; a department head sees and answers those routed to its departments
/// (others do not exist for it); an auditor reads. Every change has its audit row, without the requester's details.
/// </summary>
public sealed class SubjectRequests(Db db, TimeProvider clock)
{
    public const string Journal = "subject-requests";

    private const string Columns = """
        r.id AS Id, r.number AS Number, r.kind AS Kind, r.received_on AS ReceivedOn, r.form AS Form,
        r.requester_full_name AS RequesterFullName, r.requester_address AS RequesterAddress, r.requester_birth_date AS RequesterBirthDate,
        r.requester_identification_number AS RequesterIdentificationNumber, r.requester_is_representative AS RequesterIsRepresentative,
        r.requester_subject_full_name AS RequesterSubjectFullName, r.summary AS Summary, r.status AS Status, r.answer_on AS AnswerOn,
        r.answer_form AS AnswerForm, r.answer_outcome AS AnswerOutcome, r.answer_refusal_reason AS AnswerRefusalReason,
        r.repeat_in_calendar_year AS RepeatInCalendarYear, r.depersonalised_at AS DepersonalisedAt, r.version AS Version,
        r.created_at AS CreatedAt, r.created_by AS CreatedBy, r.updated_at AS UpdatedAt, r.updated_by AS UpdatedBy
        """;

    // The filters SQL can apply; overdue and due dates are computed on the calendar, so they filter the rows read.
    public const string SelectSql = $"""
        SELECT {Columns} FROM subject_requests r
        WHERE (@Status IS NULL OR r.status = @Status) AND (@Kind IS NULL OR r.kind = @Kind)
          AND (@Pattern IS NULL OR r.search_text LIKE @Pattern ESCAPE '\')
          AND (@From IS NULL OR r.received_on >= @From) AND (@To IS NULL OR r.received_on <= @To)
          AND (@Department IS NULL OR EXISTS (SELECT 1 FROM subject_request_departments d WHERE d.request_id = r.id AND d.department_code = @Department))
          AND (@Scoped = 0 OR EXISTS (SELECT 1 FROM subject_request_departments d WHERE d.request_id = r.id AND d.department_code IN @ScopeDepartments))
        ORDER BY r.received_on DESC, r.id DESC
        """;
    public const string OneSql = $"SELECT {Columns} FROM subject_requests r WHERE r.id = @Id";
    public const string DepartmentsSql = "SELECT request_id AS Owner, department_code AS Code FROM subject_request_departments WHERE request_id IN @Ids ORDER BY department_code";
    public const string ActivitiesSql = "SELECT request_id AS Owner, activity_id AS Id FROM subject_request_activities WHERE request_id IN @Ids ORDER BY activity_id";
    public const string InsertSql = """
        INSERT INTO subject_requests (number, kind, received_on, form, requester_full_name, requester_address, requester_birth_date,
            requester_identification_number, requester_is_representative, requester_subject_full_name, summary, status, answer_on, answer_form,
            answer_outcome, answer_refusal_reason, repeat_in_calendar_year, search_text, version, created_at, created_by, updated_at, updated_by)
        {{output-id}}
        VALUES (@Number, @Kind, @ReceivedOn, @Form, @FullName, @Address, @BirthDate, @IdentificationNumber, @IsRepresentative, @SubjectFullName,
            @Summary, @Status, @AnswerOn, @AnswerForm, @AnswerOutcome, @AnswerRefusalReason, @RepeatInCalendarYear, @SearchText, 1, @Now, @Actor, @Now, @Actor)
        {{returning-id}}
        """;
    public const string UpdateSql = """
        UPDATE subject_requests
        SET kind = @Kind, received_on = @ReceivedOn, form = @Form, requester_full_name = @FullName, requester_address = @Address,
            requester_birth_date = @BirthDate, requester_identification_number = @IdentificationNumber,
            requester_is_representative = @IsRepresentative, requester_subject_full_name = @SubjectFullName, summary = @Summary,
            status = @Status, answer_on = @AnswerOn, answer_form = @AnswerForm, answer_outcome = @AnswerOutcome,
            answer_refusal_reason = @AnswerRefusalReason, repeat_in_calendar_year = @RepeatInCalendarYear, search_text = @SearchText,
            version = version + 1, updated_at = @Now, updated_by = @Actor
        WHERE id = @Id AND version = @ExpectedVersion
        """;
    public const string DeleteDepartmentsSql = "DELETE FROM subject_request_departments WHERE request_id = @Id";
    public const string DeleteActivitiesSql = "DELETE FROM subject_request_activities WHERE request_id = @Id";
    public const string InsertDepartmentSql = "INSERT INTO subject_request_departments (request_id, department_code) VALUES (@Id, @Code)";
    public const string InsertActivitySql = "INSERT INTO subject_request_activities (request_id, activity_id) VALUES (@Id, @ActivityId)";

    // The same person's earlier Art. 12 requests of a year: who they were from is compared in memory (PersonIdentity).
    public const string DisclosureRequestsSql = """
        SELECT id AS Id, received_on AS ReceivedOn, requester_full_name AS FullName, requester_birth_date AS BirthDate,
               requester_identification_number AS IdentificationNumber, requester_is_representative AS IsRepresentative,
               requester_subject_full_name AS SubjectFullName
        FROM subject_requests
        WHERE kind = 'third-party-disclosures' AND received_on >= @From AND received_on <= @To AND id <> @Id
          AND status <> 'withdrawn' AND depersonalised_at IS NULL
        """;

    /// <summary>Fields of a request that hold a subject's data or free text that may: the audit trail keeps none of them.</summary>
    public static readonly IReadOnlyList<string> PersonalFields =
    [
        "requester.fullName", "requester.address", "requester.birthDate", "requester.identificationNumber", "requester.subjectFullName",
        "summary", "answer.outcome", "answer.refusalReason",
    ];

    private static readonly SubjectRequestValidator Validator = new();
    private static readonly ListSubjectRequestsQueryValidator ListValidator = new();

    public async Task<PageResponse<SubjectRequestResponse>> ListAsync(Caller caller, ListSubjectRequestsQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await ListValidator.EnsureValidAsync(query, cancellationToken);
        var dueBefore = Dates.ParseOrNull(query.DueBefore);
        var today = clock.Today();
        var (total, page) = await db.ReadAsync(async session =>
        {
            var calendar = await WorkingCalendars.LoadAsync(session);
            var rows = await session.QueryAsync<SubjectRequestRow>(SelectSql, new
            {
                query.Status, query.Kind, query.Department,
                Pattern = string.IsNullOrWhiteSpace(query.Q) ? null : SearchText.ContainsPattern(query.Q),
                From = (DateTime?)null, To = (DateTime?)null,
                Scoped = caller.Scope is null ? 0 : 1, ScopeDepartments = caller.Scope ?? [],
            });
            var clocked = rows.Select(r => (Row: r, Due: Due(r, calendar, today)))
                .Where(r => (query.Open is null || KebabEnum.Parse<SubjectRequestStatus>(r.Row.Status).IsOpen() == query.Open)
                            && (query.Overdue is null || r.Due.Overdue == query.Overdue) && (dueBefore is null || r.Due.On <= dueBefore))
                .ToList();
            var page = clocked.Skip(query.Skip).Take(query.Size).ToList();
            return (clocked.Count, await ResponsesAsync(session, page));
        }, cancellationToken);
        return new PageResponse<SubjectRequestResponse>(page, total, query.PageNumber, query.Size);
    }

    /// <summary>
    /// The requests received from <paramref name="from"/> to <paramref name="to"/> (either open-ended), oldest first, in a
    /// department and within a scope: the journal as its report prints it, with each request's clock on <paramref name="today"/>.
    /// </summary>
    internal static async Task<IReadOnlyList<SubjectRequestResponse>> ReceivedAsync(
        DbSession session, DateOnly? from, DateOnly? to, string? department, IReadOnlyCollection<string>? scope, DateOnly today)
    {
        var calendar = await WorkingCalendars.LoadAsync(session);
        var rows = await session.QueryAsync<SubjectRequestRow>(SelectSql, new
        {
            Status = (string?)null, Kind = (string?)null, Department = department, Pattern = (string?)null,
            From = from?.ToDateTime(TimeOnly.MinValue), To = to?.ToDateTime(TimeOnly.MinValue),
            Scoped = scope is null ? 0 : 1, ScopeDepartments = scope ?? [],
        });
        var clocked = rows.Reverse().Select(r => (r, Due(r, calendar, today))).ToList();
        return await ResponsesAsync(session, clocked);
    }

    public async Task<SubjectRequestResponse> GetAsync(Caller caller, int id, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return await db.ReadAsync(async session => await FindVisibleAsync(session, caller, id) ?? throw NotFound(id), cancellationToken);
    }

    /// <summary>Registers a request: its number in the year's sequence, its clock from the day it was received.</summary>
    public async Task<SubjectRequestResponse> CreateAsync(Caller caller, SubjectRequestRequest request, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        return await db.WriteAsync(session => CreateInAsync(session, request, caller.Name), cancellationToken);
    }

    /// <summary>The registration inside a caller's transaction, already authorised (the demo register's journal uses it).</summary>
    internal async Task<SubjectRequestResponse> CreateInAsync(DbSession session, SubjectRequestRequest request, string? actor)
    {
        await Validator.EnsureValidAsync(request, session.CancellationToken);
        EnsureNotInFuture(request);
        await JournalLinks.CheckDepartmentsAsync(session, request.DepartmentCodes, "departmentCodes");
        await JournalLinks.CheckActivitiesAsync(session, request.ActivityIds, "activityIds");
        var number = await JournalNumbers.NextAsync(session, Journal, request.ReceivedOn!.Value.Year);
        var repeat = await IsRepeatAsync(session, 0, request);
        var id = await session.ExecuteScalarAsync<int>(InsertSql, Parameters(0, number, request, repeat, actor, expectedVersion: 0));
        await WriteLinksAsync(session, id, request);
        var created = (await FindAsync(session, id))!;
        var (_, after) = AuditRedaction.Redact(null, created, PersonalFields);
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.SubjectRequest, Key(id), AuditActions.Create, null, after);
        return created;
    }

    /// <summary>
    /// Changes a request: the officer anything, a department head only its status and answer (it answers the requests routed
    /// to its departments; registering and routing are the officer's). A depersonalised request is closed for good.
    /// </summary>
    public async Task<SubjectRequestResponse> UpdateAsync(Caller caller, int id, SubjectRequestRequest request, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(Access.Drafter);
        await Validator.EnsureValidAsync(request, cancellationToken);
        var expectedVersion = ifMatch.Required();
        EnsureNotInFuture(request);
        return await db.WriteAsync(async session =>
        {
            var current = await FindVisibleAsync(session, caller, id) ?? throw NotFound(id);
            if (current.DepersonalisedAt is not null)
            {
                throw new ConflictException(ForReader.Text(
                    $"Обращение № {current.Number} обезличено по истечении срока хранения: его запись закрыта для изменений.",
                    $"Request {current.Number} was depersonalised after its retention: its record is closed."));
            }
            if (caller.IsDepartmentHead && !OnlyAnswerDiffers(current, request))
            {
                throw new ForbiddenException(ForReader.Text(
                    "Руководитель подразделения отвечает на обращения (статус и ответ); регистрирует и направляет их ответственный за внутренний контроль.",
                    "A department head answers requests (status and answer); registering and routing them is the officer's."));
            }
            if (expectedVersion is { } expected && expected != current.Version) throw new PreconditionFailedException(ETags.Format(current.Version));
            await JournalLinks.CheckDepartmentsAsync(session, request.DepartmentCodes, "departmentCodes");
            await JournalLinks.CheckActivitiesAsync(session, request.ActivityIds, "activityIds");
            var repeat = await IsRepeatAsync(session, id, request);
            if (await session.ExecuteAsync(UpdateSql, Parameters(id, current.Number, request, repeat, caller.Name, current.Version)) == 0)
            {
                throw new PreconditionFailedException(ETags.Format(current.Version));
            }
            await WriteLinksAsync(session, id, request);
            var updated = (await FindAsync(session, id))!;
            var (before, after) = AuditRedaction.Redact(current, updated, PersonalFields);
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.SubjectRequest, Key(id), AuditActions.Update, before, after);
            return updated;
        }, cancellationToken);
    }

    /// <summary>The request as its department head may read it: null when it does not exist or is routed to none of its departments.</summary>
    internal async Task<SubjectRequestResponse?> FindVisibleAsync(DbSession session, Caller caller, int id)
    {
        var found = await FindAsync(session, id);
        return found is not null && (caller.Scope is null || found.DepartmentCodes.Any(caller.CanSee)) ? found : null;
    }

    internal async Task<SubjectRequestResponse?> FindAsync(DbSession session, int id)
    {
        var row = await session.QuerySingleOrDefaultAsync<SubjectRequestRow>(OneSql, new { Id = id });
        if (row is null) return null;
        var calendar = await WorkingCalendars.LoadAsync(session);
        return (await ResponsesAsync(session, [(row, Due(row, calendar, clock.Today()))]))[0];
    }

    /// <summary>
    /// The request's clock: the due date of its kind (Law 99-З; DeadlineRules) from the day it was received. An answered or
    /// refused request is judged on the day its answer went out; a withdrawn one is never overdue.
    /// </summary>
    internal static DeadlineStatus Due(SubjectRequestRow row, WorkingCalendar calendar, DateOnly today)
    {
        var status = KebabEnum.Parse<SubjectRequestStatus>(row.Status);
        var deadline = DeadlineRules.For(KebabEnum.Parse<SubjectRequestKind>(row.Kind)).From(DateOnly.FromDateTime(row.ReceivedOn), calendar);
        var asOf = status.IsOpen() ? today : row.AnswerOn is { } answered ? DateOnly.FromDateTime(answered) : today;
        var due = deadline.AsOf(asOf, calendar);
        return status == SubjectRequestStatus.Withdrawn ? due with { Overdue = false } : due;
    }

    private static bool OnlyAnswerDiffers(SubjectRequestResponse current, SubjectRequestRequest request) =>
        request.Kind == current.Kind && request.ReceivedOn == current.ReceivedOn && request.Form == current.Form
        && request.Requester is { } requester
        && requester.FullName == current.Requester.FullName && requester.Address == current.Requester.Address
        && requester.BirthDate == current.Requester.BirthDate && requester.IdentificationNumber == current.Requester.IdentificationNumber
        && (requester.IsRepresentative ?? false) == (current.Requester.IsRepresentative ?? false)
        && requester.SubjectFullName == current.Requester.SubjectFullName
        && request.Summary == current.Summary
        && (request.DepartmentCodes ?? []).Order(StringComparer.Ordinal).SequenceEqual(current.DepartmentCodes.Order(StringComparer.Ordinal))
        && (request.ActivityIds ?? []).Order().SequenceEqual(current.ActivityIds.Order());

    private void EnsureNotInFuture(SubjectRequestRequest request)
    {
        var today = clock.Today();
        if (request.ReceivedOn > today) throw new InvalidRequestException("receivedOn", ForReader.Text(
            $"Дата поступления не может быть позже сегодняшней ({today:dd.MM.yyyy}, по минскому времени).",
            $"A request cannot be received after today ({today:yyyy-MM-dd}, Minsk time)."));
        if (request.Answer?.On > today) throw new InvalidRequestException("answer.on", ForReader.Text("Дата ответа не может быть позже сегодняшней.", "An answer cannot go out after today."));
    }

    /// <summary>A second Art. 12 request of the same person in one calendar year is no longer free (ст. 12 п. 1).</summary>
    private static async Task<bool> IsRepeatAsync(DbSession session, int id, SubjectRequestRequest request)
    {
        if (request.Kind != SubjectRequestKind.ThirdPartyDisclosures) return false;
        var received = request.ReceivedOn!.Value;
        var earlier = (await session.QueryAsync<PersonRow>(DisclosureRequestsSql, new
        {
            From = new DateTime(received.Year, 1, 1), To = received.ToDateTime(TimeOnly.MinValue), Id = id,
        })).Select(p => new ReceivedRequest(SubjectRequestKind.ThirdPartyDisclosures, DateOnly.FromDateTime(p.ReceivedOn), p.Subject));
        return ThirdPartyDisclosureRequests.IsRepeatInCalendarYear(
            new ReceivedRequest(SubjectRequestKind.ThirdPartyDisclosures, received, SubjectOf(request.Requester!)), earlier);
    }

    /// <summary>Whom the request is about: the requester, or the subject a representative asks for (known by name only).</summary>
    private static PersonIdentity SubjectOf(Requester requester) => requester.IsRepresentative == true
        ? new PersonIdentity(requester.SubjectFullName ?? "", null, null)
        : new PersonIdentity(requester.FullName ?? "", requester.BirthDate, requester.IdentificationNumber);

    private object Parameters(int id, string number, SubjectRequestRequest request, bool repeat, string? actor, int expectedVersion)
    {
        var requester = request.Requester!;
        var answer = request.Answer;
        return new
        {
            Id = id, Number = number, Kind = KebabEnum.ToKebab(request.Kind!.Value), ReceivedOn = request.ReceivedOn!.Value.ToDateTime(TimeOnly.MinValue),
            Form = KebabEnum.ToKebab(request.Form!.Value), requester.FullName, requester.Address,
            BirthDate = requester.BirthDate?.ToDateTime(TimeOnly.MinValue), requester.IdentificationNumber,
            IsRepresentative = requester.IsRepresentative ?? false, requester.SubjectFullName, request.Summary,
            Status = KebabEnum.ToKebab(request.Status ?? SubjectRequestStatus.Received),
            AnswerOn = answer?.On?.ToDateTime(TimeOnly.MinValue), AnswerForm = answer?.Form is { } form ? KebabEnum.ToKebab(form) : null,
            AnswerOutcome = answer?.Outcome, AnswerRefusalReason = answer?.RefusalReason,
            RepeatInCalendarYear = repeat,
            SearchText = SearchText.Fold(number, request.Summary, requester.FullName, requester.SubjectFullName),
            Now = clock.UtcNow(), Actor = actor, ExpectedVersion = expectedVersion,
        };
    }

    private static async Task WriteLinksAsync(DbSession session, int id, SubjectRequestRequest request)
    {
        await session.ExecuteAsync(DeleteDepartmentsSql, new { Id = id });
        await session.ExecuteAsync(DeleteActivitiesSql, new { Id = id });
        var departments = (request.DepartmentCodes ?? []).Select(c => c!).Distinct(StringComparer.Ordinal).Select(code => new { Id = id, Code = code }).ToList();
        if (departments.Count > 0) await session.ExecuteAsync(InsertDepartmentSql, departments);
        var activities = (request.ActivityIds ?? []).Distinct().Select(activityId => new { Id = id, ActivityId = activityId }).ToList();
        if (activities.Count > 0) await session.ExecuteAsync(InsertActivitySql, activities);
    }

    private static async Task<IReadOnlyList<SubjectRequestResponse>> ResponsesAsync(DbSession session, IReadOnlyList<(SubjectRequestRow Row, DeadlineStatus Due)> rows)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Row.Id).ToList();
        var departments = (await session.QueryAsync<CodeLink>(DepartmentsSql, new { Ids = ids })).ToLookup(l => l.Owner, l => l.Code);
        var activities = (await session.QueryAsync<IdLink>(ActivitiesSql, new { Ids = ids })).ToLookup(l => l.Owner, l => l.Id);
        return rows.Select(r => r.Row.ToResponse(r.Due, departments[r.Row.Id].ToList(), activities[r.Row.Id].ToList())).ToList();
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static NotFoundException NotFound(int id) =>
        new(ForReader.Text($"Обращения {id} нет или оно вам недоступно.", $"There is no subject request {id} that you may see."));

    private sealed class PersonRow
    {
        public int Id { get; init; }
        public DateTime ReceivedOn { get; init; }
        public string? FullName { get; init; }
        public DateTime? BirthDate { get; init; }
        public string? IdentificationNumber { get; init; }
        public bool IsRepresentative { get; init; }
        public string? SubjectFullName { get; init; }

        public PersonIdentity Subject => IsRepresentative
            ? new PersonIdentity(SubjectFullName ?? "", null, null)
            : new PersonIdentity(FullName ?? "", BirthDate is { } b ? DateOnly.FromDateTime(b) : null, IdentificationNumber);
    }

    private sealed class CodeLink
    {
        public int Owner { get; init; }
        public string Code { get; init; } = "";
    }

    private sealed class IdLink
    {
        public int Owner { get; init; }
        public int Id { get; init; }
    }
}

/// <summary>A subject_requests row as stored; it never leaves the data layer.</summary>
internal sealed class SubjectRequestRow
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public string Kind { get; init; } = "";
    public DateTime ReceivedOn { get; init; }
    public string Form { get; init; } = "";
    public string? RequesterFullName { get; init; }
    public string? RequesterAddress { get; init; }
    public DateTime? RequesterBirthDate { get; init; }
    public string? RequesterIdentificationNumber { get; init; }
    public bool RequesterIsRepresentative { get; init; }
    public string? RequesterSubjectFullName { get; init; }
    public string? Summary { get; init; }
    public string Status { get; init; } = "";
    public DateTime? AnswerOn { get; init; }
    public string? AnswerForm { get; init; }
    public string? AnswerOutcome { get; init; }
    public string? AnswerRefusalReason { get; init; }
    public bool RepeatInCalendarYear { get; init; }
    public DateTime? DepersonalisedAt { get; init; }
    public int Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }

    public SubjectRequestResponse ToResponse(DeadlineStatus due, IReadOnlyList<string> departments, IReadOnlyList<int> activities) => new(
        Id, Number, KebabEnum.Parse<SubjectRequestKind>(Kind), DateOnly.FromDateTime(ReceivedOn), KebabEnum.Parse<RequestForm>(Form),
        new Requester(RequesterFullName, RequesterAddress, RequesterBirthDate is { } b ? DateOnly.FromDateTime(b) : null,
            RequesterIdentificationNumber, RequesterIsRepresentative, RequesterSubjectFullName),
        Summary, departments, activities, KebabEnum.Parse<SubjectRequestStatus>(Status), due, RepeatInCalendarYear,
        new RequestAnswer(AnswerOn is { } on ? DateOnly.FromDateTime(on) : null, KebabEnum.ParseOrNull<RequestForm>(AnswerForm), AnswerOutcome, AnswerRefusalReason),
        DepersonalisedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, Version,
        DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc), CreatedBy, DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc), UpdatedBy);
}
