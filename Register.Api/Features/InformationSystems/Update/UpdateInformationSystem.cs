using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.InformationSystems.Update;

public sealed class UpdateInformationSystem : IEndpoint
{
    public const string UpdateSql = """
        UPDATE information_systems
        SET name = @Name, kind = @Kind, connected_to_public_network = @ConnectedToPublicNetwork, owner_department_code = @OwnerDepartmentCode,
            search_text = @SearchText, version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(InformationSystemRoutes.Item, UpdateInformationSystemHandler)
            .WithName(nameof(UpdateInformationSystem)).WithTags(InformationSystemRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<InformationSystemRequest>()
            .ProducesConditionalWriteProblems();

    public static async Task<Results<Ok<InformationSystemResponse>, NotFound, ValidationProblem>> UpdateInformationSystemHandler(
        string code, InformationSystemRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (CatalogWrites.CodeMismatch(body.Code, code) is { } mismatch) return mismatch;
        var expectedVersion = ETags.RequiredIfMatch(request);

        var system = await db.WriteAsync(async session =>
        {
            var current = await InformationSystemStore.FindAsync(session, code);
            if (current is null) return null;
            await InformationSystemStore.CheckOwnerAsync(session, body.OwnerDepartmentCode);
            var before = await InformationSystemStore.ToResponseAsync(session, current);

            var updated = await session.ExecuteAsync(UpdateSql, new
            {
                Code = code, body.Name, Kind = KebabEnum.ToKebab(body.Kind!.Value), ConnectedToPublicNetwork = body.ConnectedToPublicNetwork!.Value,
                body.OwnerDepartmentCode,
                SearchText = InformationSystemStore.SearchTextOf(code, body.Name!),
                ExpectedVersion = expectedVersion, Now = clock.GetUtcNow().UtcDateTime,
            });
            CatalogWrites.EnsureApplied(updated, current.Version);
            var after = await InformationSystemStore.ToResponseAsync(session, (await InformationSystemStore.FindAsync(session, code))!);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.InformationSystem, code, AuditActions.Update, before, after);
            return after;
        }, cancellationToken);

        if (system is null) return TypedResults.NotFound();
        ETags.Set(response, system.Version);
        return TypedResults.Ok(system);
    }
}
