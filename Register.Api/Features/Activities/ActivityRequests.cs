using Register.Domain.Activities;

namespace Register.Api.Features.Activities;

/// <summary>Requests built from what the register holds.</summary>
public static class ActivityRequests
{
    /// <summary>The body of a PUT that would save this entry's content unchanged: where an import starts from for a row that changes it.</summary>
    public static ActivityRequest Of(string code, ActivityContent content) => new(
        code,
        content.Title,
        content.Description,
        content.DepartmentCode,
        content.SubjectCategoryCodes.ToList<string?>(),
        content.DataCategories.Select(d => (ActivityDataCategoryRequest?)new ActivityDataCategoryRequest(d.Code, RequestOf(d.Retention))).ToList(),
        content.Purposes.Select(p => (PurposeRequest?)new PurposeRequest(p.Text, p.LegalBasisCodes.ToList<string?>(), p.LegalReference)).ToList(),
        content.Recipients.Select(r => (ActivityRecipientRequest?)new ActivityRecipientRequest(r.Code,
            r.Transfer is null ? null : new TransferRequest(r.Transfer.CountryCode, r.Transfer.LegalBasisCode))).ToList(),
        RequestOf(content.Retention),
        content.InformationSystemCodes.ToList<string?>(),
        content.StorageForm,
        content.ProcessingMethod,
        content.ActionCodes.ToList<string?>(),
        content.ProtectionMeasureCodes.ToList<string?>(),
        content.DataSource,
        content.StartDate,
        content.TerminationCondition,
        content.AccessPositions.ToList<string?>(),
        content.EstimatedSubjects,
        content.IncludesMinorsUnder16,
        content.ReviewDueDate);

    /// <summary>A request with nothing in it: where an import starts from for a row that creates an entry.</summary>
    public static ActivityRequest Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public static RetentionRequest? RequestOf(Retention? retention) =>
        retention is null ? null : new RetentionRequest(retention.Kind, retention.Period, retention.Event, retention.Reference);
}
