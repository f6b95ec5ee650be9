using Register.Api.Components.Shared;
using Register.Api.Features.LegalBases;
using Register.Api.Infrastructure.Auth;
using Register.Domain.Catalogs;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>A legal basis: names, its kind (which article it falls under), the citation and the law.</summary>
public sealed class LegalBasisForm(LegalBases catalog) : CatalogForm<LegalBasisRequest, LegalBasisResponse, ListLegalBasesQuery>(catalog)
{
    public override string? RegisterFilter => "legalBasis";

    public override Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token) =>
        Task.FromResult<IReadOnlyList<CatalogField>>(
        [
            .. Field.Names(),
            Field.Enum<LegalBasisKind>("kind", T("Вид основания *", "Kind *"), Labels.BasisKind),
            Field.Text("citation", T("Норма", "Citation"), T("Например, «ст. 6 абз. 3».", "E.g. \"Art. 6 abz. 3\".")),
            Field.Text("law", T("Акт законодательства", "Law")),
        ]);

    protected override string NameOf(LegalBasisResponse entry) => entry.Name ?? entry.Code;

    protected override CatalogValues ValuesOf(LegalBasisResponse entry) => new CatalogValues()
        .Set(entry.Names).Set<LegalBasisKind>("kind", entry.Kind).Set("citation", entry.Citation).Set("law", entry.Law);

    protected internal override LegalBasisRequest RequestOf(string? code, CatalogValues values) =>
        new(code, values.Names(), values.Enum<LegalBasisKind>("kind"), values.Text("citation"), values.Text("law"));
}
