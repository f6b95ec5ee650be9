using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataCategories.Get;

public sealed class GetDataCategory : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(DataCategoryRoutes.Item, GetDataCategoryHandler)
            .WithName(nameof(GetDataCategory)).WithTags(DataCategoryRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DataCategoryResponse>, NotFound>> GetDataCategoryHandler(
        string code, Db db, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var row = await db.ReadAsync(session => DataCategoryStore.FindAsync(session, code), cancellationToken);
        if (row is null) return TypedResults.NotFound();
        ETags.Set(response, row.Version);
        return TypedResults.Ok(row.ToResponse(Languages.From(request)));
    }
}
