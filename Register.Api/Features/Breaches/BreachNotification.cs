using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Register.Api.Features.Operator;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Domain.Journals;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Breaches;

/// <summary>A name the notification shows, with the code it stands for.</summary>
public sealed record NotificationItem(string Code, string Name);

/// <summary>
/// The notification of a breach to the NPDPC (Law 99-З ст. 16 п. 1 абз. 8), filled from the journal's record. The NPDPC's
/// form (Order No. 13 of 15.11.2021) was not found published, so it holds what a notification needs to say: who notifies
/// and how to reach them, what happened and when, which data, subjects and resources, how many people, the consequences,
/// the measures taken and planned, and whether the subjects were told.
/// </summary>
public sealed record BreachNotificationDocument(
    string Number,
    string? OperatorName,
    string? OperatorAddress,
    string? OperatorUnp,
    ResponsiblePerson? ContactPerson,
    DateTimeOffset DetectedAt,
    DateTimeOffset? OccurredAt,
    string Kind,
    string? Description,
    IReadOnlyList<NotificationItem> InformationSystems,
    IReadOnlyList<NotificationItem> Activities,
    IReadOnlyList<NotificationItem> DataCategories,
    IReadOnlyList<NotificationItem> SubjectCategories,
    int? SubjectsAffected,
    string? Consequences,
    string? MeasuresTaken,
    string? MeasuresPlanned,
    DateTimeOffset? SubjectsNotifiedAt,
    DateOnly? Due,
    DateOnly PreparedOn);

public sealed class BreachNotifications(Db db, Breaches breaches, TimeProvider clock)
{
    public const string SystemNamesSql = "SELECT code AS Code, name AS Name FROM information_systems WHERE code IN @Codes";
    public const string DataCategoryNamesSql = "SELECT code AS Code, name_ru AS Name FROM data_categories WHERE code IN @Codes";
    public const string SubjectCategoryNamesSql = "SELECT code AS Code, name_ru AS Name FROM subject_categories WHERE code IN @Codes";
    public const string ActivityTitlesSql = "SELECT code AS Code, title AS Name FROM activities WHERE id IN @Ids";

    /// <summary>The notification of a breach the caller may see, filled from the record and the catalogs' names.</summary>
    public async Task<BreachNotificationDocument> PrepareAsync(Caller caller, int id, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return await db.ReadAsync(async session =>
        {
            var breach = await breaches.FindVisibleAsync(session, caller, id) ?? throw new NotFoundException(ForReader.Text($"Нарушения {id} нет или оно вам недоступно.", $"There is no breach {id} that you may see."));
            var card = await OperatorStore.FindAsync(session);
            async Task<IReadOnlyList<NotificationItem>> Names(string sql, IReadOnlyList<string> codes) =>
                codes.Count == 0 ? [] : (await session.QueryAsync<NotificationItem>(sql, new { Codes = codes })).OrderBy(n => codes.ToList().IndexOf(n.Code)).ToList();
            var activities = breach.ActivityIds.Count == 0 ? [] :
                (await session.QueryAsync<NotificationItem>(ActivityTitlesSql, new { Ids = breach.ActivityIds })).ToList();
            return new BreachNotificationDocument(
                breach.Number, card?.Name, card?.Address, card?.Unp, card?.ResponsiblePerson,
                breach.DetectedAt, breach.OccurredAt, Reports.ReportText.Label(breach.Kind, Reports.ReportLanguages.Russian), breach.Description,
                await Names(SystemNamesSql, breach.InformationSystemCodes), activities,
                await Names(DataCategoryNamesSql, breach.DataCategoryCodes), await Names(SubjectCategoryNamesSql, breach.SubjectCategoryCodes),
                breach.SubjectsAffected, breach.Consequences, breach.MeasuresTaken, breach.MeasuresPlanned, breach.SubjectsNotifiedAt,
                breach.Npdpc.Due?.On, MinskTime.Today(clock));
        }, cancellationToken);
    }

