using System.Data.Common;
using Register.Api.Features.Catalogs;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.Operator;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;
using Register.Api.Features.Activities;
using Register.Api.Features.Breaches;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Hosting;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Activities;

namespace Register.Api.Infrastructure.Seeding;

/// <summary>
/// With <c>Register:DemoData=true</c>, gives a new register the demo built from seed 001 (docs/demo-register.md).
/// Runs after <see cref="ReferenceDataLoader"/>, whose catalogs the demo refers to. The demo goes through the
/// API's own validators and write paths, in one transaction: it loads whole or not at all. A marker row in
/// <c>reference_entries</c> makes it a once-only event: a register the officer later empties is not refilled.
/// </summary>
public sealed partial class DemoRegisterLoader(
    Db db, IConfiguration configuration, IServiceProvider services, TimeProvider clock, ILogger<DemoRegisterLoader> logger) : IStartupTask
{
    public const string SettingKey = "Register:DemoData";

    /// <summary>Who the audit trail and the versions name as the author of the demo entries.</summary>
    public const string Actor = "demo-data";

    public const string MarkerCatalog = "demo-register";

    private static readonly ActivityRequestValidator ActivityValidator = new();
    public const string MarkerCode = "loaded";

    public const string MarkerSql = "SELECT COUNT(*) FROM reference_entries WHERE catalog = @Catalog AND code = @Code";

    // "New" is stricter than the brief's minimum (activities, departments, operator): an officer's own catalog
    // entries would collide with the demo's codes, so a register holding any of them is not new either.
    public const string RegisterInUseSql = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM activities) OR EXISTS (SELECT 1 FROM departments) OR EXISTS (SELECT 1 FROM operator)
                      OR EXISTS (SELECT 1 FROM subject_categories) OR EXISTS (SELECT 1 FROM data_categories)
                      OR EXISTS (SELECT 1 FROM recipients) OR EXISTS (SELECT 1 FROM information_systems)
               THEN 1 ELSE 0 END
        """;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(SettingKey)) return;

        var outcome = await db.WriteAsync(LoadAsync, cancellationToken);
        switch (outcome)
        {
            case { Loaded: { } counts }:
                LogLoaded(logger, counts.Departments, counts.SubjectCategories, counts.DataCategories, counts.Recipients,
                    counts.InformationSystems, counts.Activities, counts.Approved, counts.Drafts);
                break;
            case { AlreadyLoaded: true }:
                LogAlreadyLoaded(logger);
                break;
            default:
                LogRegisterInUse(logger);
                break;
        }
    }

    private async Task<DemoOutcome> LoadAsync(DbSession session)
    {
        var marker = new { Catalog = MarkerCatalog, Code = MarkerCode };
        if (await session.ExecuteScalarAsync<int>(MarkerSql, marker) > 0) return new DemoOutcome(null, AlreadyLoaded: true);
        if (await session.ExecuteScalarAsync<int>(RegisterInUseSql) == 1) return new DemoOutcome(null, AlreadyLoaded: false);
        if (!await RecordMarkerAsync(session)) return new DemoOutcome(null, AlreadyLoaded: true);

        var demo = DemoRegister.Read();

        await Step("the operator", () => services.GetRequiredService<OperatorCard>().SaveInAsync(session, demo.Operator, IfMatch.Missing, Actor));
        await LoadAsync(session, services.GetRequiredService<Departments>(), demo.Departments, "department");
        await LoadAsync(session, services.GetRequiredService<SubjectCategories>(), demo.SubjectCategories, "subject category");
        await LoadAsync(session, services.GetRequiredService<DataCategories>(), demo.DataCategories, "data category");
        await LoadAsync(session, services.GetRequiredService<Recipients>(), demo.Recipients, "recipient");
        await LoadAsync(session, services.GetRequiredService<InformationSystems>(), demo.InformationSystems, "information system");
        foreach (var activity in demo.Activities)
        {
            await Step(Named("activity", activity.Request.Code), () => InsertActivityAsync(session, activity));
        }
        var journals = DemoJournals.Read();
        await LoadJournalsAsync(session, journals);

        return new DemoOutcome(new DemoCounts(demo.Departments.Count, demo.SubjectCategories.Count, demo.DataCategories.Count,
            demo.Recipients.Count, demo.InformationSystems.Count, demo.Activities.Count,
            demo.Activities.Count(a => a.Status == ActivityStatus.Approved), demo.Activities.Count(a => a.Status == ActivityStatus.Draft)),
            AlreadyLoaded: false);
    }

    /// <summary>
    /// The marker goes in first, inside the load's transaction. When two instances start on a new SQL Server
    /// database at once, the second one's insert waits for the first to commit and then fails on the key:
    /// that instance leaves the demo to the first. (On SQLite the write lock already serialises them.)
    /// </summary>
    private async Task<bool> RecordMarkerAsync(DbSession session)
    {
        try
        {
            await session.ExecuteAsync(ReferenceDataLoader.RecordSql, new { Catalog = MarkerCatalog, Code = MarkerCode, Now = clock.UtcNow() });
            return true;
        }
        catch (DbException exception) when (session.Dialect.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    /// <summary>
    /// An entry is recorded as a draft the way POST does it; an approved one then moves on the way a transition
    /// does. <see cref="ActivityWrites.CompleteAsync"/> refuses (422) an approved entry with error findings, which
    /// stops the whole load: the demo ships only approved entries that satisfy the law's rules.
    /// </summary>
    private async Task<bool> InsertActivityAsync(DbSession session, DemoActivity activity)
    {
        var request = activity.Request;
        await ActivityValidator.EnsureValidAsync(request, session.CancellationToken);
        var content = ActivityContent.From(request);
        var today = clock.Today();
        await ActivityReferences.CheckAsync(session, content);
        var id = await ActivityWrites.InsertAsync(session, request.Code!, content, Actor, clock.UtcNow());
        var created = await ActivityWrites.CompleteAsync(session, id, Actor, clock.UtcNow(), today);
        await AuditLog.RecordAsync(session, Actor, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Create, null, created.ToResponse());

        if (activity.Status == ActivityStatus.Draft) return true;
        if (activity.Status == ActivityStatus.Retired)
        {
            throw new InvalidOperationException("The demo register has no retired entries; a retired one would need an approval history first.");
        }
        var lastApprovedOn = activity.Status == ActivityStatus.Approved ? today : (DateOnly?)null;
        if (!await ActivityStore.UpdateAsync(session, id, created.State.Version, activity.Status, content, lastApprovedOn, Actor, clock.UtcNow()))
        {
            throw new InvalidOperationException($"The demo activity '{request.Code}' changed while it was being loaded.");
        }
        var moved = await ActivityWrites.CompleteAsync(session, id, Actor, clock.UtcNow(), today);
        await AuditLog.RecordAsync(session, Actor, clock, AuditEntities.Activity, ActivityWrites.AuditKey(id), AuditActions.Transition, created.ToResponse(), moved.ToResponse());
        return true;
    }

    public const string ActivityIdsSql = "SELECT id FROM activities WHERE code IN @Codes";

    /// <summary>
    /// The journals through their own create (validation, links, numbers, the audit row without the requester's details), with
    /// the dates counted back from today at 10:00 in Minsk.
    /// </summary>
    private async Task LoadJournalsAsync(DbSession session, DemoJournals journals)
    {
        var today = clock.Today();
        DateOnly Day(int daysAgo) => today.AddDays(-daysAgo);
        DateTimeOffset At(int daysAgo) => Register.Domain.Journals.MinskTime.StartOf(Day(daysAgo)).AddHours(10);
        async Task<IReadOnlyList<int>> Ids(IReadOnlyList<string>? codes) =>
            codes is { Count: > 0 } ? (await session.QueryAsync<int>(ActivityIdsSql, new { Codes = codes })).ToList() : [];

        var requests = services.GetRequiredService<SubjectRequests>();
        foreach (var demo in journals.SubjectRequests)
        {
            var request = demo.Request with
            {
                ReceivedOn = Day(demo.ReceivedDaysAgo),
                ActivityIds = await Ids(demo.ActivityCodes),
                Answer = demo.AnsweredDaysAgo is { } answered && demo.Request.Answer is { } answer ? answer with { On = Day(answered) } : demo.Request.Answer,
            };
            await Step($"subject request received {demo.ReceivedDaysAgo} days ago", () => requests.CreateInAsync(session, request, Actor));
        }

        var breaches = services.GetRequiredService<Breaches>();
        foreach (var demo in journals.Breaches)
        {
            var breach = demo.Breach with
            {
                DetectedAt = At(demo.DetectedDaysAgo),
                ActivityIds = await Ids(demo.ActivityCodes),
                Npdpc = demo.Breach.Npdpc! with { NotifiedAt = demo.NotifiedDaysAgo is { } notified ? At(notified) : null },
                SubjectsNotifiedAt = demo.SubjectsNotifiedDaysAgo is { } told ? At(told) : null,
            };
            await Step($"breach detected {demo.DetectedDaysAgo} days ago", () => breaches.CreateInAsync(session, breach, Actor));
        }
    }

    /// <summary>Each entry through the catalog's own create, as POST runs it (validation, references, audit).</summary>
    private static async Task LoadAsync<TRequest, TResponse, TQuery>(
        DbSession session, Catalog<TRequest, TResponse, TQuery> catalog, IReadOnlyList<TRequest> entries, string kind)
        where TRequest : class, ICatalogRequest where TResponse : class, ICatalogResponse where TQuery : PageQuery
    {
        foreach (var entry in entries)
        {
            await Step(Named(kind, entry.Code), () => catalog.CreateInAsync(session, entry, Actor));
        }
    }

    /// <summary>The demo's entries are named by code in any refusal, so the broken line of the file is found at once.</summary>
    private static string Named(string kind, string? code) =>
        code is null ? throw new InvalidOperationException($"The demo register has a {kind} without a code.") : $"{kind} '{code}'";

    /// <summary>A refusal from a write path (400, 409, 422) names the demo entry, so the broken line of the file is found at once.</summary>
    private static async Task Step<T>(string what, Func<Task<T>> write)
    {
        try
        {
            await write();
        }
        catch (ApiException exception)
        {
            var details = exception switch
            {
                InvalidRequestException invalid => " " + string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
                _ when exception.Extensions.TryGetValue("findings", out var findings) && findings is IEnumerable<FindingResponse> list =>
                    " Findings: " + string.Join("; ", list.Select(f => $"{f.Rule} {f.Path}: {f.Message}")),
                _ => "",
            };
            throw new InvalidOperationException($"The demo register's {what} could not be loaded ({exception.Status}): {exception.Message}{details}", exception);
        }
    }

    private sealed record DemoOutcome(DemoCounts? Loaded, bool AlreadyLoaded);

    private sealed record DemoCounts(int Departments, int SubjectCategories, int DataCategories, int Recipients, int InformationSystems,
        int Activities, int Approved, int Drafts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo register: {Departments} departments, {SubjectCategories} subject categories, " +
        "{DataCategories} data categories, {Recipients} recipients, {InformationSystems} information systems, {Activities} activities " +
        "({Approved} approved, {Drafts} drafts)")]
    private static partial void LogLoaded(ILogger logger, int departments, int subjectCategories, int dataCategories, int recipients,
        int informationSystems, int activities, int approved, int drafts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The demo register was loaded into this database before: not loaded again")]
    private static partial void LogAlreadyLoaded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is on, but this database already holds register entries: the demo is loaded only into a new register")]
    private static partial void LogRegisterInUse(ILogger logger);
}
