using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using Register.Api.Features.Activities;
using Register.Api.Features.Activities.List;
using Register.Api.Features.Breaches;
using Register.Api.Features.Countries;
using Register.Api.Features.Departments;
using Register.Api.Features.Keys;
using Register.Api.Features.Recipients;
using Register.Api.Features.Reports;
using Register.Api.Features.SubjectRequests;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using Register.Domain.Journals;

namespace Register.Tests.Interface;

/// <summary>
/// The interface runs the API's validators in the user's culture and shows each message beside its field: in Russian those
/// messages are Russian and name no API field (<c>'departmentCode'</c> would only puzzle the reader), while the API, in the
/// invariant culture, keeps refusing the same requests in the English its clients have always parsed.
/// </summary>
public sealed partial class RussianValidationMessagesTests
{
    private static readonly DateTimeOffset Detected = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [OneTimeSetUp]
    public void UseTheRegistersConventions() => ValidationSetup.UseRegisterConventions();

    [TestCaseSource(nameof(InvalidRequests))]
    public void In_Russian_each_message_is_Russian_and_names_no_API_field(Func<ValidationResult> validate, Dictionary<string, string[]> english)
    {
        var errors = In("ru-RU", validate);

        Assert.That(errors.Keys, Is.EquivalentTo(english.Keys), "the same fields are refused, under the same keys");
        Assert.Multiple(() =>
        {
            foreach (var (field, message) in errors.SelectMany(e => e.Value.Select(m => (e.Key, m))))
            {
                Assert.That(message, Does.Match(@"\p{IsCyrillic}"), $"{field}: Russian");
                Assert.That(QuotedName().IsMatch(message), Is.False, $"{field}: names no API field: {message}");
                Assert.That(message, Does.Not.Contain("{"), $"{field}: no placeholder left unformatted: {message}");
            }
        });
    }

    [TestCaseSource(nameof(InvalidRequests))]
    public void On_the_API_the_same_requests_are_refused_in_the_English_of_before(Func<ValidationResult> validate, Dictionary<string, string[]> english)
    {
        var errors = In("", validate);

        Assert.That(errors, Is.EquivalentTo(english));
    }

