using System.Net;
using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;

namespace Register.Tests.Reports;

/// <summary>
/// A small register for the report tests, built through the API in a department of its own, so that a report
/// filtered on that department holds exactly these entries whatever else the fixture creates:
/// <list type="bullet">
/// <item><see cref="Staff"/>: other data, no transfer, a paper resource; draft.</item>
/// <item><see cref="Medical"/>: special data (health) sent to the United States (not adequate) with the informed-consent
/// exception, TLS encryption, a processor with a contract, an electronic system connected to public networks; approved.</item>
/// <item><see cref="Biometric"/>: biometric data (faces) in a system not connected to public networks; draft.</item>
/// </list>
/// Catalog entries carry distinct Russian and English names, so the language of a report can be checked.
/// </summary>
public sealed class ReportRegister
{
    public required string Department { get; init; }
    public required string DepartmentName { get; init; }
    public required string Subjects { get; init; }
    public required string Health { get; init; }
    public required string Names { get; init; }
    public required string Faces { get; init; }
    public required string Processor { get; init; }
    public required string Paper { get; init; }
    public required string Portal { get; init; }
    public required string Cameras { get; init; }
    public required JsonObject Staff { get; init; }
    public required JsonObject Medical { get; init; }
    public required JsonObject Biometric { get; init; }

    /// <summary>The entries in the order the reports list them: the order they were registered in.</summary>
    public IReadOnlyList<JsonObject> Entries => new[] { Staff, Medical, Biometric }.OrderBy(e => (int)e["id"]!).ToList();

    public static async Task<ReportRegister> CreateAsync(HttpClient client, Func<string, string> unique)
    {
        var builder = new RegisterBuilder(client, unique);
        var department = unique("rep");
        var departmentName = $"Отдел отчётов {department}";
        await Created(await client.SendAsync(HttpMethod.Post, "/api/departments", new { code = department, name = departmentName }));

        var subjects = unique("subj");
        await Created(await client.SendAsync(HttpMethod.Post, "/api/subject-categories",
            new { code = subjects, names = new { ru = "Пациенты здравпункта", en = "Health-post patients" }, mayIncludeMinors = false }));
        var names = await DataCategory(client, unique("data"), "other", "Фамилия, имя, отчество", "Full name");
        var health = await DataCategory(client, unique("data"), "special", "Сведения о состоянии здоровья", "Health data");
        var faces = await DataCategory(client, unique("data"), "biometric-genetic", "Изображение лица", "Facial image");

        var processor = unique("proc");
        await Created(await client.SendAsync(HttpMethod.Post, "/api/recipients", new
        {
            code = processor, name = "ООО «Медицинский процессор»", kind = "authorized-person", countryCode = "by",
            contract = new { number = "17-ПД", date = "2024-02-01", purposes = "Ведение медицинских карт", actions = new[] { "storage", "use" },
                confidentiality = true, measures = new[] { "access-control" } },
        }));
        var abroad = await builder.RecipientAsync(kind: "third-party", countryCode: "us");

        var paper = await System(client, unique("sys"), "paper", false, department, "Журнал учёта");
        var portal = await System(client, unique("sys"), "electronic", true, department, "Медицинский портал");
        var cameras = await System(client, unique("sys"), "electronic", false, null, "Камеры проходной");

        var links = new RegisterBuilder.Links(department, subjects, names, abroad, paper);
        var staff = RegisterBuilder.Complete(unique("a-staff"), links, "Учёт сотрудников отдела");
        staff["recipients"] = Array.Empty<object>();

        var medical = RegisterBuilder.Complete(unique("b-medical"), links, "Медицинские осмотры");
        medical["dataCategories"] = new[] { new { code = names, retention = (object?)null }, new { code = health, retention = (object?)new { kind = "fixed", period = "P5Y" } } };
        medical["purposes"] = new[]
        {
            new { text = "Проведение обязательных медицинских осмотров", legalBasisCodes = new[] { RegisterBuilder.SpecialEmployment }, legalReference = (string?)"Трудовой кодекс" },
            new { text = "Консультация зарубежной клиники по результатам осмотра", legalBasisCodes = new[] { RegisterBuilder.Consent }, legalReference = (string?)null },
        };
        medical["recipients"] = new object[]
        {
            new { code = processor, transfer = (object?)null },
            new { code = abroad, transfer = (object?)new { countryCode = "us", legalBasisCode = RegisterBuilder.InformedConsentAbroad } },
        };
        medical["informationSystemCodes"] = new[] { portal };
        medical["protectionMeasureCodes"] = new[] { "access-control", "technical-protection-oac", "tls-encryption" };
        medical["storageForm"] = "electronic";
        medical["processingMethod"] = "automated";

        var biometric = RegisterBuilder.Complete(unique("c-faces"), links, "Пропускной режим по изображению лица");
        biometric["dataCategories"] = new[] { new { code = faces, retention = (object?)null } };
        biometric["purposes"] = new[] { new { text = "Пропуск работников на территорию", legalBasisCodes = new[] { RegisterBuilder.Consent }, legalReference = (string?)null } };
        biometric["recipients"] = Array.Empty<object>();
        biometric["informationSystemCodes"] = new[] { cameras };
        biometric["retention"] = new { kind = "until-consent-withdrawn" };

        var created = new List<JsonObject>();
        foreach (var body in new[] { staff, medical, biometric })
        {
            var response = await client.SendAsync(HttpMethod.Post, ActivityRoutes.Collection, body);
            created.Add((JsonObject)await response.OkJsonAsync(HttpStatusCode.Created));
        }
        var medicalId = (int)created[1]["id"]!;
        var approved = await client.SendAsync(HttpMethod.Post, ActivityRoutes.TransitionsFor(medicalId), new { to = "approved" }, "\"1\"");
        created[1] = (JsonObject)await approved.OkJsonAsync();

        return new ReportRegister
        {
            Department = department, DepartmentName = departmentName, Subjects = subjects, Health = health, Names = names, Faces = faces,
            Processor = processor, Paper = paper, Portal = portal, Cameras = cameras,
            Staff = created[0], Medical = created[1], Biometric = created[2],
        };
    }

