using Register.Api.Components.Shared;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Infrastructure.Auth;
using Register.Domain.Catalogs;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>A protection measure (Art. 17): names, its kind, and for a cryptographic one the means used.</summary>
public sealed class ProtectionMeasureForm(ProtectionMeasures catalog)
    : CatalogForm<ProtectionMeasureRequest, ProtectionMeasureResponse, ListProtectionMeasuresQuery>(catalog)
{
    public override Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token) =>
        Task.FromResult<IReadOnlyList<CatalogField>>(
        [
            .. Field.Names(),
            Field.Enum<ProtectionMeasureKind>("kind", T("Вид меры *", "Kind *"), Labels.MeasureKind),
            Field.Multiline("cryptoMeans", T("Средства криптографической защиты", "Cryptographic means"),
                T("Для криптографической меры: сертифицированные средства (можно внести позже).", "For a cryptographic measure: the certified means (may be added later).")),
        ]);

    protected override string NameOf(ProtectionMeasureResponse entry) => entry.Name ?? entry.Code;

    protected override CatalogValues ValuesOf(ProtectionMeasureResponse entry) => new CatalogValues()
        .Set(entry.Names).Set<ProtectionMeasureKind>("kind", entry.Kind).Set("cryptoMeans", entry.CryptoMeans);

    protected internal override ProtectionMeasureRequest RequestOf(string? code, CatalogValues values) =>
        new(code, values.Names(), values.Enum<ProtectionMeasureKind>("kind"), values.Text("cryptoMeans"));
}
