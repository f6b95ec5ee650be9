using System.Runtime.CompilerServices;
using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Domain.Catalogs;
using Register.Domain.Systems;
using static Register.Api.Features.Reports.ReportCells;

namespace Register.Api.Features.Reports.Supervisory;

/// <summary>
/// GET /api/reports/supervisory: the information set of the Regulation's internal-control chapter, one row per
/// register entry (retired entries excluded), with the operator's header.
/// </summary>
public sealed class SupervisoryReport(Reports reports) : ReportEndpoint<SupervisoryRow>(reports)
{
    internal static Report<SupervisoryRow> ReportOf => new(ReportRoutes.Supervisory,
        "The supervisory information set",
        "One row per register entry (retired ones excluded) with what the Regulation's internal-control chapter requires the officer to produce for the NPDPC: purposes, data and subjects, legal bases, actions, protection measures and encryption, the responsible person, start and termination, retention, cross-border transfers and security.",
        Layout, RowsAsync);

    private protected override Report<SupervisoryRow> Report => ReportOf;

    internal static readonly ReportDefinition<SupervisoryRow> Layout = new(
        "supervisory",
        new("Сведения об обработке персональных данных (для внутреннего контроля и уполномоченного органа)",
            "Information on the processing of personal data (internal control and the supervisory authority)"),
        [
            new("number", new("№ п/п", "No."), 6, (r, _) => r.Number),
            new("operator", new("Оператор (наименование, место нахождения)", "Operator (name, address)"), 30,
                (_, h) => Lines([h.Operator?.Name, h.Operator?.Address])),
            new("code", new("Код записи", "Entry code"), 20, (r, _) => r.Code),
            new("title", new("Обработка персональных данных", "Processing of personal data"), 36, (r, _) => r.Title),
            new("department", new("Структурное подразделение", "Department"), 24, (r, _) => r.Department?.Name),
            new("status", new("Статус записи", "Entry status"), 14, (r, _) => r.Status.Name),
            new("purposes", new("Цели обработки", "Purposes of processing"), 46,
                (r, _) => Lines(r.Purposes.Select((p, i) => $"{i + 1}. {p.Text}"))),
            new("dataCategories", new("Категории персональных данных", "Categories of personal data"), 46,
                (r, _) => Lines(r.DataCategories.Select(d => d.Name))),
            new("npdpcCategory", new("Категория персональных данных (приказ НЦЗПД № 12)", "NPDPC category (NPDPC Order No. 12)"), 24,
                (r, _) => r.NpdpcCategory?.Name),
            new("subjectCategories", new("Категории субъектов персональных данных", "Categories of data subjects"), 30,
                (r, _) => Lines(r.SubjectCategories.Select(s => s.Name))),
            new("legalBases", new("Правовые основания обработки", "Legal bases for processing"), 52,
                (r, h) => Lines(r.Purposes.Select((p, i) => $"{i + 1}. " + string.Join("; ",
                    p.LegalBases.Select(Cite).Append(p.LegalReference is { Length: > 0 } act ? SupervisoryWords.Act.In(h.Lang) + act : null).OfType<string>())))),
            new("actions", new("Перечень действий с персональными данными", "Actions with personal data"), 30,
                (r, _) => string.Join(", ", r.Actions.Select(a => a.Name))),
            new("methods", new("Способы обработки персональных данных", "Methods of processing"), 32,
                (r, h) => Lines([
                    r.ProcessingMethod?.Name,
                    r.StorageForm is { } form ? SupervisoryWords.Storage.In(h.Lang) + form.Name : null,
                    r.DataSource is { } source ? SupervisoryWords.Obtained.In(h.Lang) + source.Name : null,
                ])),
            new("protectionMeasures", new("Меры по обеспечению защиты персональных данных (ст. 17 Закона № 99-З)",
                    "Measures to protect personal data (Art. 17 of Law No. 99-Z)"), 52,
                (r, _) => Lines(r.ProtectionMeasures.Select(m => m.Kind is { } kind ? $"{m.Name} ({kind.Name})" : m.Name))),
            new("cryptographicMeansUsed", new("Использование средств шифрования (криптографических средств)", "Encryption (cryptographic) means used"), 16,
                (r, h) => ReportText.YesNo(r.CryptographicMeansUsed, h.Lang)),
            new("cryptographicMeans", new("Наименования средств шифрования", "Names of the cryptographic means"), 44,
                (r, _) => Lines(r.CryptographicMeans)),
            new("responsiblePerson", new("Лицо, ответственное за организацию обработки (ФИО, телефоны, почтовый и электронный адреса)",
                    "Person responsible for organising processing (name, phones, postal and e-mail addresses)"), 40,
                (r, _) => r.ResponsiblePerson is { } p ? Lines([p.FullName, p.Position, p.Phone, p.PostalAddress, p.Email]) : null),
            new("startDate", new("Дата начала обработки", "Processing start date"), 14, (r, _) => r.StartDate),
            new("terminationCondition", new("Срок или условие прекращения обработки", "Term or condition of termination of processing"), 42,
                (r, _) => r.TerminationCondition),
            new("retention", new("Сроки хранения персональных данных", "Retention of personal data"), 42, (r, _) => r.Retention),
            new("crossBorder", new("Трансграничная передача", "Cross-border transfer"), 14, (r, h) => ReportText.YesNo(r.CrossBorder, h.Lang)),
            new("crossBorderCountries", new("Государства трансграничной передачи", "Countries of cross-border transfer"), 34,
                (r, h) => Lines(r.Transfers.Select(t => $"{t.Country.Name} ({(t.AdequateProtection
                    ? SupervisoryWords.AdequateProtection.In(h.Lang)
                    : SupervisoryWords.NoAdequateProtection.In(h.Lang))}{(t.LegalBasis is { } b ? "; " + Cite(b) : "")}): {t.Recipient.Name}"))),
            new("security", new("Обеспечение безопасности персональных данных", "How the security of personal data is ensured"), 52,
                (r, h) => Lines([
                    r.InformationSystems.Count == 0 ? null : SupervisoryWords.InformationResources.In(h.Lang)
                        + string.Join("; ", r.InformationSystems.Select(s => s.OacClass is { } oac ? $"{s.Name} ({SupervisoryWords.Class.In(h.Lang)} {oac})" : s.Name)),
                    Measures(r, h, ProtectionMeasureKind.Technical, SupervisoryWords.TechnicalMeasures),
                    Measures(r, h, ProtectionMeasureKind.Cryptographic, SupervisoryWords.CryptographicProtection),
                    r.AccessPositions.Count == 0 ? null : SupervisoryWords.Access.In(h.Lang) + string.Join(", ", r.AccessPositions),
                ])),
        ]);