    /// <summary>Records the operator (first PUT creates it; later ones need its ETag).</summary>
    public static async Task EnsureOperatorAsync(HttpClient client)
    {
        if ((await client.GetAsync("/api/operator")).StatusCode == HttpStatusCode.OK) return;
        var response = await client.SendAsync(HttpMethod.Put, "/api/operator", new
        {
            name = OperatorName, address = OperatorAddress, unp = "100000001",
            responsiblePerson = new { fullName = "Петрова Анна Сергеевна", position = "Ответственный за внутренний контроль",
                phone = "+375 17 000-00-01", email = "dpo@example.by", postalAddress = "220030, г. Минск, ул. Ленинградская, 8" },
            branches = Array.Empty<object>(),
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    public const string OperatorName = "Учреждение образования «Тестовый университет»";
    public const string OperatorAddress = "220030, г. Минск, ул. Ленинградская, 8";

    private static async Task<string> DataCategory(HttpClient client, string code, string npdpcCategory, string ru, string en)
    {
        await Created(await client.SendAsync(HttpMethod.Post, "/api/data-categories", new { code, names = new { ru, en }, group = "test", npdpcCategory }));
        return code;
    }

    private static async Task<string> System(HttpClient client, string code, string kind, bool connected, string? owner, string name)
    {
        await Created(await client.SendAsync(HttpMethod.Post, "/api/information-systems",
            new { code, name = $"{name} {code}", kind, connectedToPublicNetwork = connected, ownerDepartmentCode = owner }));
        return code;
    }

    private static async Task Created(HttpResponseMessage response) =>
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
}
