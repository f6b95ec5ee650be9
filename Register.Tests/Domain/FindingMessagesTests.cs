using System.Reflection;
using System.Text.RegularExpressions;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Rules;
using static Register.Tests.Domain.Snapshots;

namespace Register.Tests.Domain;

/// <summary>
/// Every finding speaks Russian as well as English: the officer reads the interface in Russian, and the API's English
/// <c>message</c> stays for its clients. Each case below drives one rule to one of its findings (one case per message the
/// rule can build), with the specifics (purpose numbers, codes, periods) that both languages must carry.
/// </summary>
public sealed partial class FindingMessagesTests
{
    /// <summary>One message of one rule: the entry that produces it, where it points, and an English mark that tells it from the rule's other messages.</summary>
    public sealed record Case(ActivitySnapshot Entry, string Rule, string? Path, string EnglishMark, string[] Specifics, RuleContext? Context = null);

    private static readonly Purpose Payroll = Complete().Purposes[0];

    private static readonly RecipientContract EmptyContract = new(Number: " ", Date: null, Purposes: null, ActionCodes: [], Confidentiality: false, MeasureCodes: []);

    private static ActivityRecipient Processor(AuthorityKind authority, RecipientContract? terms, string? reference) =>
        new("monitoring-operator", RecipientKind.AuthorizedPerson, terms) { Authority = authority, DocumentReference = reference };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["completeness: no department"] = new(Complete() with { DepartmentCode = null }, Rule01Completeness.Code, "departmentCode", "no department", []),
        ["completeness: no subjects"] = new(Complete() with { SubjectCategoryCodes = [] }, Rule01Completeness.Code, "subjectCategoryCodes", "data subjects", []),
        ["completeness: no data"] = new(Complete() with { DataCategories = [] }, Rule01Completeness.Code, "dataCategories", "personal data", []),
        ["completeness: no purpose"] = new(Complete() with { Purposes = [] }, Rule01Completeness.Code, "purposes", "no purpose", []),
        ["completeness: purpose without wording"] = new(Complete() with { Purposes = [Payroll, PurposeOf(" ", Bases.Employment)] },
            Rule01Completeness.Code, "purposes[1].text", "no wording", ["2"]),
        ["completeness: purpose without basis"] = new(Complete() with { Purposes = [Payroll, PurposeOf("Issuing passes")] },
            Rule01Completeness.Code, "purposes[1].legalBasisCodes", "no legal basis", ["2"]),
        ["completeness: no retention"] = new(Complete() with { Retention = null }, Rule01Completeness.Code, "retention", "no retention", []),
        ["completeness: no start date"] = new(Complete() with { StartDate = null }, Rule01Completeness.Code, "startDate", "no start date", []),

        ["special data on Art. 6 alone"] = new(Complete() with { DataCategories = [SpecialData()] }, Rule02SpecialDataBasis.Code, "purposes", "Art. 8 p.1", []),
        ["special data unprotected"] = new(Complete() with { DataCategories = [SpecialData()], ProtectionMeasureCodes = [] },
            Rule03SpecialDataProtection.Code, "protectionMeasureCodes", "no protection measure", []),

        ["transfer without an exception"] = new(Complete() with { Recipients = [StateBody(), TransferTo("US", adequate: false, exception: null)] },
            Rule04CrossBorder.Code, "recipients[1].transfer.legalBasisCode", "without adequate protection", ["partner-university", "US"]),
        ["transfer on informed consent without consent"] = new(
            Complete() with { Recipients = [TransferTo("US", adequate: false, exception: Rule04CrossBorder.InformedConsentException)] },
            Rule04CrossBorder.ConsentCode, "recipients[0].transfer.legalBasisCode", "informed consent", ["partner-university"]),

        ["authorized person without a contract"] = new(Complete() with { Recipients = [new ActivityRecipient("it-outsourcer", RecipientKind.AuthorizedPerson)] },
            Rule05ProcessorContract.Code, "recipients[0].contract", "no contract recorded", ["it-outsourcer"]),
        ["contract without its number and terms"] = new(Complete() with { Recipients = [new ActivityRecipient("it-outsourcer", RecipientKind.AuthorizedPerson, EmptyContract)] },
            Rule05ProcessorContract.Code, "recipients[0].contract", "is missing the contract number", ["it-outsourcer", "17"]),
        ["act without its reference"] = new(Complete() with { Recipients = [Processor(AuthorityKind.Legislation, CompleteContract() with { Number = null }, " ")] },
            Rule05ProcessorContract.Code, "recipients[0].documentReference", "reference of the act", ["monitoring-operator", "17"]),
        ["decision without its reference"] = new(Complete() with { Recipients = [Processor(AuthorityKind.StateBodyDecision, CompleteContract() with { Number = null }, null)] },
            Rule05ProcessorContract.Code, "recipients[0].documentReference", "reference of the decision", ["monitoring-operator", "17"]),
        ["act without the terms"] = new(Complete() with { Recipients = [Processor(AuthorityKind.Legislation, null, "Закон № 175-З, ст. 5")] },
            Rule05ProcessorContract.Code, "recipients[0].contract", "acts under an act of legislation", ["monitoring-operator", "17"]),

