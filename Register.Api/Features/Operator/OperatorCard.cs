using System.Data.Common;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Operator;

/// <summary>
/// The operator's card: one record, read by anyone, kept by the officer. The first save creates it and needs no version
/// (there is nothing to have read); every later save needs the current one.
/// </summary>
public sealed class OperatorCard(Db db, TimeProvider clock)
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

    private static readonly OperatorRequestValidator Validator = new();

    /// <summary>404 until the first save has recorded the operator.</summary>
    public async Task<OperatorResponse> GetAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(Access.Reader);
        return await db.ReadAsync(OperatorStore.FindAsync, cancellationToken)
            ?? throw new NotFoundException(ForReader.Text(
                "Сведения об операторе ещё не внесены: их вносит ответственный за внутренний контроль.",
                "No operator is recorded yet: the officer records it with PUT /api/operator."));
    }

    /// <summary>
    /// Records the whole operator. The first save creates it (version 1) and must not name a version: an If-Match then
    /// fails with 412, as it can match no current representation (RFC 9110 13.1.1, <c>*</c> included). Once it exists, a
    /// save needs the current version (428 without, 412 when stale). Returns whether this save created it.
    /// </summary>
    public async Task<(OperatorResponse Saved, bool Created)> SaveAsync(Caller caller, OperatorRequest request, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        await Validator.EnsureValidAsync(request, cancellationToken);
        return await db.WriteAsync(session => SaveInAsync(session, request, ifMatch, caller.Name), cancellationToken);
    }

    /// <summary>The save inside a transaction the caller holds (the demo register's load).</summary>
    public async Task<(OperatorResponse Saved, bool Created)> SaveInAsync(DbSession session, OperatorRequest request, IfMatch ifMatch, string? actor)
    {
        await Validator.EnsureValidAsync(request, session.CancellationToken);
        var person = request.ResponsiblePerson;
        var current = await OperatorStore.FindAsync(session);
        var parameters = new
        {
            OperatorStore.Id, request.Name, request.Address, request.Unp,
            person?.FullName, person?.Position, person?.Phone, person?.Email, person?.PostalAddress,
            ifMatch.ExpectedVersion, Now = clock.UtcNow(),
        };
        if (current is null)
        {
            if (ifMatch.Present) throw new OperatorNotSetException();
            await InsertAsync(session, parameters);
        }
        else
        {
            ifMatch.Required();
            if (await session.ExecuteAsync(UpdateSql, parameters) == 0) throw new PreconditionFailedException(ETags.Format(current.Version));
        }

        await session.ExecuteAsync(DeleteBranchesSql);
        var branches = (request.Branches ?? []).Select((b, i) => new
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

    // Two first saves at once: the loser finds the operator now exists, so it needed If-Match after all.
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
        ForReader.Text(
            "Сведения об операторе ещё не внесены, сравнивать версию не с чем. Откройте карточку оператора заново и сохраните её.",
            "No operator is recorded yet, so If-Match can match nothing. Send the first PUT without If-Match to create it."));
