using System.Net;
using Register.Tests.Infrastructure;

namespace Register.Tests.Activities;

/// <summary>
/// Creates, through the API, the catalog entries an activity links to, each with a unique code, and builds
/// complete activity bodies that satisfy every rule. The law's catalogs (legal bases, countries, actions,
/// measures) come from the reference data seeded into every database.
/// </summary>
public sealed class RegisterBuilder(HttpClient client, Func<string, string> unique)
{
    public const string Consent = "by-99z-consent";
    public const string Employment = "by-99z-art6-employment";
    public const string Contract = "by-99z-art6-contract";
    public const string SpecialEmployment = "by-99z-art8-employment";
    public const string InformedConsentAbroad = "by-99z-art9-consent-informed";

    public async Task<string> DepartmentAsync(string? name = null)
    {
        var code = unique("dep");
        await Created(await client.SendAsync(HttpMethod.Post, "/api/departments", new { code, name = name ?? "Отдел кадров" }));
        return code;
    }

    public async Task<string> SubjectCategoryAsync()
    {
        var code = unique("subj");
        await Created(await client.SendAsync(HttpMethod.Post, "/api/subject-categories",
            new { code, names = new { ru = "Работники", en = "Employees" }, mayIncludeMinors = false }));
        return code;
    }

    public async Task<string> DataCategoryAsync(string npdpcCategory = "other", string ru = "Фамилия, имя, отчество")
    {
        var code = unique("data");
        await Created(await client.SendAsync(HttpMethod.Post, "/api/data-categories",
            new { code, names = new { ru, en = "Data" }, group = "identity", npdpcCategory }));
        return code;
    }

    public async Task<string> RecipientAsync(string kind = "state-body", object? contract = null, string? countryCode = null)
    {
        var code = unique("rcpt");
        await Created(await client.SendAsync(HttpMethod.Post, "/api/recipients", new { code, name = "Министерство образования", kind, countryCode, contract }));
        return code;
    }

    public async Task<string> SystemAsync(string kind = "electronic", bool connected = false)
    {
        var code = unique("sys");
        await Created(await client.SendAsync(HttpMethod.Post, "/api/information-systems",
            new { code, name = "Кадровая система", kind, connectedToPublicNetwork = connected }));
        return code;
    }

    /// <summary>The catalog entries of one complete activity.</summary>
    public async Task<Links> LinksAsync(string npdpcCategory = "other") => new(
        await DepartmentAsync(), await SubjectCategoryAsync(), await DataCategoryAsync(npdpcCategory), await RecipientAsync(), await SystemAsync());

    public sealed record Links(string Department, string SubjectCategory, string DataCategory, string Recipient, string System);

    /// <summary>An activity body with every field the rules ask for: it has no error and no warning findings.</summary>
    public static Dictionary<string, object?> Complete(string code, Links links, string title = "Ведение личных дел работников") => new()
    {
        ["code"] = code,
        ["title"] = title,
        ["description"] = "Формирование и хранение личных дел в отделе кадров",
        ["departmentCode"] = links.Department,
        ["subjectCategoryCodes"] = new[] { links.SubjectCategory },
        ["dataCategories"] = new[] { new { code = links.DataCategory, retention = (object?)null } },
        ["purposes"] = new[] { new { text = "Оформление трудовых отношений", legalBasisCodes = new[] { Employment }, legalReference = "Трудовой кодекс" } },
        ["recipients"] = new[] { new { code = links.Recipient, transfer = (object?)null } },
        ["retention"] = new { kind = "per-legislation", period = (string?)null, @event = (string?)null, reference = "Перечень, утв. постановлением Минюста № 140 от 24.05.2012" },
        ["informationSystemCodes"] = new[] { links.System },
        ["storageForm"] = "mixed",
        ["processingMethod"] = "mixed",
        ["actionCodes"] = new[] { "collection", "storage", "use" },
        ["protectionMeasureCodes"] = new[] { "access-control", "paper-storage-locked" },
        ["dataSource"] = "subject",
        ["startDate"] = "2021-11-15",
        ["terminationCondition"] = "Прекращение трудовых отношений и истечение сроков хранения",
        ["accessPositions"] = new[] { "Начальник отдела кадров" },
        ["estimatedSubjects"] = 1200,
        ["includesMinorsUnder16"] = false,
        ["reviewDueDate"] = "2099-01-01",
    };

    private static async Task Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
    }
}
