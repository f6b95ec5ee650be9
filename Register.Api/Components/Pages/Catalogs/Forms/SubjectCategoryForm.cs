using Register.Api.Components.Shared;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>A category of subjects: names, a description, and whether it may include minors.</summary>
public sealed class SubjectCategoryForm(SubjectCategories catalog) : CatalogForm<SubjectCategoryRequest, SubjectCategoryResponse, CatalogQuery>(catalog)
{
    public override string? RegisterFilter => "subjectCategory";

    public override Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token) =>
        Task.FromResult<IReadOnlyList<CatalogField>>(
        [
            .. Field.Names(),
            Field.Multiline("description", T("Описание", "Description")),
            Field.Checkbox("mayIncludeMinors", T("Среди субъектов могут быть несовершеннолетние", "May include minors")),
        ]);

    protected override string NameOf(SubjectCategoryResponse entry) => entry.Name ?? entry.Code;

    protected override CatalogValues ValuesOf(SubjectCategoryResponse entry) => new CatalogValues()
        .Set(entry.Names).Set("description", entry.Description).Set("mayIncludeMinors", entry.MayIncludeMinors);

    protected internal override SubjectCategoryRequest RequestOf(string? code, CatalogValues values) =>
        new(code, values.Names(), values.Text("description"), values.Flag("mayIncludeMinors"));
}
