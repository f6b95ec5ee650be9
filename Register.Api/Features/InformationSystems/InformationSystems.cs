using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.InformationSystems;

/// <summary>
/// Where the data lives. What is the systems' own: everything past the recorded fields is computed on each read from
/// the entries that use the system (NPDPC category, OAC class, the operator-register requirement), so a filter on the
/// requirement cannot be SQL.
/// </summary>
public sealed class InformationSystems(Db db, TimeProvider clock)
    : Catalog<InformationSystemRequest, InformationSystemResponse, ListInformationSystemsQuery>(db, clock)
{
    public const string SelectByCodeSql = $"SELECT {InformationSystemRow.Columns} FROM information_systems WHERE code = @Code";
    public const string DepartmentExistsSql = "SELECT COUNT(*) FROM departments WHERE code = @Code";

    private const string Filter = """
        WHERE (@Pattern IS NULL OR search_text LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR kind = @Kind)
          AND (@OwnerDepartment IS NULL OR owner_department_code = @OwnerDepartment)
        """;
    public const string CountSql = $"SELECT COUNT(*) FROM information_systems {Filter}";
    public const string PageSql = $"SELECT {InformationSystemRow.Columns} FROM information_systems {Filter} ORDER BY code {{{{paging}}}}";
    public const string AllSql = $"SELECT {InformationSystemRow.Columns} FROM information_systems {Filter} ORDER BY code";

    public const string InsertSql = """
        INSERT INTO information_systems (code, name, kind, connected_to_public_network, owner_department_code, search_text, version, created_at, updated_at)
        VALUES (@Code, @Name, @Kind, @ConnectedToPublicNetwork, @OwnerDepartmentCode, @SearchText, 1, @Now, @Now)
        """;
    public const string UpdateSql = """
        UPDATE information_systems
        SET name = @Name, kind = @Kind, connected_to_public_network = @ConnectedToPublicNetwork, owner_department_code = @OwnerDepartmentCode,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;
    public const string DeleteByCodeSql = "DELETE FROM information_systems WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";
    public const string ActivitiesSql = """
        SELECT a.code FROM activity_information_systems x JOIN activities a ON a.id = x.activity_id WHERE x.system_code = @Code ORDER BY a.code
        """;

    public const string BreachesSql = "SELECT b.number FROM breach_links x JOIN breaches b ON b.id = x.breach_id WHERE x.link = 'information-system' AND x.code = @Code ORDER BY b.number";

    private static readonly InformationSystemRequestValidator Validator = new();
    private static readonly ListInformationSystemsQueryValidator ListValidator = new();

    public override CatalogInfo Info { get; } = new(InformationSystemRoutes.Collection, InformationSystemRoutes.Tag, CatalogWords.InformationSystem,
        AuditEntities.InformationSystem,
        "Where the data lives, with the NPDPC category, OAC class and operator-register requirement computed from the entries using it.");
    protected override IValidator<InformationSystemRequest> RequestValidator => Validator;
    protected override IValidator<ListInformationSystemsQuery> QueryValidator => ListValidator;
    protected override string DeleteSql => DeleteByCodeSql;
    protected override IReadOnlyList<CatalogUsage> Usages { get; } = [new("записи реестра", "activities", ActivitiesSql), new("нарушения", "breaches", BreachesSql)];

    protected override async Task<InformationSystemResponse?> FindAsync(DbSession session, string code, string language) =>
        await session.QuerySingleOrDefaultAsync<InformationSystemRow>(SelectByCodeSql, new { Code = code }) is { } row
            ? (await ToResponsesAsync(session, [row]))[0]
            : null;

    protected override async Task<(int Total, IReadOnlyList<InformationSystemResponse> Items)> PageAsync(
        DbSession session, ListInformationSystemsQuery query, string language)
    {
        var parameters = new
        {
            Pattern = string.IsNullOrWhiteSpace(query.Q) ? null : SearchText.ContainsPattern(query.Q),
            // Validated as one of the kebab names, which is what the column stores.
            query.Kind,
            query.OwnerDepartment,
            query.Skip,
            Take = query.Size,
        };
        if (query.OperatorRegistryRequired is not { } required)
        {
            var total = await session.ExecuteScalarAsync<int>(CountSql, parameters);
            var rows = (await session.QueryAsync<InformationSystemRow>(PageSql, parameters)).ToList();
            return (total, await ToResponsesAsync(session, rows));
        }

        // The registry requirement is computed, not stored, so it cannot be a WHERE clause: every system that passes the
        // other filters is assessed (its entries loaded, in batches) and then filtered and paged here. That costs
        // O(systems + entries using them) per request instead of O(page); an operator has tens to hundreds of systems, so
        // this stays cheap, and it never goes stale when an entry changes.
        var all = (await session.QueryAsync<InformationSystemRow>(AllSql, parameters)).ToList();
        var matching = (await ToResponsesAsync(session, all)).Where(s => s.OperatorRegistryRequired == required).ToList();
        return (matching.Count, matching.Skip(query.Skip).Take(query.Size).ToList());
    }

    protected override async Task InsertAsync(DbSession session, string code, InformationSystemRequest request, DateTime now)
    {
        await CheckOwnerAsync(session, request.OwnerDepartmentCode);
        await session.ExecuteAsync(InsertSql, Parameters(code, request, expectedVersion: null, now));
    }

    protected override async Task<int> UpdateAsync(DbSession session, string code, InformationSystemRequest request, int? expectedVersion, DateTime now)
    {
        await CheckOwnerAsync(session, request.OwnerDepartmentCode);
        return await session.ExecuteAsync(UpdateSql, Parameters(code, request, expectedVersion, now));
    }

    private static object Parameters(string code, InformationSystemRequest request, int? expectedVersion, DateTime now) => new
    {
        Code = code, request.Name, Kind = KebabEnum.ToKebab(request.Kind!.Value), ConnectedToPublicNetwork = request.ConnectedToPublicNetwork!.Value,
        request.OwnerDepartmentCode,
        SearchText = SearchText.Fold(code, request.Name!),
        ExpectedVersion = expectedVersion, Now = now,
    };

    /// <summary>The responses for stored rows, each with its assessment computed from the entries using it.</summary>
    private static async Task<IReadOnlyList<InformationSystemResponse>> ToResponsesAsync(DbSession session, IReadOnlyCollection<InformationSystemRow> rows)
    {
        var assessments = await SystemAssessments.ForAsync(session, rows.Select(r => r.Code).ToList());
        return rows.Select(r => r.ToResponse(assessments[r.Code])).ToList();
    }

    private static async Task CheckOwnerAsync(DbSession session, string? departmentCode)
    {
        if (departmentCode is null) return;
        if (await session.ExecuteScalarAsync<int>(DepartmentExistsSql, new { Code = departmentCode }) == 0)
        {
            throw new InvalidRequestException("ownerDepartmentCode", CatalogWords.Department.Unknown(departmentCode));
        }
    }
}

public sealed class ListInformationSystems(InformationSystems catalog)
    : ListCatalog<InformationSystemRequest, InformationSystemResponse, ListInformationSystemsQuery>(catalog);

public sealed class GetInformationSystem(InformationSystems catalog)
    : GetCatalog<InformationSystemRequest, InformationSystemResponse, ListInformationSystemsQuery>(catalog);

public sealed class CreateInformationSystem(InformationSystems catalog)
    : CreateCatalog<InformationSystemRequest, InformationSystemResponse, ListInformationSystemsQuery>(catalog);

public sealed class UpdateInformationSystem(InformationSystems catalog)
    : UpdateCatalog<InformationSystemRequest, InformationSystemResponse, ListInformationSystemsQuery>(catalog);

public sealed class DeleteInformationSystem(InformationSystems catalog)
    : DeleteCatalog<InformationSystemRequest, InformationSystemResponse, ListInformationSystemsQuery>(catalog);
