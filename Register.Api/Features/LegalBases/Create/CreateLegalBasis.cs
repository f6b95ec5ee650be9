using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.LegalBases.Create;

public sealed class CreateLegalBasis : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO legal_bases (code, name_ru, name_be, name_en, kind, citation, law, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @Kind, @Citation, @Law, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(LegalBasisRoutes.Collection, CreateLegalBasisHandler)
            .WithName(nameof(CreateLegalBasis)).WithTags(LegalBasisRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<LegalBasisRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<LegalBasisResponse>, ValidationProblem>> CreateLegalBasisHandler(
        LegalBasisRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });
        var names = body.Names!;

        var row = await db.WriteAsync(async session =>
        {
            await CatalogWrites.InsertAsync(session, InsertSql, new
            {
                body.Code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
                Kind = KebabEnum.ToKebab(body.Kind!.Value), body.Citation, body.Law,
                SearchText = LegalBasisStore.SearchTextOf(body.Code, names, body.Citation),
                Now = clock.GetUtcNow().UtcDateTime,
            }, LegalBasisRoutes.Entity, body.Code);
            var created = (await LegalBasisStore.FindAsync(session, body.Code))!;
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.LegalBasis, created.Code, AuditActions.Create, null, created.ToResponse(Languages.Default));
            return created;
        }, cancellationToken);

        ETags.Set(response, row.Version);
        return TypedResults.Created(LegalBasisRoutes.For(row.Code), row.ToResponse(Languages.From(request)));
    }
}
