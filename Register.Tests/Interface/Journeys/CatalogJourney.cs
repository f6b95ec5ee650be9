using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Register.Tests.Activities;
using Register.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Register.Tests.Interface.Journeys;

/// <summary>The officer keeps the catalogs in the interface: creates, edits and deletes entries, through the catalogs' operations.</summary>
public sealed class CatalogJourney : JourneyFixture
{
    [Test]
    public async Task Creates_a_recipient_with_its_contract_edits_it_and_deletes_it()
    {
        var name = App.Unique("ООО «Облачный архив»");
        await SignInAsync(OfficerKey);
        var form = await CatalogEntryPage.OpenNewAsync(Page, "recipients");
        var code = App.Unique("archive");
        await form.FillAsync("Код *", code);
        await form.FillAsync("Наименование *", name);
        await form.ChooseAsync("Вид получателя *", "уполномоченное лицо");
        await form.ChooseAsync("Страна", "Германия");
        await form.FillAsync("Номер", "17/2024");
        await form.FillAsync("Дата", "2024-03-01");
        await form.FillAsync("Цели обработки", "Хранение архивных копий личных дел");
        await form.CheckAsync("Хранение");
        await form.CheckAsync("Предоставление");
        await form.CheckAsync("Обязанность соблюдать конфиденциальность");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Меры по обеспечению защиты" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await Screens.TakeAsync(Page, "recipient");
        await form.SaveAsync();
        await Expect(Page.Locator("p.success[role=status]")).ToContainTextAsync(code);

        var saved = await Officer.GetFromJsonAsync<JsonElement>($"/api/recipients/{code}");
        Assert.That(saved.GetProperty("kind").GetString(), Is.EqualTo("authorized-person"));
        Assert.That(saved.GetProperty("countryCode").GetString(), Is.EqualTo("de"));
        var contract = saved.GetProperty("contract");
        Assert.That(contract.GetProperty("number").GetString(), Is.EqualTo("17/2024"));
        Assert.That(contract.GetProperty("date").GetString(), Is.EqualTo("2024-03-01"));
        Assert.That(contract.GetProperty("confidentiality").GetBoolean(), Is.True);
        Assert.That(contract.GetProperty("actions").EnumerateArray().Select(a => a.GetString()), Is.EquivalentTo(new[] { "storage", "provision" }));
        Assert.That(contract.GetProperty("measures").GetArrayLength(), Is.EqualTo(1));

        // The form opens with what is stored; a change is saved as a new version.
        form = await CatalogEntryPage.OpenEditAsync(Page, "recipients", code);
        await Expect(Page.GetByLabel("Номер", new() { Exact = true })).ToHaveValueAsync("17/2024");
        await Expect(Page.GetByLabel("Хранение", new() { Exact = true })).ToBeCheckedAsync();
        await form.FillAsync("Наименование *", name + " (новое)");
        await form.SaveAsync();
        saved = await Officer.GetFromJsonAsync<JsonElement>($"/api/recipients/{code}");
        Assert.That(saved.GetProperty("name").GetString(), Is.EqualTo(name + " (новое)"));
        Assert.That(saved.GetProperty("version").GetInt32(), Is.EqualTo(2));

        form = await CatalogEntryPage.OpenEditAsync(Page, "recipients", code);
        await form.DeleteAsync();
        await Page.WaitForURLAsync("**deleted=**");
        await Expect(Page.Locator("p.success[role=status]")).ToContainTextAsync(code);
        Assert.That((await Officer.GetAsync($"/api/recipients/{code}")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_refused_save_keeps_what_was_typed_and_shows_the_message_beside_the_field()
    {
        await SignInAsync(OfficerKey);
        var form = await CatalogEntryPage.OpenNewAsync(Page, "recipients");
        await form.FillAsync("Код *", App.Unique("nameless"));
        await form.ChooseAsync("Вид получателя *", "третье лицо");
        await form.FillAsync("Номер", "5-Д");
        await form.CheckAsync("Использование");
        await form.SaveExpectingRefusalAsync(); // no name

        await Expect(Page.Locator("#err-name")).ToHaveTextAsync("Заполните это поле.");
        await Expect(Page.GetByLabel("Наименование *")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByLabel("Номер", new() { Exact = true })).ToHaveValueAsync("5-Д");
        await Expect(Page.GetByLabel("Использование", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("Вид получателя *")).ToHaveValueAsync("third-party");
        await AssertAccessibleAsync();
    }

    [Test]
    public async Task Someone_saving_first_is_explained_and_the_typed_changes_can_still_be_saved()
    {
        var code = await App.Builder(Officer).RecipientAsync();
        await SignInAsync(OfficerKey);
        var form = await CatalogEntryPage.OpenEditAsync(Page, "recipients", code);
        await form.FillAsync("Наименование *", "Моё наименование");
        // Meanwhile someone else saves the recipient through the API.
        (await Officer.SendAsync(HttpMethod.Put, $"/api/recipients/{code}", new { name = "Их наименование", kind = "state-body" }, ifMatch: "\"1\"")).EnsureSuccessStatusCode();

        await form.SaveExpectingRefusalAsync();
        await Expect(form.Problem).ToContainTextAsync("Кто-то сохранил изменения раньше вас.");
        await Expect(form.Problem).ToContainTextAsync("«Их наименование»");
        await Expect(Page.GetByLabel("Наименование *")).ToHaveValueAsync("Моё наименование");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Сохранить мои правки поверх" }).ClickAsync();
        await Page.WaitForURLAsync("**saved=**");
        var saved = await Officer.GetFromJsonAsync<JsonElement>($"/api/recipients/{code}");
        Assert.That(saved.GetProperty("name").GetString(), Is.EqualTo("Моё наименование"));
        Assert.That(saved.GetProperty("version").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Deleting_a_recipient_in_use_is_refused_naming_its_users_and_keeps_it()
    {
        var links = await App.Builder(Officer).LinksAsync();
        var activity = App.Unique("act");
        (await Officer.PostAsJsonAsync("/api/activities", RegisterBuilder.Complete(activity, links))).EnsureSuccessStatusCode();

        await SignInAsync(OfficerKey);
        var form = await CatalogEntryPage.OpenEditAsync(Page, "recipients", links.Recipient);
        await form.DeleteAsync();
        await Expect(form.Problem).ToContainTextAsync("Удалить нельзя: запись используется.");
        await Expect(form.Problem).ToContainTextAsync(activity);
        var inRegister = Page.GetByRole(AriaRole.Link, new() { Name = "Записи реестра, где есть «Министерство образования»" });
        await Expect(inRegister).ToHaveAttributeAsync("href", $"register?recipient={links.Recipient}");
        await Expect(Page.Locator("form button.danger")).ToHaveCountAsync(0);
        await Screens.TakeAsync(Page, "catalog-delete-refused");
        await AssertAccessibleAsync();
        Assert.That((await Officer.GetAsync($"/api/recipients/{links.Recipient}")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));

        await inRegister.ClickAsync();
        await Expect(new RegisterListPage(Page).Rows).ToHaveCountAsync(1);
    }
}
