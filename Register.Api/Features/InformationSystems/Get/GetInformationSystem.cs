using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.InformationSystems.Get;

public sealed class GetInformationSystem : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(InformationSystemRoutes.Item, GetInformationSystemHandler)
            .WithName(nameof(GetInformationSystem)).WithTags(InformationSystemRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<InformationSystemResponse>, NotFound>> GetInformationSystemHandler(
        string code, Db db, HttpResponse response, CancellationToken cancellationToken)
    {
        var system = await db.ReadAsync(async session =>
            await InformationSystemStore.FindAsync(session, code) is { } row ? await InformationSystemStore.ToResponseAsync(session, row) : null,
            cancellationToken);
        if (system is null) return TypedResults.NotFound();
        ETags.Set(response, system.Version);
        return TypedResults.Ok(system);
    }
}
