using System.Text.Json;
using FluentValidation.Results;

namespace Register.Api.Infrastructure.Errors;

/// <summary>A request body System.Text.Json could not read, as the field it failed at and a message a client can act on.</summary>
public static class BodyProblems
{
    public static ValidationFailure FromJsonException(JsonException exception)
    {
        var field = ToFieldPath(exception.Path);
        // System.Text.Json says "could not be converted" for a well-formed value of the wrong type; anything else is
        // broken JSON (truncated, a stray character, too deep, not UTF-8).
        var wrongType = exception.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        var message = wrongType
            ? $"The value at '{field}' has the wrong type or format."
            : $"The request body is not valid JSON (near '{field}', line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).";
        return new ValidationFailure(field, message);
    }

    /// <summary>System.Text.Json's <c>$.purposes[0].text</c> as the contract's field path <c>purposes[0].text</c>.</summary>
    public static string ToFieldPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$').TrimStart('.');
}
