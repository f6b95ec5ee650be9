using Register.Api.Features.Reports;
using Register.Api.Features.Reports.Supervisory;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Imports;

/// <summary>
/// The names a spreadsheet may use for catalog entries and enumeration values, read once per import from the same
/// catalogs the reports name things from (<see cref="ReportCatalogs"/>): each entry by its code, its Russian and English
/// names, and the words the supervisory report writes for it ("name (article, law)" for a legal basis, "name (kind)"
/// for a measure), so that a report read back finds what it named.
/// </summary>
internal sealed class ImportCatalogs
{
    public NameLookup Departments { get; } = new("department", "подразделения", "его");
    public NameLookup SubjectCategories { get; } = new("subject category", "категории субъектов", "её");
    public NameLookup DataCategories { get; } = new("data category", "категории персональных данных", "её");
    public NameLookup LegalBases { get; } = new("legal basis", "правового основания", "его");
    public NameLookup Recipients { get; } = new("recipient", "получателя", "его");
    public NameLookup Countries { get; } = new("country", "страны", "её");
    public NameLookup Systems { get; } = new("information resource (system)", "информационного ресурса (системы)", "его");
    public NameLookup Actions { get; } = new("processing action", "действия с персональными данными", "его");
    public NameLookup Measures { get; } = new("protection measure", "меры защиты", "её");
    public NameLookup StorageForms { get; } = Enumeration<StorageForm>("storage form", "формы хранения", "её");
    public NameLookup ProcessingMethods { get; } = Enumeration<ProcessingMethod>("processing method", "способа обработки", "его");
    public NameLookup DataSources { get; } = Enumeration<DataSource>("source of the data", "источника получения данных", "его");
    public NameLookup RetentionKinds { get; } = Enumeration<RetentionKind>("kind of retention", "вида срока хранения", "его");

    public static async Task<ImportCatalogs> LoadAsync(DbSession session)
    {
        var report = await ReportCatalogs.LoadAsync(session, ReportLanguages.Russian);
        var catalogs = new ImportCatalogs();
        Fill(catalogs.Departments, report.Departments.Values);
        Fill(catalogs.SubjectCategories, report.SubjectCategories.Values);
        Fill(catalogs.DataCategories, report.DataCategories.Values);
        Fill(catalogs.Recipients, report.Recipients.Values);
        Fill(catalogs.Countries, report.Countries.Values);
        Fill(catalogs.Systems, report.Systems.Values);
        Fill(catalogs.Actions, report.Actions.Values);
        foreach (var basis in report.LegalBases.Values)
        {
            catalogs.LegalBases.Add(basis.Code, ReportLanguages.All.SelectMany(lang => new[]
            {
                basis.Name(lang),
                SupervisoryReport.Cite(new ReportLegalBasis(basis.Code, basis.Name(lang), basis.Citation, basis.Law)),
            }));
        }
        foreach (var measure in report.Measures.Values)
        {
            catalogs.Measures.Add(measure.Code, ReportLanguages.All.SelectMany(lang => new[]
            {
                measure.Name(lang),
                measure.MeasureKind is { } kind ? $"{measure.Name(lang)} ({ReportText.Label(kind, lang)})" : null,
            }));
        }
        return catalogs;
    }

    private static void Fill<T>(NameLookup lookup, IEnumerable<T> rows) where T : ReportCatalogs.Row
    {
        foreach (var row in rows) lookup.Add(row.Code, row.NameRu, row.NameEn);
    }

    private static NameLookup Enumeration<TEnum>(string what, string whatRu, string itRu) where TEnum : struct, Enum
    {
        var lookup = new NameLookup(what, whatRu, itRu);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            lookup.Add(KebabEnum.ToKebab(value), ReportLanguages.All.Select(lang => ReportText.Label(value, lang)));
        }
        return lookup;
    }
}
