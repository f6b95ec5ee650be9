using System.Text.Json;
using Register.Api.Features.Activities.List;
using Register.Api.Features.Activities.Transitions;
using Register.Api.Features.Activities.Versions;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Activities;
using Register.Domain.Rules;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Activities;

/// <summary>
/// The register's entries: what a caller may do with them, in one place for the API and the web interface. Every
/// operation checks the caller's role and department scope itself, keeps the workflow's gate (no error findings in
/// review or approved), saves a version and writes its audit row in the write's transaction.
/// </summary>
public sealed class Activities(Db db, TimeProvider clock)
{
    private static readonly ActivityRequestValidator Validator = new();
    private static readonly ListActivitiesQueryValidator ListValidator = new();
    private static readonly PageQueryValidator VersionsValidator = new();
    private static readonly TransitionRequestValidator TransitionValidator = new();

    /// <summary>
    /// The entry's life: drafted, reviewed, approved, retired when processing ends. Any state may go back to draft for
    /// rework; a retired entry only comes back through draft.
    /// </summary>
    public static readonly IReadOnlyDictionary<ActivityStatus, ActivityStatus[]> Transitions = new Dictionary<ActivityStatus, ActivityStatus[]>
    {
        [ActivityStatus.Draft] = [ActivityStatus.InReview, ActivityStatus.Approved, ActivityStatus.Retired],
        [ActivityStatus.InReview] = [ActivityStatus.Draft, ActivityStatus.Approved, ActivityStatus.Retired],
        [ActivityStatus.Approved] = [ActivityStatus.Draft, ActivityStatus.InReview, ActivityStatus.Retired],
        [ActivityStatus.Retired] = [ActivityStatus.Draft],
    };

    public async Task<PageResponse<ActivityResponse>> ListAsync(Caller caller, ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        var (total, page) = await PageAsync(caller, query, cancellationToken);
        return new PageResponse<ActivityResponse>(page.Select(a => a.ToResponse()).ToList(), total, query.PageNumber, query.Size);
    }

    /// <summary>The same page as <see cref="ListAsync"/>, each entry reduced to what a table of the register shows.</summary>
    public async Task<PageResponse<ActivitySummary>> SummariesAsync(Caller caller, ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        var (total, page) = await PageAsync(caller, query, cancellationToken);
        return new PageResponse<ActivitySummary>(page.Select(ActivitySummary.From).ToList(), total, query.PageNumber, query.Size);
    }

    private async Task<(int Total, IReadOnlyList<AssessedActivity> Page)> PageAsync(Caller caller, ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await ListValidator.EnsureValidAsync(query, cancellationToken);
        var (countSql, pageSql, parameters) = ActivityList.Statements(query, caller.Scope, db.Dialect);
        return await db.ReadAsync(async session =>
        {
            var count = await session.ExecuteScalarAsync<int>(countSql, parameters);
            var ids = (await session.QueryAsync<int>(pageSql, parameters)).ToList();
            var states = await ActivityStore.LoadAsync(session, ids);
            return (count, await ActivityAssessor.AssessAsync(session, states, clock.Today()));
        }, cancellationToken);
    }

    /// <summary>The entry with its computed facts and findings; another department's entry does not exist for a department head.</summary>
    public async Task<ActivityResponse> GetAsync(Caller caller, int id, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        var assessed = await db.ReadAsync(async session =>
            await ActivityStore.FindAsync(session, id) is { } state && caller.CanSee(state.Content.DepartmentCode)
                ? await ActivityAssessor.AssessAsync(session, state, clock.Today())
                : null,
            cancellationToken);
        return assessed?.ToResponse() ?? throw NotFound(id);
    }

    /// <summary>
    /// Records a new entry as a draft; its findings tell what the law still requires of it. Without a code, the register
    /// proposes one from the title (transliterated, made unique with a numeric suffix) and returns it.
    /// </summary>
    public async Task<ActivityResponse> CreateAsync(Caller caller, ActivityRequest request, CancellationToken cancellationToken)
    {
        // Everything that needs no database is refused before a write transaction is opened.
        var content = await CheckCreateAsync(caller, request, cancellationToken);
        var created = await db.WriteAsync(session => InsertAsync(session, caller, request.Code, content), cancellationToken);
        return created.ToResponse();
    }

    /// <summary>
    /// <see cref="CreateAsync"/> inside a transaction the caller holds (a spreadsheet import runs many in one): the same
    /// checks, write, version and audit row.
    /// </summary>
    internal async Task<AssessedActivity> CreateInAsync(DbSession session, Caller caller, ActivityRequest request)
    {
        var content = await CheckCreateAsync(caller, request, session.CancellationToken);
        return await InsertAsync(session, caller, request.Code, content);
    }

