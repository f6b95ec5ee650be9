using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.ProcessingActions.Create;

public sealed class CreateProcessingAction : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO processing_actions (code, name_ru, name_be, name_en, search_text, version, created_at, updated_at)
        VALUES (@Code, @NameRu, @NameBe, @NameEn, @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(ProcessingActionRoutes.Collection, CreateProcessingActionHandler)
            .WithName(nameof(CreateProcessingAction)).WithTags(ProcessingActionRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<ProcessingActionRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<ProcessingActionResponse>, ValidationProblem>> CreateProcessingActionHandler(
        ProcessingActionRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });
        var names = body.Names!;

        var row = await db.WriteAsync(async session =>
        {
            await CatalogWrites.InsertAsync(session, InsertSql, new
            {
                body.Code, NameRu = names.Ru, NameBe = names.Be, NameEn = names.En,
                SearchText = ProcessingActionStore.SearchTextOf(body.Code, names),
                Now = clock.GetUtcNow().UtcDateTime,
            }, ProcessingActionRoutes.Entity, body.Code);
            var created = (await ProcessingActionStore.FindAsync(session, body.Code))!;
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.ProcessingAction, created.Code, AuditActions.Create, null, created.ToResponse(Languages.Default));
            return created;
        }, cancellationToken);

        ETags.Set(response, row.Version);
        return TypedResults.Created(ProcessingActionRoutes.For(row.Code), row.ToResponse(Languages.From(request)));
    }
}