    /// <summary>A legal basis as the report cites it: "name (citation, law)"; the importer reads it back by the same words.</summary>
    internal static string Cite(ReportLegalBasis basis) =>
        basis.Citation is { Length: > 0 } || basis.Law is { Length: > 0 }
            ? $"{basis.Name} ({string.Join(", ", new[] { basis.Citation, basis.Law }.Where(s => !string.IsNullOrWhiteSpace(s)))})"
            : basis.Name;

    private static string? Measures(SupervisoryRow row, ReportHeader header, ProtectionMeasureKind kind, Localized prefix)
    {
        var code = Infrastructure.Http.KebabEnum.ToKebab(kind);
        var names = row.ProtectionMeasures.Where(m => m.Kind?.Code == code).Select(m => m.Name).ToList();
        return names.Count == 0 ? null : prefix.In(header.Lang) + string.Join("; ", names);
    }

    internal static async IAsyncEnumerable<SupervisoryRow> RowsAsync(ReportSource source, ReportHeader header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var systems = await source.SystemAssessmentsAsync(cancellationToken);
        var number = 0;
        await foreach (var batch in source.EntriesAsync(cancellationToken))
        {
            foreach (var entry in batch) yield return Row(++number, entry, source.Catalogs, header, systems);
        }
    }

    internal static SupervisoryRow Row(int number, ActivityResponse entry, ReportCatalogs catalogs, ReportHeader header,
        IReadOnlyDictionary<string, SystemAssessment> systems)
    {
        var lang = header.Lang;
        var measures = entry.ProtectionMeasureCodes.Select(code =>
        {
            catalogs.Measures.TryGetValue(code, out var measure);
            return new ReportMeasure(code, measure?.Name(lang) ?? code, ReportText.Ref(measure?.MeasureKind, lang), measure?.CryptoMeans);
        }).ToList();
        var cryptographic = measures.Where(m => m.Kind?.Code == "cryptographic").ToList();
        var transfers = entry.Recipients.Where(r => r.Transfer is not null).Select(r =>
        {
            var country = r.Transfer!.CountryCode;
            return new ReportTransfer(
                catalogs.Ref(catalogs.Recipients, r.Code),
                catalogs.Ref(catalogs.Countries, country),
                catalogs.Countries.TryGetValue(country, out var c) && c.AdequateProtection,
                r.Transfer.LegalBasisCode is { } basis ? Basis(catalogs, basis, lang) : null);
        }).ToList();

        return new SupervisoryRow(
            number,
            entry.Id,
            entry.Code,
            entry.Title,
            catalogs.RefOrNull(catalogs.Departments, entry.DepartmentCode),
            ReportText.Ref(entry.Status, lang),
            entry.Purposes.Select(p => new ReportPurpose(p.Text, p.LegalBasisCodes.Select(b => Basis(catalogs, b, lang)).ToList(), p.LegalReference)).ToList(),
            entry.DataCategories.Select(d =>
            {
                catalogs.DataCategories.TryGetValue(d.Code, out var category);
                return new ReportDataCategory(d.Code, category?.Name(lang) ?? d.Code, ReportText.NpdpcRef(category?.Category, lang),
                    d.Retention is null ? null : ReportText.Retention(d.Retention, lang));
            }).ToList(),
            ReportText.NpdpcRef(entry.NpdpcCategory, lang),
            catalogs.Refs(catalogs.SubjectCategories, entry.SubjectCategoryCodes),
            entry.Purposes.SelectMany(p => p.LegalBasisCodes).Distinct(StringComparer.Ordinal).Select(b => Basis(catalogs, b, lang)).ToList(),
            catalogs.Refs(catalogs.Actions, entry.ActionCodes),
            ReportText.Ref(entry.ProcessingMethod, lang),
            ReportText.Ref(entry.StorageForm, lang),
            ReportText.Ref(entry.DataSource, lang),
            measures,
            cryptographic.Count > 0,
            cryptographic.Select(m => m.CryptoMeans is { Length: > 0 } means ? $"{m.Name}: {means}" : m.Name).ToList(),
            header.Operator?.ResponsiblePerson,
            entry.StartDate,
            entry.TerminationCondition,
            Retention(entry, catalogs, lang),
            entry.CrossBorder,
            transfers.Select(t => t.Country).DistinctBy(c => c.Code).ToList(),
            transfers,
            entry.InformationSystemCodes.Select(code =>
            {
                catalogs.Systems.TryGetValue(code, out var system);
                return new ReportSystem(code, system?.Name(lang) ?? code,
                    ReportText.Ref(system?.SystemKind ?? InformationSystemKind.Electronic, lang),
                    systems.TryGetValue(code, out var assessment) ? assessment.OacClass : null);
            }).ToList(),
            entry.AccessPositions);
    }

