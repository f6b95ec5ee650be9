using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataCategories.Delete;

public sealed class DeleteDataCategory : IEndpoint
{
    public const string ActivitiesSql = """
        SELECT a.code FROM activity_data_categories x JOIN activities a ON a.id = x.activity_id WHERE x.data_category_code = @Code ORDER BY a.code
        """;
    public const string DeleteSql = "DELETE FROM data_categories WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    private static readonly CatalogUsage[] Usages = [new("activities", ActivitiesSql)];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(DataCategoryRoutes.Item, DeleteDataCategoryHandler)
            .WithName(nameof(DeleteDataCategory)).WithTags(DataCategoryRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteDataCategoryHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await DataCategoryStore.FindAsync(session, code);
            if (current is null) return false;
            await CatalogWrites.EnsureNotInUseAsync(session, DataCategoryRoutes.Entity, code, Usages);
            var affected = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, DataCategoryRoutes.Entity, code);
            CatalogWrites.EnsureApplied(affected, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.DataCategory, code, AuditActions.Delete,
                current.ToResponse(Languages.Default), null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
