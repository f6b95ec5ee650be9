using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.DataCategories.Create;

public sealed class CreateDataCategory : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO data_categories (code, name_ru, name_be, name_en, group_name, npdpc_category, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @GroupName, @NpdpcCategory, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(DataCategoryRoutes.Collection, CreateDataCategoryHandler)
            .WithName(nameof(CreateDataCategory)).WithTags(DataCategoryRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<DataCategoryRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<DataCategoryResponse>, ValidationProblem>> CreateDataCategoryHandler(
        DataCategoryRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });

        var row = await db.WriteAsync(session => InsertAsync(session, body, Actor.Of(request.HttpContext), clock), cancellationToken);

        ETags.Set(response, row.Version);
        return TypedResults.Created(DataCategoryRoutes.For(row.Code), row.ToResponse(Languages.From(request)));
    }

    /// <summary>The write itself, inside the caller's transaction (the endpoint's, or the demo register's load).</summary>
    internal static async Task<DataCategoryRow> InsertAsync(DbSession session, DataCategoryRequest body, string? actor, TimeProvider clock)
    {
        var names = body.Names!;
        await CatalogWrites.InsertAsync(session, InsertSql, new
        {
            body.Code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
            GroupName = body.Group, NpdpcCategory = KebabEnum.ToKebab(body.NpdpcCategory!.Value),
            SearchText = DataCategoryStore.SearchTextOf(body.Code!, names),
            Now = clock.GetUtcNow().UtcDateTime,
        }, DataCategoryRoutes.Entity, body.Code!);
        var created = (await DataCategoryStore.FindAsync(session, body.Code!))!;
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.DataCategory, created.Code, AuditActions.Create, null, created.ToResponse(Languages.Default));
        return created;
    }
}