    /// <summary>The notification as a printable page in Russian (A4, nothing but the document).</summary>
    public static string Html(BreachNotificationDocument n)
    {
        var html = new StringBuilder();
        string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");
        string Time(DateTimeOffset? at) => at is { } t ? t.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " (минское время)" : "не установлено";
        string List(IReadOnlyList<NotificationItem> items) => items.Count == 0 ? "не указаны" : string.Join("; ", items.Select(i => E(i.Name)));
        void Row(string label, string value) => html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th><td>").Append(value).Append("</td></tr>\n");

        html.Append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Уведомление о нарушении систем защиты персональных данных № ")
            .Append(E(n.Number)).Append("</title>\n<style>")
            .Append("@page{size:A4;margin:20mm}body{font:12pt/1.4 'Times New Roman',serif;color:#000}h1{font-size:14pt;text-align:center}")
            .Append("table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;padding:4px 6px;vertical-align:top;text-align:left}")
            .Append("th{width:38%;font-weight:normal}.to{margin-left:50%}.sign{margin-top:24pt}.note{font-size:9pt;margin-top:18pt}")
            .Append("</style></head><body>\n");
        html.Append("<p class=\"to\">Национальный центр защиты персональных данных Республики Беларусь</p>\n");
        html.Append("<h1>Уведомление о нарушении систем защиты персональных данных</h1>\n");
        html.Append("<p>В соответствии с абзацем восьмым пункта 1 статьи 16 Закона Республики Беларусь от 7 мая 2021 г. № 99-З ")
            .Append("«О защите персональных данных» оператор уведомляет о нарушении систем защиты персональных данных.</p>\n<table>\n");
        Row("Оператор", E(string.Join(", ", new[] { n.OperatorName, n.OperatorAddress }.Where(s => !string.IsNullOrWhiteSpace(s)))));
        Row("УНП", E(n.OperatorUnp));
        Row("Контактное лицо (ответственный за осуществление внутреннего контроля)", E(n.ContactPerson is { } p
            ? string.Join(", ", new[] { p.FullName, p.Position, p.Phone, p.Email, p.PostalAddress }.Where(s => !string.IsNullOrWhiteSpace(s)))
            : null));
        Row("Регистрационный номер нарушения в журнале оператора", E(n.Number));
        Row("Дата и время, когда оператору стало известно о нарушении", E(Time(n.DetectedAt)));
        Row("Дата и время нарушения", E(Time(n.OccurredAt)));
        Row("Характер нарушения", E(n.Kind));
        Row("Описание нарушения", E(n.Description));
        Row("Информационные ресурсы (системы)", List(n.InformationSystems));
        Row("Затронутые обработки персональных данных", List(n.Activities));
        Row("Категории персональных данных", List(n.DataCategories));
        Row("Категории субъектов персональных данных", List(n.SubjectCategories));
        Row("Количество субъектов персональных данных", E(n.SubjectsAffected?.ToString(CultureInfo.InvariantCulture) ?? "устанавливается"));
        Row("Последствия нарушения (возможные последствия)", E(n.Consequences));
        Row("Принятые меры", E(n.MeasuresTaken));
        Row("Планируемые меры", E(n.MeasuresPlanned));
        Row("Уведомление субъектов персональных данных", E(n.SubjectsNotifiedAt is { } told ? "уведомлены " + Time(told) : "не уведомлялись"));
        html.Append("</table>\n");
        html.Append("<p class=\"sign\">Дата составления: ").Append(E(n.PreparedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)))
            .Append(n.Due is { } due ? $" (срок уведомления: не позднее {E(due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))})" : "")
            .Append("</p>\n<p class=\"sign\">Руководитель оператора (уполномоченное лицо) ____________________ / ____________________ /</p>\n");
        html.Append("<p class=\"note\">Форма уведомления, утвержденная приказом НЦЗПД от 15.11.2021 № 13, в опубликованном виде не найдена: документ содержит сведения, ")
            .Append("необходимые для уведомления, из журнала нарушений оператора.</p>\n</body></html>\n");
        return html.ToString();
    }
}
