using System.Text.RegularExpressions;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Shared;

/// <summary>An entry's field paths (<c>purposes[1].legalBasisCodes[0]</c>) as a person reads them (Цели №2 › основания №1).</summary>
public static partial class FieldNames
{
    public static string Name(string field) => field switch
    {
        "code" => T("Код", "Code"),
        "title" => T("Наименование", "Title"),
        "description" => T("Описание", "Description"),
        "departmentCode" => T("Подразделение", "Department"),
        "status" => T("Статус", "Status"),
        "subjectCategoryCodes" => T("Категории субъектов", "Subject categories"),
        "dataCategories" => T("Категории данных", "Data categories"),
        "purposes" => T("Цели", "Purposes"),
        "text" => T("текст", "text"),
        "legalBasisCodes" => T("основания", "bases"),
        "legalReference" => T("акт", "act"),
        "recipients" => T("Получатели", "Recipients"),
        "transfer" => T("передача", "transfer"),
        "countryCode" => T("страна", "country"),
        "legalBasisCode" => T("основание", "basis"),
        "retention" => T("Срок хранения", "Retention"),
        "kind" => T("вид", "kind"),
        "period" => T("период", "period"),
        "event" => T("событие", "event"),
        "reference" => T("акт", "act"),
        "informationSystemCodes" => T("Информационные ресурсы", "Information systems"),
        "storageForm" => T("Форма хранения", "Storage form"),
        "processingMethod" => T("Способ обработки", "Processing method"),
        "actionCodes" => T("Действия", "Actions"),
        "protectionMeasureCodes" => T("Меры защиты", "Protection measures"),
        "dataSource" => T("Источник данных", "Data source"),
        "startDate" => T("Дата начала", "Start date"),
        "terminationCondition" => T("Условие прекращения", "Termination condition"),
        "accessPositions" => T("Должности с доступом", "Positions with access"),
        "estimatedSubjects" => T("Число субъектов", "Estimated subjects"),
        "includesMinorsUnder16" => T("Дети до 16 лет", "Minors under 16"),
        "reviewDueDate" => T("Пересмотр до", "Review due"),
        "lastApprovedOn" => T("Последнее утверждение", "Last approved"),
        "npdpcCategory" => T("Категория НЦЗПД", "NPDPC category"),
        "crossBorder" => T("Трансграничная передача", "Cross-border"),
        "findings" => T("Замечания", "Findings"),
        "rule" => T("правило", "rule"),
        "severity" => T("важность", "severity"),
        "message" => T("сообщение", "message"),
        "path" => T("поле", "field"),
        "createdAt" or "createdBy" => T("Создана", "Created"),
        _ => field,
    };

    public static string Readable(string path) => string.Join(" › ", Segment().Matches(path).Select(m =>
        m.Groups[2].Success ? $"{Name(m.Groups[1].Value)} №{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}" : Name(m.Groups[1].Value)));

    [GeneratedRegex(@"([A-Za-z0-9]+)(?:\[(\d+)\])?")]
    private static partial Regex Segment();
}

/// <summary>The audit trail's words.</summary>
public static class AuditNames
{
    public static string Action(string action) => action switch
    {
        "create" => T("создание", "created"),
        "update" => T("изменение", "updated"),
        "delete" => T("удаление", "deleted"),
        "transition" => T("смена статуса", "status changed"),
        "revoke" => T("отзыв", "revoked"),
        "import" => T("импорт", "imported"),
        "export" => T("выгрузка", "exported"),
        "depersonalise" => T("обезличивание", "depersonalised"),
        _ => action,
    };

    public static string Entity(string entity) => entity switch
    {
        "activity" => T("запись реестра", "register entry"),
        "department" => T("подразделение", "department"),
        "subject-category" => T("категория субъектов", "subject category"),
        "data-category" => T("категория данных", "data category"),
        "legal-basis" => T("правовое основание", "legal basis"),
        "recipient" => T("получатель", "recipient"),
        "country" => T("страна", "country"),
        "information-system" => T("информационный ресурс", "information system"),
        "processing-action" => T("действие", "processing action"),
        "protection-measure" => T("мера защиты", "protection measure"),
        "operator" => T("оператор", "operator"),
        "api-key" => T("ключ доступа", "API key"),
        "report-snapshot" => T("снимок отчёта", "report snapshot"),
        "activity-import" => T("импорт записей", "import of entries"),
        _ => entity,
    };
}
