using Register.Api.Components.Shared;
using Register.Api.Features.DataCategories;
using Register.Api.Infrastructure.Auth;
using Register.Domain.Catalogs;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>A category of data: names, group, NPDPC category, and the two facts that change how it is read.</summary>
public sealed class DataCategoryForm(DataCategories catalog) : CatalogForm<DataCategoryRequest, DataCategoryResponse, ListDataCategoriesQuery>(catalog)
{
    public override string? RegisterFilter => "dataCategory";

    public override Task<IReadOnlyList<CatalogField>> FieldsAsync(CatalogDirectory catalogs, Caller caller, string? code, CancellationToken token) =>
        Task.FromResult<IReadOnlyList<CatalogField>>(
        [
            .. Field.Names(),
            Field.Text("group", T("Группа", "Group"), T("Например, «Анкетные данные».", "E.g. \"Personal details\".")),
            Field.Enum<NpdpcCategory>("npdpcCategory", T("Категория НЦЗПД (приказ № 12) *", "NPDPC category (Order 12) *"), c => Labels.Category(c)),
            // Not a checkbox: "not stated" is a third answer the register keeps apart from "no".
            Field.Choice("usedForUniqueIdentification", T("Используются для однозначной идентификации", "Used for unique identification"),
                [new(CatalogValues.True, T("да", "yes")), new("false", T("нет", "no"))], T("— не указано —", "— not stated —"),
                T("Фото, видео и запись голоса — биометрические данные, только если по ним однозначно устанавливают личность (ст. 1 Закона № 99-З).",
                  "A photograph, video or voice recording is biometric only when used to identify a person uniquely (Law 99-Z Art. 1).")),
            Field.Checkbox("depersonalised", T("Обезличенные данные", "Depersonalised")),
        ]);

    protected override string NameOf(DataCategoryResponse entry) => entry.Name ?? entry.Code;

    protected override CatalogValues ValuesOf(DataCategoryResponse entry) => new CatalogValues()
        .Set(entry.Names).Set("group", entry.Group).Set<NpdpcCategory>("npdpcCategory", entry.NpdpcCategory)
        .Set("usedForUniqueIdentification", entry.UsedForUniqueIdentification).Set("depersonalised", entry.Depersonalised);

    protected internal override DataCategoryRequest RequestOf(string? code, CatalogValues values) =>
        new(code, values.Names(), values.Text("group"), values.Enum<NpdpcCategory>("npdpcCategory"),
            values.OptionalFlag("usedForUniqueIdentification"), values.Flag("depersonalised"));
}
