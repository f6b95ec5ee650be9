using System.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Catalogs;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Endpoints;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Operator.Update;

/// <summary>
/// PUT records the whole operator. The first PUT creates it (201, version 1) and needs no <c>If-Match</c>, since
/// there is nothing to have read; an <c>If-Match</c> then fails with 412, because it can match no current
/// representation (RFC 9110 13.1.1, <c>*</c> included). Once it exists, a PUT needs <c>If-Match</c> (428 without,
/// 412 when stale) like every other change, and answers 200.
/// </summary>
public sealed class UpdateOperator : IEndpoint
{
    public const string InsertSql = """
        INSERT INTO operator (id, name, address, unp, responsible_full_name, responsible_position, responsible_phone, responsible_email,
                              responsible_postal_address, version, updated_at)
        VALUES (@Id, @Name, @Address, @Unp, @FullName, @Position, @Phone, @Email, @PostalAddress, 1, @Now)
        """;

    public const string UpdateSql = """
        UPDATE operator
        SET name = @Name, address = @Address, unp = @Unp, responsible_full_name = @FullName, responsible_position = @Position,
            responsible_phone = @Phone, responsible_email = @Email, responsible_postal_address = @PostalAddress,
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND (@ExpectedVersion IS NULL OR version = @ExpectedVersion)
        """;

    /// <summary>The operator is one entry, so its audit records have one fixed key.</summary>
    public const string AuditKey = "operator";

    public const string DeleteBranchesSql = "DELETE FROM operator_branches";

    public const string InsertBranchSql = """
        INSERT INTO operator_branches (ordinal, name, address, responsible_full_name, responsible_position, responsible_phone,
                                       responsible_email, responsible_postal_address)
        VALUES (@Ordinal, @Name, @Address, @FullName, @Position, @Phone, @Email, @PostalAddress)
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut(OperatorRoutes.Item, UpdateOperatorHandler)
            .WithName(nameof(UpdateOperator)).WithTags(OperatorRoutes.Tag)
            .RequireAuthorization(Policies.Officer)
            .Validates<OperatorRequest>()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static async Task<Results<Ok<OperatorResponse>, Created<OperatorResponse>>> UpdateOperatorHandler(
        OperatorRequest body, Db db, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var conditional = !string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString());
        var expectedVersion = conditional ? ETags.RequiredIfMatch(request) : null;

        var (saved, created) = await db.WriteAsync(
            session => SaveAsync(session, body, conditional, expectedVersion, Actor.Of(request.HttpContext), clock), cancellationToken);

        ETags.Set(response, saved.Version);
        return created ? TypedResults.Created(OperatorRoutes.Item, saved) : TypedResults.Ok(saved);
    }

    /// <summary>The write itself, inside the caller's transaction (the endpoint's, or the demo register's load).</summary>
    internal static async Task<(OperatorResponse Saved, bool Created)> SaveAsync(
        DbSession session, OperatorRequest body, bool conditional, int? expectedVersion, string? actor, TimeProvider clock)
    {
        var person = body.ResponsiblePerson;
        var current = await OperatorStore.FindAsync(session);
        var parameters = new
        {
            OperatorStore.Id, body.Name, body.Address, body.Unp,
            person?.FullName, person?.Position, person?.Phone, person?.Email, person?.PostalAddress,
            ExpectedVersion = expectedVersion, Now = clock.GetUtcNow().UtcDateTime,
        };
        if (current is null)
        {
            if (conditional) throw new OperatorNotSetException();
            await InsertAsync(session, parameters);
        }
        else
        {
            if (!conditional) throw new PreconditionRequiredException();
            CatalogWrites.EnsureApplied(await session.ExecuteAsync(UpdateSql, parameters), current.Version);
        }

        await session.ExecuteAsync(DeleteBranchesSql);
        var branches = (body.Branches ?? []).Select((b, i) => new
        {
            Ordinal = i, b!.Name, b.Address,
            b.ResponsiblePerson?.FullName, b.ResponsiblePerson?.Position, b.ResponsiblePerson?.Phone,
            b.ResponsiblePerson?.Email, b.ResponsiblePerson?.PostalAddress,
        }).ToList();
        if (branches.Count > 0) await session.ExecuteAsync(InsertBranchSql, branches);

        var after = (await OperatorStore.FindAsync(session))!;
        await AuditLog.RecordAsync(session, actor, clock, AuditEntities.Operator, AuditKey,
            current is null ? AuditActions.Create : AuditActions.Update, current, after);
        return (after, current is null);
    }

    // Two first PUTs at once: the loser finds the operator now exists, so it needed If-Match after all.
    private static async Task InsertAsync(DbSession session, object parameters)
    {
        try
        {
            await session.ExecuteAsync(InsertSql, parameters);
        }
        catch (DbException exception) when (session.Dialect.IsUniqueViolation(exception))
        {
            throw new PreconditionRequiredException();
        }
    }
}

/// <summary>412: <c>If-Match</c> on a PUT while no operator is recorded yet; there is no version it could match.</summary>
public sealed class OperatorNotSetException()
    : ApiException(StatusCodes.Status412PreconditionFailed, "Precondition failed",
        "No operator is recorded yet, so If-Match can match nothing. Send the first PUT without If-Match to create it.");
