using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Recipients.Update;

public sealed class UpdateRecipient : IEndpoint
{
    public const string UpdateSql = """
        UPDATE recipients
        SET name = @Name, kind = @Kind, country_code = @CountryCode, contract_number = @ContractNumber, contract_date = @ContractDate,
            contract_purposes = @ContractPurposes, contract_confidentiality = @ContractConfidentiality, search_text = @SearchText,
            version = version + 1, updated_at = @Now
        WHERE code = @Code AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(RecipientRoutes.Item, UpdateRecipientHandler)
            .WithName(nameof(UpdateRecipient)).WithTags(RecipientRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<RecipientRequest>()
            .ProducesConditionalWriteProblems();

    public static async Task<Results<Ok<RecipientResponse>, NotFound, ValidationProblem>> UpdateRecipientHandler(
        string code, RecipientRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (CatalogWrites.CodeMismatch(body.Code, code) is { } mismatch) return mismatch;
        var expectedVersion = ETags.RequiredIfMatch(request);
        var contract = body.Contract;

        var recipient = await db.WriteAsync(async session =>
        {
            var current = await RecipientStore.FindAsync(session, code);
            if (current is null) return null;
            await RecipientStore.CheckReferencesAsync(session, body);
            // Read before the contract's lists are replaced below.
            var before = await RecipientStore.ToResponseAsync(session, current);

            var updated = await session.ExecuteAsync(UpdateSql, new
            {
                Code = code, body.Name, Kind = KebabEnum.ToKebab(body.Kind!.Value), body.CountryCode,
                ContractNumber = contract?.Number, ContractDate = RecipientStore.DateColumn(contract?.Date),
                ContractPurposes = contract?.Purposes, ContractConfidentiality = contract is null ? (bool?)null : contract.Confidentiality ?? false,
                SearchText = RecipientStore.SearchTextOf(code, body.Name!),
                ExpectedVersion = expectedVersion, Now = clock.GetUtcNow().UtcDateTime,
            });
            CatalogWrites.EnsureApplied(updated, current.Version);
            await RecipientStore.WriteContractListsAsync(session, code, contract);
            var after = await RecipientStore.ToResponseAsync(session, (await RecipientStore.FindAsync(session, code))!);
            await AuditLog.RecordAsync(session, Actor.Of(request.HttpContext), clock, AuditEntities.Recipient, code, AuditActions.Update, before, after);
            return after;
        }, cancellationToken);

        if (recipient is null) return TypedResults.NotFound();
        ETags.Set(response, recipient.Version);
        return TypedResults.Ok(recipient);
    }
}
