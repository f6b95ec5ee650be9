using System.Text.Json;
using Register.Api.Features.Activities;
using Register.Api.Features.DataCategories;
using Register.Api.Features.LegalBases;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Hosting;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Seeding;

/// <summary>
/// Brings a register created by an earlier release up to a correction of its shipped data
/// (<c>ReferenceData/corrections-*.json</c>): the law's reference data, and the demo register where it was loaded. An
/// entry still exactly as that release shipped it ("from") is changed to "to" by the system, with its audit row (and for
/// an entry, its version); an entry changed in the register since is left as it is, and the start-up log names it and
/// says why. Runs once per correction (a marker in <c>reference_entries</c>), in one transaction, before the reference
/// data is seeded; on a new register it finds nothing to correct.
/// </summary>
public sealed partial class ReleaseCorrections(
    Db db, LegalBases legalBases, DataCategories dataCategories, Activities activities, TimeProvider clock, ILogger<ReleaseCorrections> logger)
    : IStartupTask
{
    /// <summary>Who the audit trail and the versions name as the author of a correction.</summary>
    public const string Actor = Audit.AuditActors.System;

    public const string MarkerCatalog = "release-corrections";

    /// <summary>Whether <c>reference_entries</c> records an entry: a correction applied, the demo loaded, a reference entry seeded.</summary>
    public const string RecordedSql = "SELECT COUNT(*) FROM reference_entries WHERE catalog = @Catalog AND code = @Code";

    private static readonly string[] Files = ["ReferenceData/corrections-0001-law-99z.json"];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var file in Files)
        {
            var correction = EmbeddedJson.Read<Correction>(file);
            var applied = await db.WriteAsync(session => ApplyAsync(session, correction), cancellationToken);
            if (applied > 0) LogApplied(logger, correction.Id, applied);
        }
    }

    private async Task<int> ApplyAsync(DbSession session, Correction correction)
    {
        var marker = new { Catalog = MarkerCatalog, Code = correction.Id };
        if (await session.ExecuteScalarAsync<int>(RecordedSql, marker) > 0) return 0;
        await session.ExecuteAsync(ReferenceDataLoader.RecordSql, new { marker.Catalog, marker.Code, Now = clock.UtcNow() });

        var applied = 0;
        foreach (var basis in correction.LegalBases)
        {
            var current = await legalBases.FindInAsync(session, basis.Code);
            if (current is null)
            {
                if (await session.ExecuteScalarAsync<int>(RecordedSql, new { Catalog = "legal-bases", basis.Code }) > 0) LogDeleted(logger, "legal basis", basis.Code);
                continue;
            }
            var state = LegalBasisFields(current.Names, KebabEnum.ToKebab(current.Kind), current.Citation, current.Law);
            if (state == LegalBasisFields(basis.To)) continue;
            if (state != LegalBasisFields(basis.From))
            {
                LogKept(logger, "legal basis", basis.Code, basis.Source);
                continue;
            }
            await legalBases.UpdateInAsync(session, basis.Code, basis.To with { Code = null }, Actor);
            applied++;
        }

        // The demo's entries were loaded once into a new register (its marker says so); what the officer has not touched since
        // is corrected like the reference data.
        if (await session.ExecuteScalarAsync<int>(RecordedSql, new { Catalog = DemoRegisterLoader.MarkerCatalog, Code = DemoRegisterLoader.MarkerCode }) == 0)
        {
            return applied;
        }
        foreach (var category in correction.DemoDataCategories)
        {
            var current = await dataCategories.FindInAsync(session, category.Code);
            if (current is null) continue;
            var state = DataCategoryFields(current.Names, current.Group, KebabEnum.ToKebab(current.NpdpcCategory), current.UsedForUniqueIdentification, current.Depersonalised);
            if (state == DataCategoryFields(category.To)) continue;
            if (state != DataCategoryFields(category.From))
            {
                LogKept(logger, "demo data category", category.Code, correction.Id);
                continue;
            }
            await dataCategories.UpdateInAsync(session, category.Code, category.To with { Code = null }, Actor);
            applied++;
        }
        foreach (var entry in correction.DemoActivities)
        {
            var id = await session.QuerySingleOrDefaultAsync<int?>(ActivityStore.IdByCodeSql, new { entry.Code });
            if (id is not { } activityId || await ActivityStore.FindAsync(session, activityId) is not { } current) continue;
            var state = ContentOf(current.Content);
            if (state == ContentOf(ActivityContent.From(entry.To))) continue;
            if (state != ContentOf(ActivityContent.From(entry.From)))
            {
                LogKept(logger, "demo register entry", entry.Code, correction.Id);
                continue;
            }
            await activities.CorrectInAsync(session, current, entry.To, Actor);
            applied++;
        }
        return applied;
    }

    private static string LegalBasisFields(LegalBasisRequest basis) => LegalBasisFields(basis.Names, KebabEnum.ToKebab(basis.Kind!.Value), basis.Citation, basis.Law);

    private static string LegalBasisFields(LocalizedNames? names, string kind, string? citation, string? law) =>
        JsonSerializer.Serialize(new { names?.Ru, names?.Be, names?.En, kind, citation, law }, RegisterJson.Options);

    private static string DataCategoryFields(DataCategoryRequest category) => DataCategoryFields(category.Names, category.Group,
        KebabEnum.ToKebab(category.NpdpcCategory!.Value), category.UsedForUniqueIdentification, category.Depersonalised ?? false);

    private static string DataCategoryFields(LocalizedNames? names, string? group, string category, bool? used, bool depersonalised) =>
        JsonSerializer.Serialize(new { names?.Ru, names?.Be, names?.En, group, category, used, depersonalised }, RegisterJson.Options);

    private static string ContentOf(ActivityContent content) => JsonSerializer.Serialize(content, RegisterJson.Options);

    private sealed record Correction(
        string Id, IReadOnlyList<LegalBasisCorrection> LegalBases, IReadOnlyList<DataCategoryCorrection> DemoDataCategories,
        IReadOnlyList<ActivityCorrection> DemoActivities);

    private sealed record LegalBasisCorrection(string Code, string Source, LegalBasisRequest From, LegalBasisRequest To);

    private sealed record DataCategoryCorrection(string Code, DataCategoryRequest From, DataCategoryRequest To);

    private sealed record ActivityCorrection(string Code, ActivityRequest From, ActivityRequest To);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied the release correction {Correction} to {Count} entries of this register (by the system; see the audit trail)")]
    private static partial void LogApplied(ILogger logger, string correction, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {What} '{Code}' was changed in this register since it was shipped, so its correction ({Source}) " +
        "was not applied: compare it with the shipped one and apply what still holds by hand")]
    private static partial void LogKept(ILogger logger, string what, string code, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {What} '{Code}' was deleted in this register: its correction was not applied and it is not restored")]
    private static partial void LogDeleted(ILogger logger, string what, string code);
}
