using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.SubjectCategories.Create;

public sealed class CreateSubjectCategory : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO subject_categories (code, name_ru, name_be, name_en, description, may_include_minors, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @Description, @MayIncludeMinors, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(SubjectCategoryRoutes.Collection, CreateSubjectCategoryHandler)
            .WithName(nameof(CreateSubjectCategory)).WithTags(SubjectCategoryRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<SubjectCategoryRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<SubjectCategoryResponse>, ValidationProblem>> CreateSubjectCategoryHandler(
        SubjectCategoryRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });

        var row = await db.WriteAsync(session => InsertAsync(session, body, Actor.Of(request.HttpContext), clock), cancellationToken);

        ETags.Set(response, row.Version);
        return TypedResults.Created(SubjectCategoryRoutes.For(row.Code), row.ToResponse(Languages.From(request)));
    }

    /// <summary>The write itself, inside the caller's transaction (the endpoint's, or the demo register's load).</summary>
    internal static async Task<SubjectCategoryRow> InsertAsync(DbSession session, SubjectCategoryRequest body, string? actor, TimeProvider clock)
    {
        var names = body.Names!;
        await CatalogWrites.InsertAsync(session, InsertSql, new
        {
            body.Code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            body.Description, MayIncludeMinors = body.MayIncludeMinors ?? false,
            SearchText = SubjectCategoryStore.SearchTextOf(body.Code!, names),
            Now = clock.GetUtcNow().UtcDateTime,
        }, SubjectCategoryRoutes.Entity, body.Code!);
        var created = (await SubjectCategoryStore.FindAsync(session, body.Code!))!;
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.SubjectCategory, created.Code, AuditActions.Create, null, created.ToResponse(Languages.Default));
        return created;
    }
}
