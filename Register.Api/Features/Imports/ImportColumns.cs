using Register.Api.Features.Reports;
using Register.Api.Features.Reports.Supervisory;

namespace Register.Api.Features.Imports;

/// <summary>
/// The columns the importer reads: those of its template, and those of the supervisory report's spreadsheet, so that
/// a report exported as XLSX (or CSV) imports back. A column both have has one key and one header (the template
/// takes the report's), so each is read one way whichever file it comes from. Headers are recognised in Russian and
/// English, and by their keys.
/// </summary>
internal static class ImportColumns
{
    public const string Code = "code";
    public const string Title = "title";
    public const string Description = "description";
    public const string Department = "department";
    public const string Purposes = "purposes";
    public const string LegalBases = "legalBases";
    public const string DataCategories = "dataCategories";
    public const string SubjectCategories = "subjectCategories";
    public const string Recipients = "recipients";
    public const string Actions = "actions";
    public const string ProcessingMethod = "processingMethod";
    public const string StorageForm = "storageForm";
    public const string DataSource = "dataSource";
    public const string ProtectionMeasures = "protectionMeasures";
    public const string InformationSystems = "informationSystems";
    public const string StartDate = "startDate";
    public const string TerminationCondition = "terminationCondition";
    public const string Retention = "retention";
    public const string AccessPositions = "accessPositions";
    public const string EstimatedSubjects = "estimatedSubjects";
    public const string IncludesMinorsUnder16 = "includesMinorsUnder16";
    public const string ReviewDueDate = "reviewDueDate";

    // The supervisory report's columns that hold several of the entry's fields in one cell.
    public const string Methods = "methods";
    public const string Security = "security";
    public const string CrossBorderCountries = "crossBorderCountries";

    /// <summary>Without these a sheet is not a list of entries.</summary>
    public static readonly IReadOnlyList<string> Required = [Code, Title];

    /// <summary>
    /// The supervisory report's columns that are not the entry's to set: the register computes them (NPDPC category,
    /// cross-border, encryption used) or they are the operator's (operator, responsible person) or the workflow's (status).
    /// </summary>
    public static readonly IReadOnlySet<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
    {
        "number", "operator", "status", "npdpcCategory", "cryptographicMeansUsed", "cryptographicMeans", "responsiblePerson", "crossBorder",
    };

    private static ReportColumn<object> Shared(string key, Localized help)
    {
        var column = SupervisoryReport.Layout.Columns.Single(c => c.Key == key);
        return new ReportColumn<object>(key, column.Header, column.Width, Blank, help);
    }

    private static ReportColumn<object> Own(string key, string ru, string en, double width, Localized help) => new(key, new Localized(ru, en), width, Blank, help);

    private static object? Blank(object row, ReportHeader header) => null;

