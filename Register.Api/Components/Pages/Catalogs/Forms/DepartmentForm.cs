using Register.Api.Components.Shared;
using Register.Api.Features.Departments;
using Register.Api.Infrastructure.Auth;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>A department: its name, its parent (another department) and its head's contacts.</summary>
public sealed class DepartmentForm(Departments catalog) : CatalogForm<DepartmentRequest, DepartmentResponse, ListDepartmentsQuery>(catalog)
{
    public override string? RegisterFilter => "department";

    public override async Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token)
    {
        // A department cannot be its own parent; the operation refuses longer cycles itself.
        var parents = (await catalogs.DepartmentsAsync(caller, token)).Where(d => d.Code != code);
        var head = T("Руководитель", "Head");
        return
        [
            Field.Text("name", T("Наименование *", "Name *")),
            Field.Choice("parentCode", T("Вышестоящее подразделение", "Parent department"), Choices(parents), T("— нет —", "— none —")),
            .. Field.InGroup(head,
                Field.Text("head.fullName", T("ФИО", "Full name")),
                Field.Text("head.position", T("Должность", "Position")),
                Field.Text("head.email", T("Электронная почта", "E-mail")),
                Field.Text("head.phone", T("Телефон", "Phone"))),
        ];
    }

    protected override string NameOf(DepartmentResponse entry) => entry.Name;

    protected override CatalogValues ValuesOf(DepartmentResponse entry) => new CatalogValues()
        .Set("name", entry.Name).Set("parentCode", entry.ParentCode)
        .Set("head.fullName", entry.Head?.FullName).Set("head.position", entry.Head?.Position)
        .Set("head.email", entry.Head?.Email).Set("head.phone", entry.Head?.Phone);

    protected internal override DepartmentRequest RequestOf(string? code, CatalogValues values)
    {
        var head = new PersonContact(values.Text("head.fullName"), values.Text("head.position"), values.Text("head.email"), values.Text("head.phone"));
        return new DepartmentRequest(code, values.Text("name"), values.Text("parentCode"),
            head is { FullName: null, Position: null, Email: null, Phone: null } ? null : head);
    }
}
