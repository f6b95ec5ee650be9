using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Countries.Delete;

public sealed class DeleteCountry : IEndpoint
{
    public const string RecipientsSql = "SELECT code FROM recipients WHERE country_code = @Code ORDER BY code";
    public const string TransfersSql = """
        SELECT a.code FROM activity_recipients x JOIN activities a ON a.id = x.activity_id WHERE x.transfer_country_code = @Code ORDER BY a.code
        """;
    public const string DeleteSql = "DELETE FROM countries WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    private static readonly CatalogUsage[] Usages =
    [
        new("recipients", RecipientsSql),
        new("activities (cross-border transfers)", TransfersSql),
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(CountryRoutes.Item, DeleteCountryHandler)
            .WithName(nameof(DeleteCountry)).WithTags(CountryRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteCountryHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await CountryStore.FindAsync(session, code);
            if (current is null) return false;
            await CatalogWrites.EnsureNotInUseAsync(session, CountryRoutes.Entity, code, Usages);
            var affected = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, CountryRoutes.Entity, code);
            CatalogWrites.EnsureApplied(affected, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.Country, code, AuditActions.Delete,
                current.ToResponse(Languages.Default), null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