    /// <summary>The template: one column per field of an entry, in the order of the contract.</summary>
    public static readonly ReportDefinition<object> Template = new(
        "activities-import-template",
        new Localized("Шаблон импорта записей реестра обработки персональных данных", "Template for importing register entries"),
        [
            Shared(Code, new("Код записи (латиница, цифры, «-» и «.»). Запись с таким кодом обновляется; пустой код — новая запись, код предлагается по наименованию.",
                "The entry's code (Latin letters, digits, '-' and '.'). An entry with this code is updated; no code: a new entry, its code proposed from the title.")),
            Shared(Title, new("Наименование обработки. Обязательно.", "What the processing is. Required.")),
            Own(Description, "Описание", "Description", 40, new("Свободный текст.", "Free text.")),
            Shared(Department, new("Код или наименование структурного подразделения.", "The department's code or name.")),
            Shared(Purposes, new("Цели обработки, по одной на строку (можно нумеровать: «1. …»).", "The purposes, one a line (may be numbered: '1. ...').")),
            Shared(LegalBases, new("Для каждой цели строка «N. основание; основание; акт: реквизиты акта». Основание — код или наименование.",
                "For each purpose a line 'N. basis; basis; act: the act'. A basis by its code or name.")),
            Shared(DataCategories, new("Категории персональных данных, по одной на строку: код или наименование.", "Data categories, one a line: code or name.")),
            Shared(SubjectCategories, new("Категории субъектов, по одной на строку: код или наименование.", "Subject categories, one a line: code or name.")),
            Own(Recipients, "Получатели персональных данных", "Recipients of personal data", 40,
                new("По одному на строку: «получатель» или, при трансграничной передаче, «получатель; страна; основание (ст. 9)».",
                    "One a line: 'recipient', or for a cross-border transfer 'recipient; country; basis (Art. 9)'.")),
            Shared(Actions, new("Действия с персональными данными через запятую или по одному на строку.", "Actions, separated by commas or one a line.")),
            Own(ProcessingMethod, "Способ обработки", "Processing method", 24,
                new("Автоматизированная, неавтоматизированная или смешанная обработка (или automated, non-automated, mixed).",
                    "Automated, non-automated or mixed processing (or automated, non-automated, mixed).")),
            Own(StorageForm, "Форма хранения", "Storage form", 20,
                new("На бумажных носителях, в электронном виде или оба (или paper, electronic, mixed).", "On paper, electronic or both (or paper, electronic, mixed).")),
            Own(DataSource, "Источник получения персональных данных", "Source of the data", 22,
                new("От субъекта, от третьих лиц или оба (или subject, third-party, mixed).", "From the subject, from third parties or both (or subject, third-party, mixed).")),
            Shared(ProtectionMeasures, new("Меры защиты (ст. 17), по одной на строку: код или наименование.", "Protection measures (Art. 17), one a line: code or name.")),
            Own(InformationSystems, "Информационные ресурсы (системы)", "Information resources (systems)", 36,
                new("Где хранятся данные, по одному на строку: код или наименование.", "Where the data is kept, one a line: code or name.")),
            Shared(StartDate, new("ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.", "YYYY-MM-DD or DD.MM.YYYY.")),
            Shared(TerminationCondition, new("Свободный текст.", "Free text.")),
            Shared(Retention, new("Первая строка — срок хранения записи: «вид: событие; срок; ссылка», например «установленный срок: 30 дней» или «fixed: P30D». Далее строки «категория данных: срок» для категорий со своим сроком.",
                "First line: the entry's retention, 'kind: event; period; reference', e.g. 'fixed period: 30 days' or 'fixed: P30D'. Then lines 'data category: retention' for categories with their own.")),
            Own(AccessPositions, "Должности, имеющие доступ", "Positions with access", 36, new("По одной на строку.", "One a line.")),
            Own(EstimatedSubjects, "Примерное число субъектов", "Estimated number of subjects", 14, new("Целое число.", "A whole number.")),
            Own(IncludesMinorsUnder16, "Включены лица младше 16 лет", "Includes persons under 16", 14, new("Да или Нет.", "Yes or No.")),
            Own(ReviewDueDate, "Дата пересмотра", "Review due date", 14, new("ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.", "YYYY-MM-DD or DD.MM.YYYY.")),
        ],
        new Localized("Записи", "Entries"));

    /// <summary>Every header the importer knows, in both languages and as its key, to its column's key.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByHeader = BuildHeaders();

    /// <summary>Every key the importer reads a value from.</summary>
    public static IEnumerable<string> Read => ByHeader.Values.Distinct(StringComparer.Ordinal).Where(k => !Ignored.Contains(k));

    private static Dictionary<string, string> BuildHeaders()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string key, Localized header)
        {
            foreach (var text in new[] { key, header.Ru, header.En })
            {
                var normalised = NameLookup.Normalise(text);
                if (headers.TryGetValue(normalised, out var known) && known != key)
                {
                    throw new InvalidOperationException($"The import header '{text}' would mean both '{known}' and '{key}'.");
                }
                headers[normalised] = key;
            }
        }
        foreach (var column in Template.Columns) Add(column.Key, column.Header);
        foreach (var column in SupervisoryReport.Layout.Columns) Add(column.Key, column.Header);
        return headers;
    }
}
