using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.LegalBases.Delete;

public sealed class DeleteLegalBasis : IEndpoint
{
    public const string PurposesSql = """
        SELECT a.code FROM activity_purpose_bases x JOIN activities a ON a.id = x.activity_id WHERE x.legal_basis_code = @Code ORDER BY a.code
        """;
    public const string TransfersSql = """
        SELECT a.code FROM activity_recipients x JOIN activities a ON a.id = x.activity_id WHERE x.transfer_legal_basis_code = @Code ORDER BY a.code
        """;
    public const string DeleteSql = "DELETE FROM legal_bases WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)";

    private static readonly CatalogUsage[] Usages =
    [
        new("activities (purposes)", PurposesSql),
        new("activities (cross-border transfers)", TransfersSql),
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete(LegalBasisRoutes.Item, DeleteLegalBasisHandler)
            .WithName(nameof(DeleteLegalBasis)).WithTags(LegalBasisRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .ProducesConditionalWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> DeleteLegalBasisHandler(
        string code, Db db, TimeProvider clock, HttpRequest request, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.RequiredIfMatch(request);
        var deleted = await db.WriteAsync(async session =>
        {
            var current = await LegalBasisStore.FindAsync(session, code);
            if (current is null) return false;
            await CatalogWrites.EnsureNotInUseAsync(session, LegalBasisRoutes.Entity, code, Usages);
            var affected = await CatalogWrites.DeleteAsync(session, DeleteSql, new { Code = code, ExpectedVersion = expectedVersion }, LegalBasisRoutes.Entity, code);
            CatalogWrites.EnsureApplied(affected, current.Version);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.LegalBasis, code, AuditActions.Delete,
                current.ToResponse(Languages.Default), null);
            return true;
        }, cancellationToken);
        return deleted ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
