using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.LegalBases;
using Register.Api.Features.ProcessingActions;
using Register.Api.Features.ProtectionMeasures;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;

namespace Register.Api.Components.Pages.Catalogs.Forms;

/// <summary>Each catalog's form by the catalog's address in the interface (the same as its API collection's).</summary>
public static class CatalogForms
{
    public static ICatalogForm? Find(string key, IServiceProvider services) => key switch
    {
        "departments" => new DepartmentForm(services.GetRequiredService<Departments>()),
        "subject-categories" => new SubjectCategoryForm(services.GetRequiredService<SubjectCategories>()),
        "data-categories" => new DataCategoryForm(services.GetRequiredService<DataCategories>()),
        "legal-bases" => new LegalBasisForm(services.GetRequiredService<LegalBases>()),
        "recipients" => new RecipientForm(services.GetRequiredService<Recipients>()),
        "countries" => new CountryForm(services.GetRequiredService<Countries>()),
        "information-systems" => new InformationSystemForm(services.GetRequiredService<InformationSystems>()),
        "processing-actions" => new ProcessingActionForm(services.GetRequiredService<ProcessingActions>()),
        "protection-measures" => new ProtectionMeasureForm(services.GetRequiredService<ProtectionMeasures>()),
        _ => null,
    };
}
