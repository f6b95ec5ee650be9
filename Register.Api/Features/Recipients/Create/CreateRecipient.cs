using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Recipients.Create;

public sealed class CreateRecipient : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO recipients (code, name, kind, country_code, contract_number, contract_date, contract_purposes, contract_confidentiality,
                                search_text, version, created_at, updated_at)
        VALUES (@Code, @Name, @Kind, @CountryCode, @ContractNumber, @ContractDate, @ContractPurposes, @ContractConfidentiality,
                @SearchText, 1, @Now, @Now)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(RecipientRoutes.Collection, CreateRecipientHandler)
            .WithName(nameof(CreateRecipient)).WithTags(RecipientRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<RecipientRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<RecipientResponse>, ValidationProblem>> CreateRecipientHandler(
        RecipientRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (body.Code is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["'code' must not be empty."] });

        var recipient = await db.WriteAsync(session => InsertAsync(session, body, Actor.Of(request.HttpContext), clock), cancellationToken);

        ETags.Set(response, recipient.Version);
        return TypedResults.Created(RecipientRoutes.For(recipient.Code), recipient);
    }

    /// <summary>The write itself, inside the caller's transaction (the endpoint's, or the demo register's load).</summary>
    internal static async Task<RecipientResponse> InsertAsync(DbSession session, RecipientRequest body, string? actor, TimeProvider clock)
    {
        var contract = body.Contract;
        await RecipientStore.CheckReferencesAsync(session, body);
        await CatalogWrites.InsertAsync(session, InsertSql, new
        {
            body.Code, body.Name, Kind = KebabEnum.ToKebab(body.Kind!.Value), body.CountryCode,
            ContractNumber = contract?.Number, ContractDate = RecipientStore.DateColumn(contract?.Date),
            ContractPurposes = contract?.Purposes, ContractConfidentiality = contract is null ? (bool?)null : contract.Confidentiality ?? false,
            SearchText = RecipientStore.SearchTextOf(body.Code!, body.Name!),
            Now = clock.GetUtcNow().UtcDateTime,
        }, RecipientRoutes.Entity, body.Code!);
        await RecipientStore.WriteContractListsAsync(session, body.Code!, contract);
        var created = await RecipientStore.ToResponseAsync(session, (await RecipientStore.FindAsync(session, body.Code!))!);
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Recipient, created.Code, AuditActions.Create, null, created);
        return created;
    }
}
