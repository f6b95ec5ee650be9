using System.Globalization;

namespace Register.Api.Infrastructure.Http;

/// <summary>Dates in queries, exactly as the contract writes them: <c>YYYY-MM-DD</c>.</summary>
public static class Dates
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? ParseOrNull(string? text) => TryParse(text, out var date) ? date : null;
}
