using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.ProtectionMeasures.Create;

public sealed class CreateProtectionMeasure : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO protection_measures (code, name_ru, name_be, name_en, kind, crypto_means, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @Kind, @CryptoMeans, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(ProtectionMeasureRoutes.Collection, CreateProtectionMeasureHandler)
            .WithName(nameof(CreateProtectionMeasure)).WithTags(ProtectionMeasureRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<ProtectionMeasureRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<ProtectionMeasureResponse>, ValidationProblem>> CreateProtectionMeasureHandler(
        ProtectionMeasureRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });
        var names = body.Names!;

        var row = await db.WriteAsync(async session =>
        {
            await CatalogWrites.InsertAsync(session, InsertSql, new
            {
                body.Code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
                Kind = KebabEnum.ToKebab(body.Kind!.Value), body.CryptoMeans,
                SearchText = ProtectionMeasureStore.SearchTextOf(body.Code, names),
                Now = clock.GetUtcNow().UtcDateTime,
            }, ProtectionMeasureRoutes.Entity, body.Code);
            var created = (await ProtectionMeasureStore.FindAsync(session, body.Code))!;
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.ProtectionMeasure, created.Code, AuditActions.Create, null, created.ToResponse(Languages.Default));
            return created;
        }, cancellationToken);

        ETags.Set(response, row.Version);
        return TypedResults.Created(ProtectionMeasureRoutes.For(row.Code), row.ToResponse(Languages.From(request)));
    }
}
