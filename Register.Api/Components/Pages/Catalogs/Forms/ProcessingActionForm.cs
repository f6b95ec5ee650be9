using Register.Api.Components.Shared;
using Register.Api.Features.ProcessingActions;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>An action with personal data (Art. 1): its names only.</summary>
public sealed class ProcessingActionForm(ProcessingActions catalog) : CatalogForm<ProcessingActionRequest, ProcessingActionResponse, CatalogQuery>(catalog)
{
    public override Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token) =>
        Task.FromResult<IReadOnlyList<CatalogField>>([.. Field.Names()]);

    protected override string NameOf(ProcessingActionResponse entry) => entry.Name ?? entry.Code;

    protected override CatalogValues ValuesOf(ProcessingActionResponse entry) => new CatalogValues().Set(entry.Names);

    protected internal override ProcessingActionRequest RequestOf(string? code, CatalogValues values) => new(code, values.Names());
}
