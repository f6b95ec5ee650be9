using System.Globalization;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Seeding;
using Register.Domain;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Journals;
using Register.Domain.Systems;

namespace Register.Api.Features.Reports;

/// <summary>A text in the report languages. Reports speak Russian (the working language) or English.</summary>
public sealed record Localized(string Ru, string En)
{
    public string In(string language) => language == ReportLanguages.English ? En : Ru;
}

public static class ReportLanguages
{
    public const string Russian = "ru";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Russian, English];
}

/// <summary>
/// The words of the reports: enumerations, yes/no, retention, the OAC reasons and the operator-registry reasons,
/// in Russian and English. Catalog names come from the catalogs themselves (<see cref="ReportCatalogs"/>).
/// </summary>
public static class ReportText
{
    public static readonly Localized Yes = new("Да", "Yes");
    public static readonly Localized No = new("Нет", "No");
    public static readonly Localized NotRecorded = new("не указано", "not recorded");

    public static string YesNo(bool value, string language) => (value ? Yes : No).In(language);

    private static readonly Dictionary<Enum, Localized> Labels = new()
    {
        [ActivityStatus.Draft] = new("черновик", "draft"),
        [ActivityStatus.InReview] = new("на рассмотрении", "in review"),
        [ActivityStatus.Approved] = new("утверждена", "approved"),
        [ActivityStatus.Retired] = new("выведена из действия", "retired"),

        [StorageForm.Paper] = new("на бумажных носителях", "on paper"),
        [StorageForm.Electronic] = new("в электронном виде", "electronic"),
        [StorageForm.Mixed] = new("на бумажных носителях и в электронном виде", "on paper and electronic"),

        [ProcessingMethod.Automated] = new("автоматизированная обработка", "automated processing"),
        [ProcessingMethod.NonAutomated] = new("неавтоматизированная обработка", "non-automated processing"),
        [ProcessingMethod.Mixed] = new("смешанная (автоматизированная и неавтоматизированная) обработка", "mixed (automated and non-automated) processing"),

        [DataSource.Subject] = new("от субъекта персональных данных", "from the data subject"),
        [DataSource.ThirdParty] = new("от третьих лиц", "from third parties"),
        [DataSource.Mixed] = new("от субъекта персональных данных и третьих лиц", "from the data subject and third parties"),

        [RetentionKind.Fixed] = new("установленный срок", "fixed period"),
        [RetentionKind.AfterEvent] = new("до наступления события", "until an event"),
        [RetentionKind.UntilConsentWithdrawn] = new("до отзыва согласия", "until consent is withdrawn"),
        [RetentionKind.UntilPurposeAchieved] = new("до достижения цели обработки", "until the purpose is achieved"),
        [RetentionKind.PerLegislation] = new("в соответствии с законодательством", "as set by legislation"),

        [ProtectionMeasureKind.Organisational] = new("организационная", "organisational"),
        [ProtectionMeasureKind.Technical] = new("техническая", "technical"),
        [ProtectionMeasureKind.Cryptographic] = new("криптографическая", "cryptographic"),

        [InformationSystemKind.Electronic] = new("электронный (информационная система)", "electronic (information system)"),
        [InformationSystemKind.Paper] = new("на бумажных носителях", "paper"),

        [RecipientKind.ThirdParty] = new("третье лицо", "third party"),
        [RecipientKind.AuthorizedPerson] = new("уполномоченное лицо", "authorized person"),
        [RecipientKind.StateBody] = new("государственный орган", "state body"),

        [SubjectRequestKind.ConsentWithdrawal] = new("отзыв согласия (ст. 10)", "withdrawal of consent (Art. 10)"),
        [SubjectRequestKind.Information] = new("информация об обработке (ст. 11)", "information on processing (Art. 11)"),
        [SubjectRequestKind.Correction] = new("изменение персональных данных (ст. 11)", "correction of personal data (Art. 11)"),
        [SubjectRequestKind.ThirdPartyDisclosures] = new("информация о предоставлении третьим лицам (ст. 12)", "provision to third parties (Art. 12)"),
        [SubjectRequestKind.StopProcessing] = new("прекращение обработки и (или) удаление (ст. 13)", "stop processing and/or delete (Art. 13)"),
        [SubjectRequestKind.Other] = new("иное", "other"),

        [RequestForm.Written] = new("письменная", "written"),
        [RequestForm.Electronic] = new("электронная", "electronic"),

        [SubjectRequestStatus.Received] = new("зарегистрировано", "received"),
        [SubjectRequestStatus.InProgress] = new("на рассмотрении", "in progress"),
        [SubjectRequestStatus.Answered] = new("дан ответ", "answered"),
        [SubjectRequestStatus.Refused] = new("отказано", "refused"),
        [SubjectRequestStatus.Withdrawn] = new("отозвано", "withdrawn"),

        [BreachKind.UnauthorizedAccess] = new("несанкционированный доступ к персональным данным", "unauthorised access to personal data"),
        [BreachKind.Disclosure] = new("распространение (предоставление) персональных данных", "dissemination (provision) of personal data"),
        [BreachKind.Loss] = new("утрата персональных данных (носителей)", "loss of personal data (media)"),
        [BreachKind.Alteration] = new("изменение персональных данных", "alteration of personal data"),
        [BreachKind.Destruction] = new("уничтожение персональных данных", "destruction of personal data"),
        [BreachKind.Unavailability] = new("блокирование (недоступность) персональных данных", "blocking (unavailability) of personal data"),
        [BreachKind.Other] = new("иное нарушение систем защиты персональных данных", "other breach of personal-data protection"),

        [BreachStatus.Detected] = new("выявлено", "detected"),
        [BreachStatus.Investigating] = new("расследуется", "investigating"),
        [BreachStatus.Notified] = new("НЦЗПД уведомлён", "NPDPC notified"),
        [BreachStatus.Closed] = new("закрыто", "closed"),

        [OperatorRegistryReason.BiometricOrGeneticData] = new(
            "обрабатываются биометрические и (или) генетические персональные данные",
            "biometric and (or) genetic personal data are processed"),
        [OperatorRegistryReason.MoreThan100000Subjects] = new(
            "обрабатываются персональные данные более 100 000 физических лиц",
            "personal data of more than 100,000 individuals are processed"),
        [OperatorRegistryReason.MoreThan10000MinorsUnder16] = new(
            "обрабатываются персональные данные более 10 000 лиц, не достигших 16 лет",
            "personal data of more than 10,000 persons under 16 are processed"),
        [OperatorRegistryReason.CrossBorderSpecialDataToNonAdequateCountry] = new(
            "трансграничная передача специальных персональных данных в государство без надлежащего уровня защиты (кроме случаев абз. 5–7 п. 1 ст. 9 Закона № 99-З)",
            "cross-border transfer of special personal data to a country without adequate protection (other than under Art. 9 p.1 abz. 5–7 of Law No. 99-Z)"),
    };

