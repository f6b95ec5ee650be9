using Register.Api.Infrastructure.Auth;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Rules;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Shared;

/// <summary>The words the interface uses for the register's enumerations, in both languages.</summary>
public static class Labels
{
    public static string Role(string role) => role switch
    {
        Roles.Officer => T("ответственный за внутренний контроль", "internal-control officer"),
        Roles.DepartmentHead => T("руководитель подразделения", "department head"),
        Roles.Auditor => T("аудитор", "auditor"),
        _ => role,
    };

    public static string Status(ActivityStatus status) => status switch
    {
        ActivityStatus.Draft => T("черновик", "draft"),
        ActivityStatus.InReview => T("на проверке", "in review"),
        ActivityStatus.Approved => T("утверждена", "approved"),
        ActivityStatus.Retired => T("выведена", "retired"),
        _ => status.ToString(),
    };

    /// <summary>The button that moves an entry to <paramref name="to"/>.</summary>
    public static string TransitionTo(ActivityStatus to) => to switch
    {
        ActivityStatus.Draft => T("Вернуть в черновик", "Return to draft"),
        ActivityStatus.InReview => T("Отправить на проверку", "Submit for review"),
        ActivityStatus.Approved => T("Утвердить", "Approve"),
        ActivityStatus.Retired => T("Вывести из реестра", "Retire"),
        _ => to.ToString(),
    };

    public static string Category(NpdpcCategory? category) => category switch
    {
        NpdpcCategory.Public => T("общедоступные", "public"),
        NpdpcCategory.Other => T("иные", "other"),
        NpdpcCategory.Special => T("специальные", "special"),
        NpdpcCategory.BiometricGenetic => T("биометрические и генетические", "biometric and genetic"),
        _ => "—",
    };

    public static string BasisKind(LegalBasisKind kind) => kind switch
    {
        LegalBasisKind.Consent => T("согласие субъекта (ст. 5)", "the subject's consent (Art. 5)"),
        LegalBasisKind.General => T("без согласия (ст. 6)", "without consent (Art. 6)"),
        LegalBasisKind.Special => T("специальные данные без согласия (п. 2 ст. 8)", "special data without consent (Art. 8 p. 2)"),
        LegalBasisKind.CrossBorder => T("исключение для трансграничной передачи (п. 1 ст. 9)", "cross-border exception (Art. 9 p. 1)"),
        _ => kind.ToString(),
    };

    public static string Recipient(RecipientKind kind) => kind switch
    {
        RecipientKind.ThirdParty => T("третье лицо", "third party"),
        RecipientKind.AuthorizedPerson => T("уполномоченное лицо", "authorized person"),
        RecipientKind.StateBody => T("государственный орган", "state body"),
        _ => kind.ToString(),
    };

    public static string Authority(AuthorityKind kind) => kind switch
    {
        AuthorityKind.Contract => T("договор с оператором", "a contract with the operator"),
        AuthorityKind.Legislation => T("акт законодательства", "an act of legislation"),
        AuthorityKind.StateBodyDecision => T("решение государственного органа", "a decision of a state body"),
        _ => kind.ToString(),
    };

    public static string MeasureKind(ProtectionMeasureKind kind) => kind switch
    {
        ProtectionMeasureKind.Organisational => T("организационная", "organisational"),
        ProtectionMeasureKind.Technical => T("техническая", "technical"),
        ProtectionMeasureKind.Cryptographic => T("криптографическая", "cryptographic"),
        _ => kind.ToString(),
    };

    public static string SystemKind(InformationSystemKind kind) => kind switch
    {
        InformationSystemKind.Electronic => T("электронный (информационная система)", "electronic (information system)"),
        InformationSystemKind.Paper => T("на бумажных носителях", "paper"),
        _ => kind.ToString(),
    };

    public static string Severity(Severity severity) => severity == Register.Domain.Rules.Severity.Error ? T("ошибка", "error") : T("предупреждение", "warning");

    public static string Retention(RetentionKind kind) => kind switch
    {
        RetentionKind.Fixed => T("определённый срок", "fixed period"),
        RetentionKind.AfterEvent => T("до наступления события", "until an event"),
        RetentionKind.UntilConsentWithdrawn => T("до отзыва согласия", "until consent is withdrawn"),
        RetentionKind.UntilPurposeAchieved => T("до достижения цели", "until the purpose is achieved"),
        RetentionKind.PerLegislation => T("по законодательству", "as legislation sets"),
        _ => kind.ToString(),
    };

    public static string Storage(StorageForm form) => form switch
    {
        StorageForm.Paper => T("бумажная", "paper"),
        StorageForm.Electronic => T("электронная", "electronic"),
        _ => T("смешанная", "mixed"),
    };

    public static string Method(ProcessingMethod method) => method switch
    {
        ProcessingMethod.Automated => T("автоматизированная", "automated"),
        ProcessingMethod.NonAutomated => T("неавтоматизированная", "non-automated"),
        _ => T("смешанная", "mixed"),
    };

    public static string Source(DataSource source) => source switch
    {
        DataSource.Subject => T("от субъекта", "from the subject"),
        DataSource.ThirdParty => T("от третьих лиц", "from third parties"),
        _ => T("от субъекта и третьих лиц", "from the subject and third parties"),
    };

    public static string YesNo(bool value) => value ? T("да", "yes") : T("нет", "no");

    public static string Retention(Retention? retention) => retention is null ? "—" : retention.Kind switch
    {
        RetentionKind.Fixed => $"{Retention(retention.Kind)}: {Period(retention.Period)}",
        RetentionKind.AfterEvent => $"{Retention(retention.Kind)}: {retention.Event}",
        RetentionKind.PerLegislation => $"{Retention(retention.Kind)}: {retention.Reference}",
        _ => Retention(retention.Kind),
    };

    /// <summary>An ISO-8601 period as people say it (P30D → 30 дн.); anything else as written.</summary>
    public static string Period(string? period)
    {
        if (period is null) return "—";
        var match = System.Text.RegularExpressions.Regex.Match(period, "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?$");
        if (!match.Success) return period;
        var parts = new List<string>();
        if (match.Groups[1].Success) parts.Add(match.Groups[1].Value + T(" г.", " yr"));
        if (match.Groups[2].Success) parts.Add(match.Groups[2].Value + T(" мес.", " mo"));
        if (match.Groups[3].Success) parts.Add(match.Groups[3].Value + T(" дн.", " d"));
        return parts.Count == 0 ? period : string.Join(" ", parts);
    }
}
