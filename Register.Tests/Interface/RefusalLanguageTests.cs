using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Register.Api.Features.Activities;
using Register.Api.Features.Departments;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Tests.Infrastructure;
using ActivityOperations = Register.Api.Features.Activities.Activities;
using DepartmentCatalog = Register.Api.Features.Departments.Departments;

namespace Register.Tests.Interface;

/// <summary>
/// The interface runs the API's own operations with the signed-in caller and shows their refusals as they come, so
/// the refusals are written in both languages: a Russian user of the interface reads them in Russian, while an API
/// client (whose requests run in the invariant culture) keeps reading the English texts it has always parsed. Each
/// test calls an operation as a component does, in the interface's default culture, then makes the same request over
/// HTTP.
/// </summary>
public sealed class RefusalLanguageTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly Caller Officer = new("officer@test", Roles.Officer, new HashSet<string>());

    private DepartmentCatalog Departments => Factory.Services.GetRequiredService<DepartmentCatalog>();

    private ActivityOperations Entries => Factory.Services.GetRequiredService<ActivityOperations>();

    [Test]
    public async Task A_duplicate_catalog_code_is_refused_in_Russian_in_the_interface_and_in_English_on_the_API()
    {
        var code = Unique("dep");
        await CreateDepartmentAsync(code);

        var refusal = await InRussian<ConflictException>(() =>
            Departments.CreateAsync(Officer, new DepartmentRequest(code, "Дубликат", null, null), Languages.Default, CancellationToken.None));
        Assert.That(refusal.Message, Is.EqualTo(
            $"В справочнике «Подразделения» уже есть запись с кодом «{code}». Выберите другой код или измените ту запись."));

        var response = await Client.SendAsync(HttpMethod.Post, DepartmentRoutes.Collection, new { code, name = "Дубликат" });
        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.That((string?)problem["detail"], Is.EqualTo($"A department with code '{code}' already exists."));
        Assert.That((string?)problem["title"], Is.EqualTo("Conflict"));
    }

    [Test]
    public async Task A_missing_register_entry_is_reported_in_Russian_in_the_interface_and_in_English_on_the_API()
    {
        const int missing = 987_654;

        var refusal = await InRussian<NotFoundException>(() => Entries.GetAsync(Officer, missing, CancellationToken.None));
        Assert.That(refusal.Message, Is.EqualTo($"Записи реестра {missing} нет или она вам недоступна."));

        var problem = await (await Client.GetAsync($"/api/activities/{missing}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Is.EqualTo($"There is no register entry {missing} that you may see."));
    }

    [Test]
    public async Task A_department_head_drafting_outside_its_departments_is_refused_in_Russian_in_the_interface_and_in_English_on_the_API()
    {
        var own = Unique("own");
        var other = Unique("other");
        await CreateDepartmentAsync(own);
        await CreateDepartmentAsync(other);
        var head = new Caller("head@test", Roles.DepartmentHead, new HashSet<string> { own });
        var body = new { code = Unique("act"), title = "Учёт посетителей", departmentCode = other };

        var refusal = await InRussian<ForbiddenException>(() => Entries.CreateAsync(head, Request(body), CancellationToken.None));
        Assert.That(refusal.Message, Is.EqualTo("Руководитель подразделения ведёт записи только своих подразделений: выберите одно из них."));

        using var headClient = await ClientForAsync(Roles.DepartmentHead, own);
        var problem = await (await headClient.SendAsync(HttpMethod.Post, "/api/activities", body)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((string?)problem["detail"],
            Is.EqualTo("A department head records entries only for its own departments: set departmentCode to one of them."));
    }

    [Test]
    public async Task A_change_to_a_stale_version_is_refused_in_Russian_in_the_interface_and_in_English_on_the_API()
    {
        var code = Unique("dep");
        var created = await CreateDepartmentAsync(code);
        var stale = created.Version + 7;

        var refusal = await InRussian<PreconditionFailedException>(() => Departments.UpdateAsync(
            Officer, code, new DepartmentRequest(code, "Новое имя", null, null), IfMatch.Version(stale), Languages.Default, CancellationToken.None));
        Assert.That(refusal.Message, Is.EqualTo(
            $"Запись изменили после того, как вы её открыли (текущая версия {created.Version}). Откройте её заново и повторите изменение."));

        var response = await Client.SendAsync(HttpMethod.Put, $"{DepartmentRoutes.Collection}/{code}", new { code, name = "Новое имя" }, ETags.Format(stale));
        var problem = await response.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That((string?)problem["detail"], Is.EqualTo(
            $"The resource has changed since you read it (current ETag \"{created.Version}\"). Read it again and reapply your change."));
    }

    [Test]
    public async Task A_delete_refused_for_an_entry_in_use_names_its_users_in_Russian_in_the_interface_and_in_English_on_the_API()
    {
        var code = Unique("dep");
        var activity = Unique("act");
        var created = await CreateDepartmentAsync(code);
        await Entries.CreateAsync(Officer, Request(new { code = activity, title = "Кадровый учёт", departmentCode = code }), CancellationToken.None);

        var refusal = await InRussian<ConflictException>(() =>
            Departments.DeleteAsync(Officer, code, IfMatch.Version(created.Version), CancellationToken.None));
        Assert.That(refusal.Message, Is.EqualTo(
            $"Запись «{code}» справочника «Подразделения» используется: записи реестра {activity}. Сначала уберите эти ссылки."));

        var response = await Client.SendAsync(HttpMethod.Delete, $"{DepartmentRoutes.Collection}/{code}", ifMatch: ETags.Format(created.Version));
        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.That((string?)problem["detail"], Is.EqualTo($"The department '{code}' is in use by activities {activity}. Remove those references first."));
    }

    [Test]
    public async Task An_unknown_catalog_code_is_explained_in_Russian_beside_its_field_in_the_interface_and_in_English_on_the_API()
    {
        var unknown = Unique("nobody");
        var body = new { code = Unique("act"), title = "Учёт посетителей", subjectCategoryCodes = new[] { unknown } };

        var refusal = await InRussian<InvalidRequestException>(() => Entries.CreateAsync(Officer, Request(body), CancellationToken.None));
        Assert.That(refusal.Errors["subjectCategoryCodes[0]"],
            Is.EqualTo(new[] { $"В справочнике «Категории субъектов» нет кода «{unknown}». Выберите код из справочника." }));

        var problem = await (await Client.SendAsync(HttpMethod.Post, "/api/activities", body)).ValidationProblemAsync("subjectCategoryCodes[0]");
        Assert.That((string?)problem["errors"]!["subjectCategoryCodes[0]"]![0], Is.EqualTo($"Unknown subject category '{unknown}'."));
    }

    /// <summary>
    /// Runs the operation in the interface's default culture and returns its refusal. The culture is restored even when
    /// the operation succeeds, so that no other test runs in Russian by accident.
    /// </summary>
    private static async Task<TRefusal> InRussian<TRefusal>(Func<Task> operation) where TRefusal : ApiException
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ru");
        try
        {
            await operation();
        }
        catch (TRefusal refusal)
        {
            return refusal;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
        throw new AssertionException($"The operation was not refused with {typeof(TRefusal).Name}.");
    }

    private async Task<DepartmentResponse> CreateDepartmentAsync(string code) =>
        await Departments.CreateAsync(Officer, new DepartmentRequest(code, $"Отдел {code}", null, null), Languages.Default, CancellationToken.None);

    /// <summary>An activity request written as the API's JSON, as a client would send it.</summary>
    private static ActivityRequest Request(object body) =>
        JsonSerializer.Deserialize<ActivityRequest>(JsonSerializer.Serialize(body, RegisterJson.Options), RegisterJson.Options)!;
}
