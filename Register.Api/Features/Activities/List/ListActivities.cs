using FluentValidation;
using FastEndpoints;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Activities;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Activities.List;

/// <summary>The contract's filters; all combine (AND).</summary>
public sealed record ListActivitiesQuery : PageQuery
{
    public string? Department { get; init; }
    public string? SubjectCategory { get; init; }
    public string? DataCategory { get; init; }
    public string? LegalBasis { get; init; }
    public string? Recipient { get; init; }
    public string? InformationSystem { get; init; }
    public string? NpdpcCategory { get; init; }
    public bool? CrossBorder { get; init; }
    public string? Status { get; init; }
    /// <summary>Text in the code, title, description or purposes; case-insensitive in Cyrillic and Latin.</summary>
    public string? Q { get; init; }

    /// <summary>
    /// The order of the list: <c>code</c> (default), <c>title</c>, <c>department</c>, <c>status</c>, <c>reviewDueDate</c> or
    /// <c>updatedAt</c>; a leading <c>-</c> reverses it. Ties are broken by code.
    /// </summary>
    public string? Sort { get; init; }

    /// <summary><c>summary</c>: items reduced to what a table shows (see <see cref="ActivitySummary"/>); full entries otherwise.</summary>
    public string? View { get; init; }

    public const string SummaryView = "summary";
}

public sealed class ListActivitiesQueryValidator : AbstractValidator<ListActivitiesQuery>
{
    public ListActivitiesQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Department).CatalogCode();
        RuleFor(q => q.SubjectCategory).CatalogCode();
        RuleFor(q => q.DataCategory).CatalogCode();
        RuleFor(q => q.LegalBasis).CatalogCode();
        RuleFor(q => q.Recipient).CatalogCode();
        RuleFor(q => q.InformationSystem).CatalogCode();
        RuleFor(q => q.NpdpcCategory).Must(v => v is null || KebabEnum.TryParse<NpdpcCategory>(v, out _))
            .WithMessage(_ => ForReader.Text($"Категория по классификации НЦЗПД — одно из значений: {KebabEnum.Allowed<NpdpcCategory>()}.", $"'npdpcCategory' must be one of: {KebabEnum.Allowed<NpdpcCategory>()}."));
        RuleFor(q => q.Status).Must(v => v is null || KebabEnum.TryParse<ActivityStatus>(v, out _))
            .WithMessage(_ => ForReader.Text($"Статус — одно из значений: {KebabEnum.Allowed<ActivityStatus>()}.", $"'status' must be one of: {KebabEnum.Allowed<ActivityStatus>()}."));
        RuleFor(q => q.Q).PlainText(200);
        RuleFor(q => q.Sort).Must(v => v is null || ActivityList.SortColumns.ContainsKey(v.TrimStart('-')))
            .WithMessage(_ => ForReader.Text($"Сортировка — одно из значений: {string.Join(", ", ActivityList.SortColumns.Keys)}; со знаком «-» в начале — по убыванию.", $"'sort' must be one of: {string.Join(", ", ActivityList.SortColumns.Keys)}, optionally with a leading '-' for descending order."));
        RuleFor(q => q.View).Must(v => v is null or ListActivitiesQuery.SummaryView)
            .WithMessage(_ => ForReader.Text($"Вид списка — «{ListActivitiesQuery.SummaryView}» или не указывается (полные записи).", $"'view' must be '{ListActivitiesQuery.SummaryView}' or left out (full entries)."));
    }
}

public sealed class ListActivities(Activities activities) : Endpoint<ListActivitiesQuery>
{
    public override void Configure()
    {
        Get(ActivityRoutes.Collection);
        Description(b => b.Documented(ActivityRoutes.Tag, "List register entries",
                "A page of the register in code order, each entry with its computed NPDPC category, cross-border flag and findings. " +
                "Every filter combines with the others (AND). A department head sees only its departments' entries. With view=summary " +
                "each item is reduced to what a table shows: id, code, title, departmentCode, status, npdpcCategory, crossBorder, " +
                "errorCount, warningCount, reviewDueDate, updatedAt and version.")
            .Produces<PageResponse<ActivityResponse>>()
            .ProducesProblems(StatusCodes.Status400BadRequest));
    }

    public override async Task HandleAsync(ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        if (query.View == ListActivitiesQuery.SummaryView) await Send.OkAsync(await activities.SummariesAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
        else await Send.OkAsync(await activities.ListAsync(HttpContext.Caller(), query, cancellationToken), cancellationToken);
    }
}
