using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Countries.Create;

public sealed class CreateCountry : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO countries (code, name_ru, name_be, name_en, adequate_protection, source, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @AdequateProtection, @Source, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(CountryRoutes.Collection, CreateCountryHandler)
            .WithName(nameof(CreateCountry)).WithTags(CountryRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<CountryRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<CountryResponse>, ValidationProblem>> CreateCountryHandler(
        CountryRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });
        var names = body.Names!;

        var row = await db.WriteAsync(async session =>
        {
            await CatalogWrites.InsertAsync(session, InsertSql, new
            {
                body.Code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
                AdequateProtection = body.AdequateProtection!.Value, body.Source,
                SearchText = CountryStore.SearchTextOf(body.Code, names),
                Now = clock.GetUtcNow().UtcDateTime,
            }, CountryRoutes.Entity, body.Code);
            var created = (await CountryStore.FindAsync(session, body.Code))!;
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.Country, created.Code, AuditActions.Create, null, created.ToResponse(Languages.Default));
            return created;
        }, cancellationToken);

        ETags.Set(response, row.Version);
        return TypedResults.Created(CountryRoutes.For(row.Code), row.ToResponse(Languages.From(request)));
    }
}
