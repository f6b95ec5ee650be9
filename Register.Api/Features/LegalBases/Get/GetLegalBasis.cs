using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.LegalBases.Get;

public sealed class GetLegalBasis : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(LegalBasisRoutes.Item, GetLegalBasisHandler)
            .WithName(nameof(GetLegalBasis)).WithTags(LegalBasisRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<LegalBasisResponse>, NotFound>> GetLegalBasisHandler(
        string code, Db db, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var row = await db.ReadAsync(session => LegalBasisStore.FindAsync(session, code), cancellationToken);
        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse(Languages.From(request)));
    }
}
