using Register.Api.Features.Activities.List;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Activities;

/// <summary>
/// The list's statements: each filter is one condition, and a request runs only the conditions of the filters it gives.
/// </summary>
internal static class ActivityList
{
    // Each filter is one condition. CountSql and PageSql hold them all but the SQLite-only search index (so the T-SQL
    // parse test sees every one SQL Server can get); a request runs the statement with only the conditions of the
    // filters it gives, a subset of the same AND-ed conditions. A condition left inert instead ("@Department IS NULL
    // OR ...") kept SQLite from using any index: every list read the whole register to count it.
    private const string ScopeCondition = "a.department_code IN @ScopeDepartments";
    private const string DepartmentCondition = "a.department_code = @Department";
    private const string StatusCondition = "a.status = @Status";
    private const string PatternCondition = @"a.search_text LIKE @Pattern ESCAPE '\'";
    // Where the engine has a trigram index (SQLite, see ISqlDialect.HasTrigramIndex) and the term is long enough for it,
    // the index names the candidate entries and PatternCondition, still applied, checks them exactly: the page and the
    // count read those entries only, not the whole register. Named "...Sqlite": FTS5's MATCH is not T-SQL, and this is
    // never sent to SQL Server, so the T-SQL parse test leaves it alone.
    private const string SearchIndexConditionSqlite =
        "a.id IN (SELECT rowid FROM activities_search WHERE activities_search MATCH @SearchPhrase)";
    private const string SubjectCategoryCondition = "EXISTS (SELECT 1 FROM activity_subject_categories x WHERE x.activity_id = a.id AND x.subject_category_code = @SubjectCategory)";
    private const string DataCategoryCondition = "EXISTS (SELECT 1 FROM activity_data_categories x WHERE x.activity_id = a.id AND x.data_category_code = @DataCategory)";
    private const string LegalBasisCondition = """
        (EXISTS (SELECT 1 FROM activity_purpose_bases x WHERE x.activity_id = a.id AND x.legal_basis_code = @LegalBasis)
               OR EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.transfer_legal_basis_code = @LegalBasis))
        """;
    private const string RecipientCondition = "EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.recipient_code = @Recipient)";
    private const string InformationSystemCondition = "EXISTS (SELECT 1 FROM activity_information_systems x WHERE x.activity_id = a.id AND x.system_code = @InformationSystem)";
    private const string CrossBorderCondition = "EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.transfer_country_code IS NOT NULL)";
    private const string NotCrossBorderCondition = "NOT EXISTS (SELECT 1 FROM activity_recipients x WHERE x.activity_id = a.id AND x.transfer_country_code IS NOT NULL)";
    // "The entry's category is X" means: it has data of category X and none above X, categories as the law reads them: a
    // biometric category stated not to be used for unique identification counts as other (DataCategoryReading; the
    // DataCategoryFilterTests pin the two to each other).
    private const string EffectiveCategory =
        "CASE WHEN d.npdpc_category = 'biometric-genetic' AND d.used_for_unique_identification = 0 THEN 'other' ELSE d.npdpc_category END";
    private const string NpdpcCategoryCondition = $"""
        EXISTS (SELECT 1 FROM activity_data_categories x JOIN data_categories d ON d.code = x.data_category_code
                        WHERE x.activity_id = a.id AND {EffectiveCategory} = @NpdpcCategory)
                AND NOT EXISTS (SELECT 1 FROM activity_data_categories x JOIN data_categories d ON d.code = x.data_category_code
                                WHERE x.activity_id = a.id AND {EffectiveCategory} IN @HigherCategories)
        """;

    private const string AllConditions = $"""
        WHERE {ScopeCondition} AND {DepartmentCondition} AND {StatusCondition} AND {PatternCondition}
          AND {SubjectCategoryCondition} AND {DataCategoryCondition} AND {LegalBasisCondition} AND {RecipientCondition}
          AND {InformationSystemCondition} AND {CrossBorderCondition} AND {NotCrossBorderCondition} AND {NpdpcCategoryCondition}
        """;

    public const string CountSql = $"SELECT COUNT(*) FROM activities a {AllConditions}";

