using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.InformationSystems.Create;

public sealed class CreateInformationSystem : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO information_systems (code, name, kind, connected_to_public_network, owner_department_code, search_text, version, created_at, updated_at)
        VALUES (@Code, @Name, @Kind, @ConnectedToPublicNetwork, @OwnerDepartmentCode, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(InformationSystemRoutes.Collection, CreateInformationSystemHandler)
            .WithName(nameof(CreateInformationSystem)).WithTags(InformationSystemRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<InformationSystemRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<InformationSystemResponse>, ValidationProblem>> CreateInformationSystemHandler(
        InformationSystemRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });

        var system = await db.WriteAsync(session => InsertAsync(session, body, Actor.Of(request.HttpContext), clock), cancellationToken);

        ETags.Set(response, system.Version);
        return TypedResults.Created(InformationSystemRoutes.For(system.Code), system);
    }

    /// <summary>The write itself, inside the caller's transaction (the endpoint's, or the demo register's load).</summary>
    internal static async Task<InformationSystemResponse> InsertAsync(DbSession session, InformationSystemRequest body, string? actor, TimeProvider clock)
    {
        await InformationSystemStore.CheckOwnerAsync(session, body.OwnerDepartmentCode);
        await CatalogWrites.InsertAsync(session, InsertSql, new
        {
            body.Code, body.Name, Kind = KebabEnum.ToKebab(body.Kind!.Value), ConnectedToPublicNetwork = body.ConnectedToPublicNetwork!.Value,
            body.OwnerDepartmentCode,
            SearchText = InformationSystemStore.SearchTextOf(body.Code!, body.Name!),
            Now = clock.GetUtcNow().UtcDateTime,
        }, InformationSystemRoutes.Entity, body.Code!);
        var created = await InformationSystemStore.ToResponseAsync(session, (await InformationSystemStore.FindAsync(session, body.Code!))!);
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.InformationSystem, created.Code, AuditActions.Create, null, created);
        return created;
    }
}
