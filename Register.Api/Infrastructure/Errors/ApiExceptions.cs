using Register.Api.Infrastructure.Localization;

namespace Register.Api.Infrastructure.Errors;

/// <summary>
/// Outcomes that end an operation early and that the problem handler turns into the contract's status codes. The
/// application operations throw them, whoever called (an endpoint or the web interface): one error shape for both.
/// </summary>
public abstract class ApiException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

/// <summary>404: no such resource, or one the caller may not know exists (another department's entry).</summary>
public sealed class NotFoundException(string? detail = null)
    : ApiException(StatusCodes.Status404NotFound, "Not Found",
        detail ?? ForReader.Text("По этому адресу ничего нет.", "No resource exists at this address."));

/// <summary>409: a duplicate code, or a delete of something still in use.</summary>
public sealed class ConflictException(string detail) : ApiException(StatusCodes.Status409Conflict, "Conflict", detail);

/// <summary>428: a PUT, DELETE or transition without <c>If-Match</c>.</summary>
public sealed class PreconditionRequiredException()
    : ApiException(StatusCodes.Status428PreconditionRequired, "Precondition required",
        ForReader.Text(
            "Запись изменяется только в той версии, которую вы видели: откройте её заново и повторите изменение.",
            "This request changes a resource: send its current ETag in If-Match (read it with GET first)."));

/// <summary>412: <c>If-Match</c> names a version that is no longer the current one.</summary>
public sealed class PreconditionFailedException(string currentETag)
    : ApiException(StatusCodes.Status412PreconditionFailed, "Precondition failed",
        ForReader.Text(
            $"Запись изменили после того, как вы её открыли (текущая версия {currentETag.Trim('"')}). Откройте её заново и повторите изменение.",
            $"The resource has changed since you read it (current ETag {currentETag}). Read it again and reapply your change."));

/// <summary>
/// 400 with the validation-problem shape: field path → messages. Thrown by an operation's validator and by checks
/// that need the database (e.g. an unknown catalog code).
/// </summary>
public sealed class InvalidRequestException(IDictionary<string, string[]> errors)
    : ApiException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.",
        string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public InvalidRequestException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}

/// <summary>422: the request is well formed but the register's rules forbid it (e.g. approving an entry with error findings).</summary>
public sealed class UnprocessableException : ApiException
{
    public UnprocessableException(string detail, string extensionName, object extensionValue)
        : base(StatusCodes.Status422UnprocessableEntity, "The register's rules do not allow this", detail) =>
        Extensions[extensionName] = extensionValue;
}

/// <summary>409 for a state change that makes no sense from the current state (e.g. retiring a retired entry).</summary>
public sealed class InvalidTransitionException(string detail) : ApiException(StatusCodes.Status409Conflict, "Conflict", detail);

/// <summary>403: the caller's role may not run the operation, or the entry forbids it (a department head editing an approved entry).</summary>
public sealed class ForbiddenException(string detail) : ApiException(StatusCodes.Status403Forbidden, "Forbidden", detail);

/// <summary>406: the client accepts none of the formats the resource has.</summary>
public sealed class NotAcceptableException(string detail) : ApiException(StatusCodes.Status406NotAcceptable, "Not acceptable", detail);