    internal static ReportLegalBasis Basis(ReportCatalogs catalogs, string code, string lang) =>
        catalogs.LegalBases.TryGetValue(code, out var basis)
            ? new ReportLegalBasis(code, basis.Name(lang), basis.Citation, basis.Law)
            : new ReportLegalBasis(code, code, null, null);

    /// <summary>The entry's retention, then each data category that keeps its own ("Видеоизображение: 30 дней").</summary>
    internal static string Retention(ActivityResponse entry, ReportCatalogs catalogs, string lang) => Lines(
        entry.DataCategories.Where(d => d.Retention is not null)
            .Select(d => $"{catalogs.Ref(catalogs.DataCategories, d.Code).Name}: {ReportText.Retention(d.Retention, lang)}")
            .Prepend(ReportText.Retention(entry.Retention, lang)));
}

/// <summary>
/// The words the supervisory report writes inside its cells to tell one part from another ("хранение: ...", "Доступ
/// имеют: ..."): one list, which the report writes and the importer reads back.
/// </summary>
internal static class SupervisoryWords
{
    public static readonly Localized Act = new("акт: ", "act: ");
    public static readonly Localized Storage = new("хранение: ", "storage: ");
    public static readonly Localized Obtained = new("получение: ", "obtained: ");
    public static readonly Localized AdequateProtection = new("надлежащий уровень защиты", "adequate protection");
    public static readonly Localized NoAdequateProtection = new("без надлежащего уровня защиты", "no adequate protection");
    public static readonly Localized InformationResources = new("Информационные ресурсы: ", "Information resources: ");
    public static readonly Localized Class = new("класс", "class");
    public static readonly Localized TechnicalMeasures = new("Технические меры: ", "Technical measures: ");
    public static readonly Localized CryptographicProtection = new("Криптографическая защита: ", "Cryptographic protection: ");
    public static readonly Localized Access = new("Доступ имеют: ", "Access: ");

    /// <summary>Both languages' words, for reading a report in either.</summary>
    public static IEnumerable<string> Both(Localized words) => [words.Ru, words.En];
}
