using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Countries.Get;

public sealed class GetCountry : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(CountryRoutes.Item, GetCountryHandler)
            .WithName(nameof(GetCountry)).WithTags(CountryRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<CountryResponse>, NotFound>> GetCountryHandler(
        string code, Db db, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var row = await db.ReadAsync(session => CountryStore.FindAsync(session, code), cancellationToken);
        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse(Languages.From(request)));
    }
}
