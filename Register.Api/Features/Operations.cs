namespace Register.Api.Features;

public static class Operations
{
    /// <summary>
    /// The register's operations: what the API's endpoints and the web interface both run, with their caller. Stateless
    /// (the database and the clock are their only dependencies), so one instance each.
    /// </summary>
    public static IServiceCollection AddRegisterOperations(this IServiceCollection services) => services
        .AddSingleton<Departments.Departments>()
        .AddSingleton<SubjectCategories.SubjectCategories>()
        .AddSingleton<DataCategories.DataCategories>()
        .AddSingleton<LegalBases.LegalBases>()
        .AddSingleton<Recipients.Recipients>()
        .AddSingleton<Countries.Countries>()
        .AddSingleton<InformationSystems.InformationSystems>()
        .AddSingleton<ProcessingActions.ProcessingActions>()
        .AddSingleton<ProtectionMeasures.ProtectionMeasures>()
        .AddSingleton<Operator.OperatorCard>()
        .AddSingleton<Activities.Activities>()
        .AddSingleton<Compliance.Compliance>()
        .AddSingleton<Compliance.FindingsByRule>()
        .AddSingleton<Activities.ActivityPreview>()
        .AddSingleton<Keys.Keys>()
        .AddSingleton<Audit.AuditTrail>()
        .AddSingleton<Reports.Reports>()
        .AddSingleton<Reports.Snapshots.ReportSnapshots>()
        .AddSingleton<Imports.ActivityImports>()
        .AddSingleton<Imports.ImportTemplates>()
        .AddSingleton<Calendar.WorkingCalendars>()
        .AddSingleton<SubjectRequests.SubjectRequests>()
        .AddSingleton<Breaches.Breaches>()
        .AddSingleton<Breaches.BreachNotifications>()
        .AddSingleton<Dashboard.Dashboards>()
        .AddSingleton(provider => Journals.JournalRetentionOptions.FromConfiguration(provider.GetRequiredService<IConfiguration>()))
        .AddSingleton<Journals.JournalDepersonalisation>()
        .AddHostedService<Journals.ScheduledDepersonalisation>()
        .AddSingleton<DataInOut.RegisterExport>()
        .AddSingleton<DataInOut.RegisterImport>();
}