    private static async Task<ActivityContent> CheckCreateAsync(Caller caller, ActivityRequest request, CancellationToken cancellationToken)
    {
        caller.Require(Access.Drafter);
        await Validator.EnsureValidAsync(request, cancellationToken);
        var content = ActivityContent.From(request);
        ActivityAccess.EnsureMayDraftIn(caller, content.DepartmentCode);
        return content;
    }

    private async Task<AssessedActivity> InsertAsync(DbSession session, Caller caller, string? code, ActivityContent content)
    {
        await ActivityReferences.CheckAsync(session, content);
        code ??= await ProposeCodeAsync(session, content.Title);
        var id = await ActivityWrites.InsertAsync(session, code, content, caller.Name, clock.UtcNow());
        var created = await ActivityWrites.CompleteAsync(session, id, caller.Name, clock.UtcNow(), clock.Today());
        await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Create, null, created.ToResponse());
        return created;
    }

    /// <summary>
    /// Replaces the entry's content, keeping its status. An entry in review or approved must stay free of error findings
    /// (422); to rework it freely, move it back to draft first.
    /// </summary>
    public async Task<ActivityResponse> UpdateAsync(Caller caller, int id, ActivityRequest request, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var content = await CheckUpdateAsync(caller, request, cancellationToken);
        var expectedVersion = ifMatch.Required();
        var updated = await db.WriteAsync(session => ReplaceAsync(session, caller, id, request, content, expectedVersion), cancellationToken);
        return updated.ToResponse();
    }

    /// <summary>
    /// <see cref="UpdateAsync"/> inside a transaction the caller holds, over the version read in it: the same checks,
    /// write, version and audit row.
    /// </summary>
    internal async Task<AssessedActivity> UpdateInAsync(DbSession session, Caller caller, int id, ActivityRequest request)
    {
        var content = await CheckUpdateAsync(caller, request, session.CancellationToken);
        return await ReplaceAsync(session, caller, id, request, content, expectedVersion: null);
    }

    private static async Task<ActivityContent> CheckUpdateAsync(Caller caller, ActivityRequest request, CancellationToken cancellationToken)
    {
        caller.Require(Access.Drafter);
        await Validator.EnsureValidAsync(request, cancellationToken);
        return ActivityContent.From(request);
    }

    private async Task<AssessedActivity> ReplaceAsync(DbSession session, Caller caller, int id, ActivityRequest request, ActivityContent content, int? expectedVersion)
    {
        var current = await ActivityStore.FindAsync(session, id);
        if (current is null || !caller.CanSee(current.Content.DepartmentCode)) throw NotFound(id);
        ActivityAccess.EnsureMayEdit(caller, current);
        ActivityAccess.EnsureMayDraftIn(caller, content.DepartmentCode);
        if (request.Code is null) throw new InvalidRequestException("code", ForReader.Text(
            $"Заполните код: при изменении записи её код повторяется («{current.Code}»).",
            $"'code' must not be empty: a change repeats the entry's code ('{current.Code}')."));
        if (request.Code != current.Code)
        {
            throw new InvalidRequestException("code", ForReader.Text(
                $"Код «{request.Code}» не совпадает с кодом записи «{current.Code}»: код записи не меняется.",
                $"The body's code '{request.Code}' differs from the entry's '{current.Code}'; codes cannot be renamed."));
        }
        return await WriteContentAsync(session, current, content, expectedVersion ?? current.Version, caller.Name);
    }

    /// <summary>
    /// New content for an entry, keeping its status, inside a transaction the caller holds (the release corrections, by
    /// the system): the same write, version and audit row as an officer's change.
    /// </summary>
    internal Task<AssessedActivity> CorrectInAsync(DbSession session, ActivityState current, ActivityRequest request, string actor) =>
        WriteContentAsync(session, current, ActivityContent.From(request), current.Version, actor);

    private async Task<AssessedActivity> WriteContentAsync(DbSession session, ActivityState current, ActivityContent content, int expectedVersion, string? actor)
    {
        await ActivityReferences.CheckAsync(session, content);
        var saved = await ActivityStore.UpdateAsync(session, current.Id, expectedVersion, current.Status, content, current.LastApprovedOn, actor, clock.UtcNow());
        if (!saved) throw new PreconditionFailedException(ETags.Format(current.Version));
        var before = await ActivityAssessor.AssessAsync(session, current, clock.Today());
        var after = await ActivityWrites.CompleteAsync(session, current.Id, actor, clock.UtcNow(), clock.Today());
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Activity, ActivityWrites.AuditKey(current.Id), AuditActions.Update, before.ToResponse(), after.ToResponse());
        return after;
    }

    /// <summary>Moves the entry to another status; to review or approval only without error findings (422 lists them).</summary>
    public async Task<ActivityResponse> TransitionAsync(Caller caller, int id, TransitionRequest request, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(Access.Drafter);
        await TransitionValidator.EnsureValidAsync(request, cancellationToken);
        var expectedVersion = ifMatch.Required();
        var to = request.To!.Value;

        var moved = await db.WriteAsync(async session =>
        {
            var current = await ActivityStore.FindAsync(session, id);
            if (current is null || !caller.CanSee(current.Content.DepartmentCode)) throw NotFound(id);
            ActivityAccess.EnsureMayTransition(caller, current, to);
            if (expectedVersion is { } expected && expected != current.Version) throw new PreconditionFailedException(ETags.Format(current.Version));
            if (!Transitions[current.Status].Contains(to))
            {
                throw new InvalidTransitionException(ForReader.Text(
                    $"Запись в статусе «{ActivityWrites.StatusRu(current.Status)}» нельзя перевести в статус «{ActivityWrites.StatusRu(to)}». " +
                    $"Можно: {string.Join(", ", Transitions[current.Status].Select(s => $"«{ActivityWrites.StatusRu(s)}»"))}.",
                    $"An entry that is {KebabEnum.ToKebab(current.Status)} cannot move to {KebabEnum.ToKebab(to)}. " +
                    $"Allowed: {string.Join(", ", Transitions[current.Status].Select(s => KebabEnum.ToKebab(s)))}."));
            }

            var today = clock.Today();
            if (ActivityWrites.RequiresNoErrors(to))
            {
                var candidate = await ActivityAssessor.AssessAsync(session, current with { Status = to }, today);
                if (ActivityRules.HasErrors(candidate.Findings))
                {
                    throw ActivityWrites.RulesForbid(
                        $"Запись нельзя перевести в статус «{ActivityWrites.StatusRu(to)}», пока в ней есть ошибки.",
                        $"The entry cannot move to {KebabEnum.ToKebab(to)} while it has error findings.", candidate.Findings);
                }
            }

            var lastApprovedOn = to == ActivityStatus.Approved ? today : current.LastApprovedOn;
            if (!await ActivityStore.UpdateAsync(session, id, current.Version, to, current.Content, lastApprovedOn, caller.Name, clock.UtcNow()))
            {
                throw new PreconditionFailedException(ETags.Format(current.Version));
            }
            var before = await ActivityAssessor.AssessAsync(session, current, today);
            var after = await ActivityWrites.CompleteAsync(session, id, caller.Name, clock.UtcNow(), today);
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Transition, before.ToResponse(), after.ToResponse());
            return after;
        }, cancellationToken);
        return moved.ToResponse();
    }

    /// <summary>Removes the entry; its history stays, ending in a tombstone version that carries its last state.</summary>
    public async Task DeleteAsync(Caller caller, int id, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        var expectedVersion = ifMatch.Required();
        await db.WriteAsync(async session =>
        {
            var current = await ActivityStore.FindAsync(session, id) ?? throw NotFound(id);
            if (expectedVersion is { } expected && expected != current.Version) throw new PreconditionFailedException(ETags.Format(current.Version));

            var last = await ActivityAssessor.AssessAsync(session, current, clock.Today());
            if (!await ActivityStore.DeleteAsync(session, id, current.Version)) throw new PreconditionFailedException(ETags.Format(current.Version));
            await ActivityVersions.SaveAsync(session, last.ToResponse(), current.Version + 1, deleted: true, caller.Name, clock.UtcNow());
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Delete, last.ToResponse(), null);
            return true;
        }, cancellationToken);
    }

    /// <summary>Every saved state of the entry, oldest first; still readable after the entry is deleted.</summary>
    public async Task<PageResponse<ActivityVersionSummary>> VersionsAsync(Caller caller, int id, PageQuery query, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        await VersionsValidator.EnsureValidAsync(query, cancellationToken);
        var parameters = new { ActivityId = id, query.Skip, Take = query.Size };
        var (total, rows) = await db.ReadAsync(async session =>
            await ActivityVersions.VisibleAsync(session, id, caller)
                ? (await session.ExecuteScalarAsync<int>(ActivityVersions.CountSql, parameters),
                   await session.QueryAsync<ActivityVersions.VersionRow>(ActivityVersions.PageSql, parameters))
                : (0, []),
            cancellationToken);
        if (total == 0) throw NotFound(id);
        return new PageResponse<ActivityVersionSummary>(rows.Select(r => r.ToSummary()).ToList(), total, query.PageNumber, query.Size);
    }

    public async Task<ActivityVersionResponse> VersionAsync(Caller caller, int id, int version, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        var row = await db.ReadAsync(async session =>
            await ActivityVersions.VisibleAsync(session, id, caller)
                ? await session.QuerySingleOrDefaultAsync<ActivityVersions.VersionRow>(ActivityVersions.OneSql, new { ActivityId = id, Version = version })
                : null,
            cancellationToken);
        return row?.ToResponse() ?? throw new NotFoundException(ForReader.Text(
            $"У записи {id} нет версии {version} или она вам недоступна.", $"The entry {id} has no version {version} that you may see."));
    }

    /// <summary>What changed between two saved states, field by field (lists element by element: <c>purposes[1].text</c>).</summary>
    public async Task<ActivityDiffResponse> DiffAsync(Caller caller, int id, int from, int to, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        var versions = await db.ReadAsync<(JsonElement Before, JsonElement After)?>(async session =>
        {
            if (!await ActivityVersions.VisibleAsync(session, id, caller)) return null;
            var before = await session.QuerySingleOrDefaultAsync<ActivityVersions.VersionRow>(ActivityVersions.OneSql, new { ActivityId = id, Version = from });
            var after = await session.QuerySingleOrDefaultAsync<ActivityVersions.VersionRow>(ActivityVersions.OneSql, new { ActivityId = id, Version = to });
            return before is null || after is null ? null : (before.ToResponse().Activity, after.ToResponse().Activity);
        }, cancellationToken);
        if (versions is null) throw new NotFoundException(ForReader.Text(
            $"У записи {id} нет версий {from} и {to} или они вам недоступны.", $"The entry {id} has no versions {from} and {to} that you may see."));
        return new ActivityDiffResponse(from, to, ActivityDiff.Changes(versions.Value.Before, versions.Value.After));
    }

    public const string LinksByCodeSql = "SELECT id AS Id, code AS Code, title AS Title, department_code AS DepartmentCode FROM activities WHERE code IN @Codes";
    public const string LinksByIdSql = "SELECT id AS Id, code AS Code, title AS Title, department_code AS DepartmentCode FROM activities WHERE id IN @Ids";

    /// <summary>
    /// The entries of these codes that the caller may see, by id, code and title: how a journal names the entries it concerns
    /// (people type codes, requests carry ids). Another department's entry is not there for a department head.
    /// </summary>
    public Task<IReadOnlyList<ActivityLink>> LinksByCodeAsync(Caller caller, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        LinksAsync(caller, LinksByCodeSql, new { Codes = codes.Distinct(StringComparer.Ordinal).ToList() }, codes.Count, cancellationToken);

    /// <summary>The entries of these ids that the caller may see (a deleted entry is no longer there).</summary>
    public Task<IReadOnlyList<ActivityLink>> LinksByIdAsync(Caller caller, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        LinksAsync(caller, LinksByIdSql, new { Ids = ids.Distinct().ToList() }, ids.Count, cancellationToken);

    private async Task<IReadOnlyList<ActivityLink>> LinksAsync(Caller caller, string sql, object parameters, int count, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        // A journal names at most a few hundred entries; the bound keeps one statement within SQL Server's 2100 parameters.
        if (count > MaxLinks) throw new InvalidRequestException("activityIds", ForReader.Text($"Не более {MaxLinks} записей реестра за раз.", $"At most {MaxLinks} entries at a time."));
        if (count == 0) return [];
        var rows = await db.ReadAsync(session => session.QueryAsync<ActivityLinkRow>(sql, parameters), cancellationToken);
        return rows.Where(r => caller.CanSee(r.DepartmentCode)).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new ActivityLink(r.Id, r.Code, r.Title)).ToList();
    }

    public const int MaxLinks = 500;

    private sealed class ActivityLinkRow
    {
        public int Id { get; init; }
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public string? DepartmentCode { get; init; }
    }

    public const string CodesLikeSql = @"SELECT code FROM activities WHERE code = @Code OR code LIKE @Suffixed ESCAPE '\'";

    /// <summary>Inside the write's transaction, so on SQLite (one writer) no other create can take the code meanwhile.</summary>
    private static async Task<string> ProposeCodeAsync(DbSession session, string title)
    {
        var proposal = EntryCodes.FromTitle(title);
        var taken = (await session.QueryAsync<string>(CodesLikeSql, new { Code = proposal, Suffixed = SearchText.EscapeLike(proposal) + "-%" }))
            .ToHashSet(StringComparer.Ordinal);
        return EntryCodes.Unique(proposal, taken);
    }

    private static NotFoundException NotFound(int id) =>
        new(ForReader.Text($"Записи реестра {id} нет или она вам недоступна.", $"There is no register entry {id} that you may see."));
}
