using Register.Api.Components.Shared;
using Register.Api.Features.Recipients;
using Register.Api.Infrastructure.Auth;
using Register.Domain.Catalogs;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>
/// A recipient: name, kind, country, what an authorized person acts under (ст. 7 п. 1) and the terms of that document:
/// number, date, purposes, actions, confidentiality, measures.
/// </summary>
public sealed class RecipientForm(Recipients catalog) : CatalogForm<RecipientRequest, RecipientResponse, ListRecipientsQuery>(catalog)
{
    public override string? RegisterFilter => "recipient";

    public override async Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token)
    {
        var countries = await catalogs.CountriesAsync(caller, token);
        var actions = await catalogs.ActionsAsync(caller, token);
        var measures = await catalogs.MeasuresAsync(caller, token);
        var terms = T("Условия договора (документа) с уполномоченным лицом, ст. 7 п. 1", "Terms of the contract (document) with an authorized person, Art. 7 p. 1");
        return
        [
            Field.Text("name", T("Наименование *", "Name *")),
            Field.Enum<RecipientKind>("kind", T("Вид получателя *", "Kind *"), Labels.Recipient),
            Field.Choice("countryCode", T("Страна", "Country"), Choices(countries.OrderBy(c => c.Name, StringComparer.CurrentCulture)),
                T("— не указана —", "— not stated —"), T("Для передачи за рубеж: страна получателя.", "For a transfer abroad: the recipient's country.")),
            Field.Enum<AuthorityKind>("authorityKind", T("Уполномоченное лицо действует на основании", "An authorized person acts under"), Labels.Authority,
                T("Только для уполномоченного лица; у других получателей — договор.", "For an authorized person only; other recipients: a contract.")),
            Field.Text("documentReference", T("Реквизиты акта законодательства или решения госоргана", "Reference of the act or the state body's decision"),
                T("Пусто, если это договор: договор называется номером ниже.", "Empty for a contract: a contract is named by its number below.")),
            .. Field.InGroup(terms,
                Field.Text("contract.number", T("Номер", "Number")),
                Field.Date("contract.date", T("Дата", "Date")),
                Field.Multiline("contract.purposes", T("Цели обработки", "Purposes of processing")),
                Field.Checklist("contract.actions", T("Действия с данными", "Processing actions"), Choices(actions)),
                Field.Checkbox("contract.confidentiality", T("Обязанность соблюдать конфиденциальность", "Duty of confidentiality")),
                Field.Checklist("contract.measures", T("Меры по обеспечению защиты", "Protection measures"), Choices(measures))),
        ];
    }

    public override CatalogValues Defaults() => new CatalogValues().Set<AuthorityKind>("authorityKind", AuthorityKind.Contract);

    protected override string NameOf(RecipientResponse entry) => entry.Name;

    protected override CatalogValues ValuesOf(RecipientResponse entry) => new CatalogValues()
        .Set("name", entry.Name).Set<RecipientKind>("kind", entry.Kind).Set("countryCode", entry.CountryCode)
        .Set<AuthorityKind>("authorityKind", entry.AuthorityKind).Set("documentReference", entry.DocumentReference)
        .Set("contract.number", entry.Contract?.Number).Set("contract.date", entry.Contract?.Date).Set("contract.purposes", entry.Contract?.Purposes)
        .Set("contract.actions", entry.Contract?.Actions ?? []).Set("contract.confidentiality", entry.Contract?.Confidentiality ?? false)
        .Set("contract.measures", entry.Contract?.Measures ?? []);

    protected internal override RecipientRequest RequestOf(string? code, CatalogValues values)
    {
        var actions = values.Codes("contract.actions");
        var measures = values.Codes("contract.measures");
        var contract = new RecipientContractRequest(values.Text("contract.number"), values.Date("contract.date"), values.Text("contract.purposes"),
            actions, values.Flag("contract.confidentiality"), measures);
        // Terms are recorded when any of them is given; a form left empty records none (the API's "contract": null).
        var recorded = contract is not { Number: null, Date: null, Purposes: null, Confidentiality: false } || actions.Count > 0 || measures.Count > 0;
        return new RecipientRequest(code, values.Text("name"), values.Enum<RecipientKind>("kind"), values.Text("countryCode"),
            recorded ? contract : null, values.Enum<AuthorityKind>("authorityKind"), values.Text("documentReference"));
    }
}