        ["fixed retention without a period"] = new(Complete() with { Retention = new Retention(RetentionKind.Fixed) },
            Rule06Retention.Code, "retention.period", "no period is given", ["P30D"]),
        ["fixed retention not ISO 8601"] = new(Complete() with { Retention = new Retention(RetentionKind.Fixed, Period: "30 days") },
            Rule06Retention.Code, "retention.period", "is not an ISO-8601 duration", ["30 days"]),
        ["fixed retention of zero"] = new(Complete() with { Retention = new Retention(RetentionKind.Fixed, Period: "P0D") },
            Rule06Retention.Code, "retention.period", "is zero", ["P0D"]),
        ["fixed retention over 100 years"] = new(Complete() with { Retention = new Retention(RetentionKind.Fixed, Period: "P101Y") },
            Rule06Retention.Code, "retention.period", "longer than", ["P101Y", "100"]),
        ["retention after an unnamed event"] = new(Complete() with { DataCategories = [OtherData(), OtherData("cctv-video") with { Retention = new Retention(RetentionKind.AfterEvent) }] },
            Rule06Retention.Code, "dataCategories[1].retention.event", "does not name the event", ["cctv-video"]),
        ["retention per an unnamed act"] = new(Complete() with { Retention = new Retention(RetentionKind.PerLegislation) },
            Rule06Retention.Code, "retention.reference", "does not name the act", ["140"]),

        ["vague purpose"] = new(Complete() with { Purposes = [Payroll, PurposeOf("Для совершенствования деятельности организации", Bases.Employment)] },
            Rule07VaguePurpose.Code, "purposes[1].text", "vague wording", ["2", "совершенствования деятельности"]),
        ["research purpose on personal data"] = new(Complete() with { Purposes = [PurposeOf("For research purposes", Bases.Consent)] },
            Rule07VaguePurpose.Code, "purposes[0].text", "vague wording", ["1", "for research purposes"]),

        ["consent beside another basis"] = new(Complete() with { Purposes = [Payroll, PurposeOf("Concluding a contract", Bases.Contract, Bases.Consent)] },
            Rule08ConsentWithOtherBasis.Code, "purposes[1].legalBasisCodes", "5-5/1565", ["2", "5-5/1565", "17.09.2025"]),

        ["until consent is withdrawn without consent"] = new(Complete() with { Retention = new Retention(RetentionKind.UntilConsentWithdrawn) },
            Rule09ConsentRetentionWithoutConsent.Code, "retention.kind", "The entry's retention", []),
        ["a category until consent is withdrawn without consent"] = new(
            Complete() with { DataCategories = [OtherData(), OtherData("photo") with { Retention = new Retention(RetentionKind.UntilConsentWithdrawn) }] },
            Rule09ConsentRetentionWithoutConsent.Code, "dataCategories[1].retention.kind", "data category photo", ["photo"]),

        ["review date passed"] = new(Complete() with { ReviewDueDate = new DateOnly(2025, 9, 30) },
            Rule10ReviewOverdue.Code, "reviewDueDate", "was due on 2025-09-30", ["2025"]),
        ["approved a year ago"] = new(Complete() with { LastApprovedOn = new DateOnly(2024, 9, 1) },
            Rule10ReviewOverdue.Code, null, "approved on 2024-09-01", ["2024", "12"]),

        ["a system for the operator registry"] = new(Complete(), Rule11OperatorRegistry.Code, "informationSystemCodes", "Decree 422", ["hr-system", "422", "3.6", "10"],
            new RuleContext(Today, new HashSet<string> { "hr-system" })),
        ["systems for the operator registry"] = new(Complete() with { InformationSystemCodes = ["cctv", "access-control"] },
            Rule11OperatorRegistry.Code, "informationSystemCodes", "Decree 422", ["cctv, access-control"], new RuleContext(Today, new HashSet<string> { "cctv", "access-control" })),

