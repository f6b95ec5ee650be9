using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Recipients.Get;

public sealed class GetRecipient : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(RecipientRoutes.Item, GetRecipientHandler)
            .WithName(nameof(GetRecipient)).WithTags(RecipientRoutes.Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<RecipientResponse>, NotFound>> GetRecipientHandler(
        string code, Db db, HttpResponse response, CancellationToken cancellationToken)
    {
        var recipient = await db.ReadAsync(async session =>
            await RecipientStore.FindAsync(session, code) is { } row ? await RecipientStore.ToResponseAsync(session, row) : null,
            cancellationToken);
        if (recipient is null) return TypedResults.NotFound();
        ETags.Set(response, recipient.Version);
        return TypedResults.Ok(recipient);
    }
}
