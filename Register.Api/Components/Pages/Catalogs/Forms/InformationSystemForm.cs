using Register.Api.Components.Shared;
using Register.Api.Features.InformationSystems;
using Register.Api.Infrastructure.Auth;
using Register.Domain.Catalogs;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>
/// An information resource as recorded: name, kind, public network, owner department. Its NPDPC category and OAC class are
/// computed from the entries that use it, so they are shown in the list, not entered.
/// </summary>
public sealed class InformationSystemForm(InformationSystems catalog)
    : CatalogForm<InformationSystemRequest, InformationSystemResponse, ListInformationSystemsQuery>(catalog)
{
    public override string? RegisterFilter => "informationSystem";

    public override async Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token) =>
    [
        Field.Text("name", T("Наименование *", "Name *")),
        Field.Enum<InformationSystemKind>("kind", T("Вид *", "Kind *"), Labels.SystemKind),
        Field.Checkbox("connectedToPublicNetwork", T("Подключён к сетям общего пользования (Интернет)", "Connected to a public network (the Internet)"),
            T("Влияет на класс по приказу ОАЦ № 66.", "It changes the class under OAC Order 66.")),
        Field.Choice("ownerDepartmentCode", T("Подразделение-владелец", "Owner department"), Choices(await catalogs.DepartmentsAsync(caller, token)),
            T("— не указано —", "— not stated —")),
    ];

    public override CatalogValues Defaults() => new CatalogValues().Set<InformationSystemKind>("kind", InformationSystemKind.Electronic);

    protected override string NameOf(InformationSystemResponse entry) => entry.Name;

    protected override CatalogValues ValuesOf(InformationSystemResponse entry) => new CatalogValues()
        .Set("name", entry.Name).Set<InformationSystemKind>("kind", entry.Kind)
        .Set("connectedToPublicNetwork", entry.ConnectedToPublicNetwork).Set("ownerDepartmentCode", entry.OwnerDepartmentCode);

    protected internal override InformationSystemRequest RequestOf(string? code, CatalogValues values) =>
        new(code, values.Text("name"), values.Enum<InformationSystemKind>("kind"), values.Flag("connectedToPublicNetwork"), values.Text("ownerDepartmentCode"));
}