    /// <summary>The label of an enumeration value; the kebab code when there is none (never an exception in a report).</summary>
    public static string Label<TEnum>(TEnum value, string language) where TEnum : struct, Enum =>
        Labels.TryGetValue(value, out var label) ? label.In(language) : KebabEnum.ToKebab(value);

    public static ReportRef Ref<TEnum>(TEnum value, string language) where TEnum : struct, Enum =>
        new(KebabEnum.ToKebab(value), Label(value, language));

    public static ReportRef? Ref<TEnum>(TEnum? value, string language) where TEnum : struct, Enum =>
        value is { } v ? Ref(v, language) : null;

    // The NPDPC category names are the reference data's (NPDPC Order No. 12), read once.
    private static readonly Lazy<IReadOnlyDictionary<string, Infrastructure.Catalogs.LocalizedNames>> NpdpcNames = new(() =>
        ReferenceData.NpdpcCategories().ToDictionary(c => c.Code, c => c.Names, StringComparer.Ordinal));

    public static string Npdpc(NpdpcCategory category, string language)
    {
        var code = KebabEnum.ToKebab(category);
        return NpdpcNames.Value.TryGetValue(code, out var names) ? names.In(language) ?? code : code;
    }

    public static ReportRef? NpdpcRef(NpdpcCategory? category, string language) =>
        category is { } c ? new ReportRef(KebabEnum.ToKebab(c), Npdpc(c, language)) : null;