    private static IEnumerable<TestCaseData> InvalidRequests()
    {
        yield return Case("an activity", () => new ActivityRequestValidator().Validate(Activity with
        {
            Code = "Payroll 2025",
            Description = "Начисление\u0007",
            DepartmentCode = "hr",
            SubjectCategoryCodes = ["staff", "staff"],
            ActionCodes = ["Collection"],
            DataCategories = [new("name", null), new("name", null)],
            Retention = new RetentionRequest(RetentionKind.Fixed, "75 years", null, null),
        }), new()
        {
            ["code"] = ["'code' must be 1-64 characters of lower-case Latin letters, digits, '.' and '-', starting with a letter or digit."],
            ["description"] = ["'description' must not contain control characters."],
            ["subjectCategoryCodes"] = ["A code may appear only once."],
            ["actionCodes"] = ["Every code must be a catalog code (lower-case Latin letters, digits, '.' and '-')."],
            ["dataCategories"] = ["A data category may appear only once."],
            ["retention.period"] = ["'period' must be an ISO-8601 duration such as P30D, P1Y or P1Y6M."],
        });

        yield return Case("a register filter", () => new ListActivitiesQueryValidator().Validate(
            new ListActivitiesQuery { Status = "done", Sort = "colour", View = "table", NpdpcCategory = "secret" }), new()
        {
            ["status"] = ["'status' must be one of: draft, in-review, approved, retired."],
            ["sort"] = [$"'sort' must be one of: {string.Join(", ", ActivityList.SortColumns.Keys)}, optionally with a leading '-' for descending order."],
            ["view"] = ["'view' must be 'summary' or left out (full entries)."],
            ["npdpcCategory"] = ["'npdpcCategory' must be one of: public, other, special, biometric-genetic."],
        });

        yield return Case("a department (catalog codes)", () => new DepartmentRequestValidator().Validate(new DepartmentRequest("-hr", "Отдел кадров", "Finance", null)), new()
        {
            ["code"] = ["'code' must be 1-64 characters of lower-case Latin letters, digits, '.' and '-', starting with a letter or digit."],
            ["parentCode"] = ["'parentCode' must be 1-64 characters of lower-case Latin letters, digits, '.' and '-', starting with a letter or digit."],
        });

        yield return Case("a country", () => new CountryRequestValidator().Validate(new CountryRequest("blr", new LocalizedNames("Беларусь", null, null), true, null)), new()
        {
            ["code"] = ["'code' must be an ISO 3166-1 alpha-2 code in lower case, e.g. 'by'."],
        });

        yield return Case("a recipient", () => new RecipientRequestValidator().Validate(new RecipientRequest("archive", "Архив", null, null,
            new RecipientContractRequest("5", null, null, ["storage", "storage"], true, null), AuthorityKind.Contract, "Решение № 1")), new()
        {
            ["kind"] = ["'kind' must not be empty; one of: third-party, authorized-person, state-body."],
            ["contract.actions"] = ["'actions' must not list an action twice."],
            ["documentReference"] = ["'documentReference' names an act of legislation or a state body's decision; a contract is named by 'contract.number'."],
        });

        yield return Case("a subject's request", () => new SubjectRequestValidator().Validate(new SubjectRequestRequest(
            SubjectRequestKind.Information, new DateOnly(2025, 3, 10), RequestForm.Written,
            new Requester("Иванов Иван Иванович", null, null, null, true, null), null, null, null,
            SubjectRequestStatus.Refused, new RequestAnswer(new DateOnly(2025, 3, 7), null, null, null))), new()
        {
            ["requester.subjectFullName"] = ["A representative asks for a subject: name the subject."],
            ["answer.form"] = ["An answered or refused request has the form of its answer (the request's own, ст. 14 п. 1)."],
            ["answer.refusalReason"] = ["A refusal gives its reason (the subject is told it, ст. 13 п. 3)."],
            ["answer.on"] = ["The answer cannot go out before the request was received."],
        });

        yield return Case("a breach", () => new BreachValidator().Validate(new BreachRequest(
            Detected, Detected.AddDays(1), null, "Письмо с данными ушло не тому адресату", null, null, null, null, null, 1,
            new NpdpcNotificationRequest(false, null, Detected.AddHours(-1), null), null, null, null, null, BreachStatus.Investigating)), new()
        {
            ["occurredAt"] = ["A breach cannot have occurred after it was detected."],
            ["kind"] = ["'kind' must not be empty; one of: unauthorized-access, disclosure, loss, alteration, destruction, unavailability, other."],
            ["npdpc.exemptionReason"] = ["Say why the NPDPC need not be notified (the case the NPDPC sets)."],
            ["npdpc.notifiedAt"] = ["The NPDPC cannot be notified before the breach was detected."],
        });

        yield return Case("an API key for an unknown role", () => new CreateKeyRequestValidator().Validate(new CreateKeyRequest("Интеграция", "admin", ["hr"])), new()
        {
            ["role"] = ["'role' must be one of: officer, department-head, auditor."],
            ["departmentCodes"] = ["Only a department-head key is bound to departments."],
        });

        yield return Case("a department head's key without departments", () => new CreateKeyRequestValidator().Validate(new CreateKeyRequest("Кадры", "department-head", [])), new()
        {
            ["departmentCodes"] = ["A department-head key is bound to at least one department."],
        });

        yield return Case("a journal report's period", () => new JournalReportQueryValidator().Validate(new JournalReportQuery { From = "2025-03-10", To = "2025-03-01", Lang = "de" }), new()
        {
            ["to"] = ["'to' must not be before 'from'."],
            ["lang"] = ["'lang' must be one of: ru, en."],
        });
    }

    /// <summary>An entry that passes every rule, for each case to break a few of them.</summary>
    private static readonly ActivityRequest Activity = new(null, "Начисление заработной платы", null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null);

    private static TestCaseData Case(string name, Func<ValidationResult> validate, Dictionary<string, string[]> english) =>
        new TestCaseData(validate, english).SetArgDisplayNames(name);

    /// <summary>Validates as a request in <paramref name="culture"/> ("" is the API's invariant culture), then restores the thread's own.</summary>
    private static IDictionary<string, string[]> In(string culture, Func<ValidationResult> validate)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            return validate().ToDictionary();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }

    /// <summary>A quoted Latin name such as <c>'departmentCode'</c> or <c>'contract.number'</c>: how the English names a field.</summary>
    [GeneratedRegex(@"'[A-Za-z][A-Za-z0-9.\[\]]*'")]
    private static partial Regex QuotedName();
}