    public const string PageSql = $"SELECT a.id FROM activities a {AllConditions} ORDER BY a.code {{{{paging}}}}";

    /// <summary>The columns a list may be sorted by (the <c>sort</c> parameter's names); code breaks ties.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["code"] = "a.code",
        ["title"] = "a.title",
        ["department"] = "a.department_code",
        ["status"] = "a.status",
        ["reviewDueDate"] = "a.review_due_date",
        ["updatedAt"] = "a.updated_at",
    };

    private const string DefaultOrder = "ORDER BY a.code";

    private static string OrderBy(string? sort)
    {
        if (sort is null || sort == "code") return DefaultOrder;
        var descending = sort.StartsWith('-');
        var column = SortColumns[sort.TrimStart('-')];
        return column == "a.code" ? (descending ? "ORDER BY a.code DESC" : DefaultOrder)
            : $"ORDER BY {column}{(descending ? " DESC" : "")}, a.code";
    }

    /// <summary>The count and page statements of a request, with their parameters: what the handler sends.</summary>
    internal static (string Count, string Page, object Parameters) Statements(
        ListActivitiesQuery query, IReadOnlyCollection<string>? scope, ISqlDialect dialect)
    {
        var searchPhrase = dialect.HasTrigramIndex && !string.IsNullOrWhiteSpace(query.Q) ? TrigramSearch.Phrase(query.Q) : null;
        var where = Where(query, scope, searchPhrase is not null);
        return (CountSql.Replace(AllConditions, where, StringComparison.Ordinal), PageSql.Replace(AllConditions, where, StringComparison.Ordinal).Replace(DefaultOrder, OrderBy(query.Sort), StringComparison.Ordinal),
            Parameters(query, scope, searchPhrase));
    }

    /// <summary>The conditions of the filters given (each statement text is rendered once per combination and cached).</summary>
    private static string Where(ListActivitiesQuery q, IReadOnlyCollection<string>? scope, bool searchIndex)
    {
        var conditions = new List<string>();
        // A department head's lists hold only its departments' entries, whatever else it filters on.
        if (scope is not null) conditions.Add(ScopeCondition);
        if (q.Department is not null) conditions.Add(DepartmentCondition);
        if (q.Status is not null) conditions.Add(StatusCondition);
        if (searchIndex) conditions.Add(SearchIndexConditionSqlite);
        if (!string.IsNullOrWhiteSpace(q.Q)) conditions.Add(PatternCondition);
        if (q.SubjectCategory is not null) conditions.Add(SubjectCategoryCondition);
        if (q.DataCategory is not null) conditions.Add(DataCategoryCondition);
        if (q.LegalBasis is not null) conditions.Add(LegalBasisCondition);
        if (q.Recipient is not null) conditions.Add(RecipientCondition);
        if (q.InformationSystem is not null) conditions.Add(InformationSystemCondition);
        if (q.CrossBorder is { } crossBorder) conditions.Add(crossBorder ? CrossBorderCondition : NotCrossBorderCondition);
        if (q.NpdpcCategory is not null) conditions.Add(NpdpcCategoryCondition);
        return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
    }

    private static object Parameters(ListActivitiesQuery q, IReadOnlyCollection<string>? scope, string? searchPhrase)
    {
        NpdpcCategory? category = q.NpdpcCategory is null ? null : KebabEnum.Parse<NpdpcCategory>(q.NpdpcCategory);
        // "The entry's category is X" means: it has data of category X and none above X.
        var higher = category is { } c ? Enum.GetValues<NpdpcCategory>().Where(v => v > c).Select(v => KebabEnum.ToKebab(v)).ToList() : [];
        return new
        {
            q.Department, q.Status, q.SubjectCategory, q.DataCategory, q.LegalBasis, q.Recipient, q.InformationSystem,
            Pattern = string.IsNullOrWhiteSpace(q.Q) ? null : SearchText.ContainsPattern(q.Q),
            SearchPhrase = searchPhrase,
            NpdpcCategory = q.NpdpcCategory,
            HigherCategories = higher,
            ScopeDepartments = scope ?? [],
            q.Skip,
            Take = q.Size,
        };
    }
}
