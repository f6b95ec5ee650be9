using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
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
            .WithMessage($"'npdpcCategory' must be one of: {KebabEnum.Allowed<NpdpcCategory>()}.");
        RuleFor(q => q.Status).Must(v => v is null || KebabEnum.TryParse<ActivityStatus>(v, out _))
            .WithMessage($"'status' must be one of: {KebabEnum.Allowed<ActivityStatus>()}.");
        RuleFor(q => q.Q).PlainText(200);
    }
}

public sealed class ListActivities : IEndpoint
{
    // One statement for every combination: each filter is inert when its parameter is null.
    private const string Filter = """
        WHERE (@Scoped = 0 OR a.department_code IN @ScopeDepartments)
          AND (@Department IS NULL OR a.department_code = @Department)
          AND (@Status IS NULL OR a.status = @Status)
          AND (@Pattern IS NULL OR a.search_text LIKE @Pattern ESCAPE '\')
          AND (@SubjectCategory IS NULL OR EXISTS (SELECT 1 FROM activity_subject_categories x WHERE x.activity_id = a.id AND x.subject_category_code = @SubjectCategory))
          AND (@DataCategory IS NULL OR EXISTS (SELECT 1 FROM activity_data_categories x WHERE x.activity_id = a.id AND x.data_category_code = @DataCategory))
          AND (@LegalBasis IS NULL
               OR EXISTS (SELECT 1 FROM activity_purpose_bases x WHERE x.activity_id = a.id AND x.legal_basis_code = @LegalBasis)
               OR EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.transfer_legal_basis_code = @LegalBasis))
          AND (@Recipient IS NULL OR EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.recipient_code = @Recipient))
          AND (@InformationSystem IS NULL OR EXISTS (SELECT 1 FROM activity_information_systems x WHERE x.activity_id = a.id AND x.system_code = @InformationSystem))
          AND (@CrossBorder IS NULL
               OR (@CrossBorder = 1 AND EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.transfer_country_code IS NOT NULL))
               OR (@CrossBorder = 0 AND NOT EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.transfer_country_code IS NOT NULL)))
          AND (@NpdpcCategory IS NULL
               OR (EXISTS (SELECT 1 FROM activity_data_categories x JOIN data_categories d ON d.code = x.data_category_code
                           WHERE x.activity_id = a.id AND d.npdpc_category = @NpdpcCategory)
                   AND NOT EXISTS (SELECT 1 FROM activity_data_categories x JOIN data_categories d ON d.code = x.data_category_code
                                   WHERE x.activity_id = a.id AND d.npdpc_category IN @HigherCategories)))
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM activities a {Filter}";

    public const string PageSql = $"SELECT a.id FROM activities a {Filter} ORDER BY a.code {{{{paging}}}}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(ActivityRoutes.Collection, ListActivitiesHandler)
            .WithName(nameof(ListActivities)).WithTags(ActivityRoutes.Tag)
            .Validates<ListActivitiesQuery>();

    public static async Task<Ok<PageResponse<ActivityResponse>>> ListActivitiesHandler(
        [AsParameters] ListActivitiesQuery query, Db db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var parameters = Parameters(query, Caller.From(context).Scope);
        var (total, page) = await db.ReadAsync(async session =>
        {
            var count = await session.ExecuteScalarAsync<int>(CountSql, parameters);
            var ids = (await session.QueryAsync<int>(PageSql, parameters)).ToList();
            var states = await ActivityStore.LoadAsync(session, ids);
            return (count, await ActivityAssessor.AssessAsync(session, states, clock.Today()));
        }, cancellationToken);
        return TypedResults.Ok(new PageResponse<ActivityResponse>(page.Select(a => a.ToResponse()).ToList(), total, query.PageNumber, query.Size));
    }

    private static object Parameters(ListActivitiesQuery q, IReadOnlyCollection<string>? scope)
    {
        NpdpcCategory? category = q.NpdpcCategory is null ? null : KebabEnum.Parse<NpdpcCategory>(q.NpdpcCategory);
        // "The entry's category is X" means: it has data of category X and none above X.
        var higher = category is { } c ? Enum.GetValues<NpdpcCategory>().Where(v => v > c).Select(v => KebabEnum.ToKebab(v)).ToList() : [];
        return new
        {
            q.Department, q.Status, q.SubjectCategory, q.DataCategory, q.LegalBasis, q.Recipient, q.InformationSystem,
            Pattern = string.IsNullOrWhiteSpace(q.Q) ? null : SearchText.ContainsPattern(q.Q),
            CrossBorder = q.CrossBorder is { } crossBorder ? (crossBorder ? 1 : 0) : (int?)null,
            NpdpcCategory = q.NpdpcCategory,
            HigherCategories = higher,
            // A department head's lists hold only its departments' entries, whatever else it filters on.
            Scoped = scope is null ? 0 : 1,
            ScopeDepartments = scope ?? [],
            q.Skip,
            Take = q.Size,
        };
    }
}
