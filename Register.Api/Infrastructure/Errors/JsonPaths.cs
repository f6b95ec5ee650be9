namespace Register.Api.Infrastructure.Errors;

public static class JsonPaths
{
    /// <summary>System.Text.Json's <c>$.purposes[0].text</c> as the contract's field path <c>purposes[0].text</c>.</summary>
    public static string ToFieldPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$').TrimStart('.');
}
