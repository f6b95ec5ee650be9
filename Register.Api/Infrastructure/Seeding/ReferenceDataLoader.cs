using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Hosting;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Seeding;

/// <summary>
/// Seeds the law's catalogs (legal bases, countries, processing actions, protection measures) into every
/// database on start. Each shipped entry is seeded once, recorded in <c>reference_entries</c>: an entry the
/// officer has edited is never overwritten, one the officer deleted is not brought back, and an entry added
/// to the files by a later release is seeded on its first start.
/// </summary>
public sealed partial class ReferenceDataLoader(Db db, TimeProvider clock, ILogger<ReferenceDataLoader> logger) : IStartupTask
{
    public const string SeededSql = "SELECT catalog AS Catalog, code AS Code FROM reference_entries";
    public const string RecordSql = "INSERT INTO reference_entries (catalog, code, seeded_at) VALUES (@Catalog, @Code, @Now)";

    public const string InsertLegalBasisSql = """
        INSERT INTO legal_bases (code, name_ru, name_be, name_en, kind, citation, law, search_text, version, created_at, updated_at)
        SELECT @Code, @NameRu, @NameBe, @NameEn, @Kind, @Citation, @Law, @SearchText, 1, @Now, @Now
        WHERE NOT EXISTS (SELECT 1 FROM legal_bases WHERE code = @Code)
        """;
    public const string InsertCountrySql = """
        INSERT INTO countries (code, name_ru, name_be, name_en, adequate_protection, source, search_text, version, created_at, updated_at)
        SELECT @Code, @NameRu, @NameBe, @NameEn, @AdequateProtection, @Source, @SearchText, 1, @Now, @Now
        WHERE NOT EXISTS (SELECT 1 FROM countries WHERE code = @Code)
        """;
    public const string InsertActionSql = """
        INSERT INTO processing_actions (code, name_ru, name_be, name_en, search_text, version, created_at, updated_at)
        SELECT @Code, @NameRu, @NameBe, @NameEn, @SearchText, 1, @Now, @Now
        WHERE NOT EXISTS (SELECT 1 FROM processing_actions WHERE code = @Code)
        """;
    public const string InsertMeasureSql = """
        INSERT INTO protection_measures (code, name_ru, name_be, name_en, kind, crypto_means, search_text, version, created_at, updated_at)
        SELECT @Code, @NameRu, @NameBe, @NameEn, @Kind, @CryptoMeans, @SearchText, 1, @Now, @Now
        WHERE NOT EXISTS (SELECT 1 FROM protection_measures WHERE code = @Code)
        """;

    public const string InsertCalendarYearSql = """
        INSERT INTO calendar_years (year, holidays, transferred_days_off, transferred_working_days, confirmed, source, version, updated_at, updated_by)
        SELECT @Year, @Holidays, @TransferredDaysOff, @TransferredWorkingDays, @Confirmed, @Source, 1, @Now, @Actor
        WHERE NOT EXISTS (SELECT 1 FROM calendar_years WHERE year = @Year)
        """;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var seededNow = await db.WriteAsync(async session =>
        {
            var seeded = (await session.QueryAsync<(string Catalog, string Code)>(SeededSql)).ToHashSet();
            var count = 0;
            count += await SeedAsync(session, seeded, "legal-bases", InsertLegalBasisSql, ReferenceData.LegalBases(), b => b.Code, b => new
            {
                b.Code, NameRu = b.Names.Ru, NameBe = b.Names.Be, NameEn = b.Names.En, Kind = KebabEnum.ToKebab(b.Kind),
                b.Citation, b.Law, SearchText = SearchText.Fold(b.Code, b.Names.Ru, b.Names.Be, b.Names.En, b.Citation), Now = now,
            }, now);
            count += await SeedAsync(session, seeded, "countries", InsertCountrySql, ReferenceData.Countries(), c => c.Code, c => new
            {
                c.Code, NameRu = c.Names.Ru, NameBe = c.Names.Be, NameEn = c.Names.En, c.AdequateProtection, c.Source,
                SearchText = SearchText.Fold(c.Code, c.Names.Ru, c.Names.Be, c.Names.En), Now = now,
            }, now);
            count += await SeedAsync(session, seeded, "processing-actions", InsertActionSql, ReferenceData.ProcessingActions(), a => a.Code, a => new
            {
                a.Code, NameRu = a.Names.Ru, NameBe = a.Names.Be, NameEn = a.Names.En,
                SearchText = SearchText.Fold(a.Code, a.Names.Ru, a.Names.Be, a.Names.En), Now = now,
            }, now);
            // The working-day calendar: the years whose transfers are confirmed (a year the officer already keeps is left alone).
            count += await SeedAsync(session, seeded, "calendar-years", InsertCalendarYearSql, ReferenceData.CalendarYears(),
                y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y => Features.Calendar.WorkingCalendars.Parameters(y, actor: null, expectedVersion: null, now), now);
            count += await SeedAsync(session, seeded, "protection-measures", InsertMeasureSql, ReferenceData.ProtectionMeasures(), m => m.Code, m => new
            {
                m.Code, NameRu = m.Names.Ru, NameBe = m.Names.Be, NameEn = m.Names.En, Kind = KebabEnum.ToKebab(m.Kind), m.CryptoMeans,
                SearchText = SearchText.Fold(m.Code, m.Names.Ru, m.Names.Be, m.Names.En), Now = now,
            }, now);
            return count;
        }, cancellationToken);
        if (seededNow > 0) LogSeeded(logger, seededNow);
    }

    private static async Task<int> SeedAsync<T>(DbSession session, HashSet<(string Catalog, string Code)> seeded, string catalog, string insertSql,
        IReadOnlyList<T> entries, Func<T, string> code, Func<T, object> parameters, DateTime now)
    {
        var pending = entries.Where(e => !seeded.Contains((catalog, code(e)))).ToList();
        if (pending.Count == 0) return 0;
        await session.ExecuteAsync(insertSql, pending.Select(parameters).ToList());
        await session.ExecuteAsync(RecordSql, pending.Select(e => new { Catalog = catalog, Code = code(e), Now = now }).ToList());
        return pending.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} reference entries (legal bases, countries, actions, measures, calendar years)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