    /// <summary>A retention rule in words: "установленный срок: 30 дней", "до наступления события: ...".</summary>
    public static string Retention(Retention? retention, string language)
    {
        if (retention is null) return NotRecorded.In(language);
        var kind = Label(retention.Kind, language);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(retention.Event)) parts.Add(retention.Event.Trim());
        if (!string.IsNullOrWhiteSpace(retention.Period)) parts.Add(Period(retention.Period, language));
        if (!string.IsNullOrWhiteSpace(retention.Reference)) parts.Add(retention.Reference.Trim());
        return parts.Count == 0 ? kind : $"{kind}: {string.Join("; ", parts)}";
    }

    /// <summary>An ISO-8601 period in words (P30D → "30 дней" / "30 days"); the text itself when it is not one.</summary>
    public static string Period(string period, string language)
    {
        if (!IsoPeriod.TryParse(period, out var p) || p.IsZero) return period;
        var words = new List<string>();
        void Add(int n, string one, string few, string many, string en)
        {
            if (n == 0) return;
            words.Add(language == ReportLanguages.English
                ? $"{n} {en}{(n == 1 ? "" : "s")}"
                : RussianNumbers.Count(n, one, few, many));
        }
        Add(p.Years, "год", "года", "лет", "year");
        Add(p.Months, "месяц", "месяца", "месяцев", "month");
        Add(p.Weeks, "неделя", "недели", "недель", "week");
        Add(p.Days, "день", "дня", "дней", "day");
        Add(p.Hours, "час", "часа", "часов", "hour");
        Add(p.Minutes, "минута", "минуты", "минут", "minute");
        Add(p.Seconds, "секунда", "секунды", "секунд", "second");
        return string.Join(" ", words);
    }

    /// <summary>
    /// Why a system has its OAC class (or none), from the same facts the assessment used. The domain's own reason
    /// is English prose for the officer; a report needs it in the report's language.
    /// </summary>
    public static string OacReason(InformationSystemKind kind, bool connected, SystemAssessment assessment, string language)
    {
        var english = language == ReportLanguages.English;
        switch (assessment.OacClassGround)
        {
            case OacClassGround.PaperResource:
                return english
                    ? "paper resource: the OAC classification applies to information systems only"
                    : "ресурс на бумажных носителях: классификация ОАЦ применяется только к информационным системам";
            case OacClassGround.NoPersonalData:
                return english
                    ? "no personal data recorded in the entries using it"
                    : "в использующих систему записях реестра персональные данные не указаны";
            case OacClassGround.PublicDataOnly:
                return english
                    ? "only publicly available data: no class required"
                    : "только общедоступные персональные данные: класс не требуется";
            case OacClassGround.PublicOrDepersonalisedDataOnly:
                return english
                    ? "only publicly available and/or depersonalised data: the OAC regulation may not apply (Order No. 66, p. 1)"
                    : "только общедоступные и (или) обезличенные персональные данные: Положение ОАЦ может не применяться (приказ ОАЦ № 66, п. 1)";
        }
        var network = english
            ? connected ? "connected to public networks" : "not connected to public networks"
            : connected ? "подключена к сетям общего пользования" : "не подключена к сетям общего пользования";
        var highest = english ? "highest category of data" : "наивысшая категория данных";
        return $"{network}; {highest}: {Npdpc(assessment.NpdpcCategory!.Value, language)}";
    }

    /// <summary>The responsible person on one line: name, position, phone, e-mail, postal address.</summary>
    public static string? Person(Operator.ResponsiblePerson? person) => person is null ? null : string.Join(", ",
        new[] { person.FullName, person.Position, person.Phone, person.Email, person.PostalAddress }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