        ["legislative act not named"] = new(Complete() with { Purposes = [Payroll, PurposeOf("Military registration of employees", Bases.LegalDuty)] },
            Rule12LegislativeActNamed.Code, "purposes[1].legalReference", "names no act", ["2", "by-99z-art6-legal-duty", "15"]),
    };

    private static IEnumerable<TestCaseData> EveryMessage() => Cases.Select(c => new TestCaseData(c.Value).SetArgDisplayNames(c.Key));

    private static Finding Produce(Case c) =>
        ActivityRules.Evaluate(c.Entry, c.Context ?? Context)
            .Single(f => f.Rule == c.Rule && f.Path == c.Path && f.Message.En.Contains(c.EnglishMark, StringComparison.Ordinal));

    [TestCaseSource(nameof(EveryMessage))]
    public void Each_message_of_each_rule_is_written_in_Russian_and_in_English_with_the_same_specifics(Case c)
    {
        var message = Produce(c).Message;

        Assert.That(message.En, Is.Not.Empty.And.Not.Contain("{"), "English");
        Assert.That(message.Ru, Is.Not.Empty.And.Not.Contain("{"), "Russian");
        // A swapped pair would compile: the Russian is told by its Cyrillic words, the English by having none outside what it quotes.
        Assert.That(CyrillicWord().IsMatch(message.Ru), Is.True, $"The Russian is Russian: {message.Ru}");
        Assert.That(CyrillicWord().IsMatch(Unquoted(message.En)), Is.False, $"The English is English: {message.En}");
        Assert.That(message.Ru, Does.Not.Contain("Art.").And.Not.Contain(" p.").And.Not.Contain("Purpose"), "The Law is cited as «ст. 8 п. 2».");
        foreach (var specific in c.Specifics)
        {
            Assert.That(message.En, Does.Contain(specific).IgnoreCase, "English");
            Assert.That(message.Ru, Does.Contain(specific).IgnoreCase, "Russian");
        }
    }

    [Test]
    public void Every_rule_code_has_its_messages_covered()
    {
        var codes = typeof(ActivityRules).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ActivityRules).Namespace && t.Name.StartsWith("Rule", StringComparison.Ordinal) && char.IsDigit(t.Name[4]))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();

        Assert.That(codes, Has.Count.EqualTo(13), "The twelve rules' codes (rule 4 has two).");
        Assert.That(Cases.Values.Select(c => c.Rule).ToHashSet(), Is.EquivalentTo(codes));
    }

    [Test]
    public void A_message_needs_both_languages()
    {
        Assert.That(() => new FindingMessage(ru: " ", en: "Purpose 1 has no legal basis."), Throws.ArgumentException);
        Assert.That(() => new FindingMessage(ru: "У цели обработки № 1 нет правового основания.", en: ""), Throws.ArgumentException);
    }

    // The exact Russian of representative findings, with their specifics filled in.

    [Test]
    public void A_purpose_without_a_legal_basis_is_named_by_its_number_in_the_Laws_terms()
    {
        Assert.That(Produce(Cases["completeness: purpose without basis"]).Message.Ru, Is.EqualTo(
            "У цели обработки № 2 нет правового основания: укажите согласие субъекта персональных данных (ст. 5) или случай обработки " +
            "без согласия (ст. 6, а для специальных персональных данных — ст. 8 п. 2)."));
    }

    [Test]
    public void A_transfer_names_the_recipient_and_the_country()
    {
        Assert.That(Produce(Cases["transfer without an exception"]).Message.Ru, Is.EqualTo(
            "Трансграничная передача получателю partner-university идёт в страну US, на территории которой не обеспечивается надлежащий " +
            "уровень защиты прав субъектов персональных данных; укажите случай из ст. 9 п. 1, который её допускает."));
    }

    [Test]
    public void A_contract_lists_what_it_lacks_in_the_Laws_words()
    {
        Assert.That(Produce(Cases["contract without its number and terms"]).Message.Ru, Is.EqualTo(
            "В договоре с уполномоченным лицом it-outsourcer не указано: номер договора, цели обработки персональных данных, " +
            "перечень действий с персональными данными, обязанности по соблюдению конфиденциальности, " +
            "меры по обеспечению защиты персональных данных по ст. 17 (ст. 7 п. 1)."));
    }

    [Test]
    public void A_retention_over_the_limit_counts_its_years_in_Russian()
    {
        Assert.That(Produce(Cases["fixed retention over 100 years"]).Message.Ru, Is.EqualTo(
            "Срок хранения в записи P101Y превышает 100 лет; персональные данные хранятся не дольше, чем этого требуют заявленные цели " +
            "их обработки (ст. 4)."));
    }

    [Test]
    public void Review_dates_are_written_the_Russian_way_and_the_months_agree_with_their_number()
    {
        Assert.That(Produce(Cases["review date passed"]).Message.Ru, Is.EqualTo(
            "Пересмотр записи был назначен на 30.09.2025; проверьте запись и назначьте новую дату пересмотра."));
        Assert.That(Produce(Cases["approved a year ago"]).Message.Ru, Is.EqualTo(
            "Запись утверждена 01.09.2024 — 12 месяцев назад или раньше — и с тех пор не пересматривалась; проверьте её."));
    }

    [Test]
    public void One_system_and_several_systems_agree_with_their_verb()
    {
        Assert.That(Produce(Cases["a system for the operator registry"]).Message.Ru, Is.EqualTo(
            "Информационную систему hr-system необходимо включить в реестр операторов персональных данных (Указ № 422, подп. 3.6); " +
            "новую систему — в течение 10 рабочих дней после ввода в эксплуатацию."));
        Assert.That(Produce(Cases["systems for the operator registry"]).Message.Ru, Does.StartWith(
            "Информационные системы cctv, access-control необходимо включить в реестр операторов персональных данных"));
    }

    /// <summary>The English without what it quotes from the entry (a purpose's own Russian wording, a period as typed).</summary>
    private static string Unquoted(string english) => QuotedText().Replace(english, "");

    [GeneratedRegex(@"\p{IsCyrillic}{2,}")]
    private static partial Regex CyrillicWord();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedText();
}
