using System.Globalization;
using FluentValidation;
using Microsoft.Net.Http.Headers;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Reports;

public enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
    Html,
}

/// <summary>The media types of the formats, and the choice between them.</summary>
public static class ReportFormats
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Html = "text/html";

    // In the server's order of preference: when the client accepts several equally, JSON wins, then CSV...
    private static readonly (ReportFormat Format, string MediaType, string Extension)[] All =
    [
        (ReportFormat.Json, Json, "json"),
        (ReportFormat.Csv, Csv, "csv"),
        (ReportFormat.Xlsx, Xlsx, "xlsx"),
        (ReportFormat.Html, Html, "html"),
    ];

    public static IReadOnlyList<string> Names => All.Select(f => f.Extension).ToList();
    public static IReadOnlyList<string> MediaTypes => All.Select(f => f.MediaType).ToList();

    public static string MediaType(ReportFormat format) => All.Single(f => f.Format == format).MediaType;
    public static string Extension(ReportFormat format) => All.Single(f => f.Format == format).Extension;

    public static ReportFormat? FromName(string? name) => All.Where(f => f.Extension == name).Select(f => (ReportFormat?)f.Format).FirstOrDefault();

    /// <summary>
    /// The format an <c>Accept</c> header asks for (RFC 9110 12.5.1): each format gets the quality of the most
    /// specific range that matches it (<c>text/csv</c> over <c>text/*</c> over <c>*/*</c>); the highest non-zero
    /// quality wins, ties going to the server's order. No header, or one that cannot be parsed: JSON. Nothing
    /// acceptable: null (406).
    /// </summary>
    public static ReportFormat? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace)) return ReportFormat.Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0) return ReportFormat.Json;

        ReportFormat? best = null;
        var bestQuality = 0.0;
        foreach (var (format, mediaType, _) in All)
        {
            var quality = ranges
                .Select(range => (Range: range, Specificity: Specificity(range, mediaType)))
                .Where(match => match.Specificity >= 0)
                .OrderByDescending(match => match.Specificity)
                .Select(match => match.Range.Quality ?? 1.0)
                .DefaultIfEmpty(0.0)
                .First();
            if (quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }
        return best;
    }

    // Parameters other than q (charset, version...) do not change which format is meant.
    private static int Specificity(MediaTypeHeaderValue range, string mediaType)
    {
        if (range.MatchesAllTypes) return 0;
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        if (!range.Type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase)) return -1;
        if (range.MatchesAllSubTypes) return 1;
        return range.SubType.Equals(mediaType[(slash + 1)..], StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }
}

/// <summary>What every report's query says: the format, the language, the department.</summary>
public interface IReportOptions
{
    string? Format { get; }
    string? Lang { get; }
    string? Department { get; }
}

/// <summary>
/// The query of the register's reports. Bound as text so that any value reaches the validator and comes back as a 400
/// naming the parameter, never as a binding failure.
/// </summary>
public sealed record ReportQuery : IReportOptions
{
    /// <summary><c>json</c>, <c>csv</c>, <c>xlsx</c> or <c>html</c>; without it, the <c>Accept</c> header decides (JSON by default).</summary>
    public string? Format { get; init; }

    /// <summary><c>ru</c> (default) or <c>en</c>: the language of headers, enumerations and catalog names.</summary>
    public string? Lang { get; init; }

    /// <summary>Only this department's entries. A department head gets only its own departments whatever it asks.</summary>
    public string? Department { get; init; }

    /// <summary><c>YYYY-MM-DD</c>: the register as it stood at the end of that day (Minsk time), from the saved versions.</summary>
    public string? AsOf { get; init; }

    public static bool TryParseDate(string? text, out DateOnly date) => Dates.TryParse(text, out date);
}

/// <summary>The query of the journals' reports: the period instead of a day, since a journal is read for a period.</summary>
public sealed record JournalReportQuery : IReportOptions
{
    /// <summary><c>json</c>, <c>csv</c>, <c>xlsx</c> or <c>html</c>; without it, the <c>Accept</c> header decides (JSON by default).</summary>
    public string? Format { get; init; }

    /// <summary><c>ru</c> (default) or <c>en</c>: the language of headers and enumerations.</summary>
    public string? Lang { get; init; }

    /// <summary>Only the records routed to (touching) this department. A department head gets only its own departments.</summary>
    public string? Department { get; init; }

    /// <summary><c>YYYY-MM-DD</c>: the first day of the period (received, or detected, on or after it; Minsk time).</summary>
    public string? From { get; init; }

    /// <summary><c>YYYY-MM-DD</c>: the last day of the period.</summary>
    public string? To { get; init; }
}

public sealed class ReportOptionsValidator : AbstractValidator<IReportOptions>
{
    public ReportOptionsValidator()
    {
        RuleFor(q => q.Format).Must(v => v is null || ReportFormats.FromName(v) is not null)
            .WithMessage(_ => ForReader.Text($"Формат — одно из значений: {string.Join(", ", ReportFormats.Names)}.", $"'format' must be one of: {string.Join(", ", ReportFormats.Names)}."));
        RuleFor(q => q.Lang).Must(v => v is null || ReportLanguages.All.Contains(v))
            .WithMessage(_ => ForReader.Text($"Язык — одно из значений: {string.Join(", ", ReportLanguages.All)}.", $"'lang' must be one of: {string.Join(", ", ReportLanguages.All)}."));
        RuleFor(q => q.Department).CatalogCode();
    }
}

public sealed class ReportQueryValidator : AbstractValidator<ReportQuery>
{
    public ReportQueryValidator()
    {
        Include(new ReportOptionsValidator());
        RuleFor(q => q.AsOf).Must(v => v is null || ReportQuery.TryParseDate(v, out _))
            .WithMessage(_ => ForReader.Text("Укажите дату в формате ГГГГ-ММ-ДД.", "'asOf' must be a date written YYYY-MM-DD."));
    }
}

public sealed class JournalReportQueryValidator : AbstractValidator<JournalReportQuery>
{
    public JournalReportQueryValidator()
    {
        Include(new ReportOptionsValidator());
        RuleFor(q => q.From).Must(v => v is null || Dates.TryParse(v, out _)).WithMessage(_ => ForReader.Text("Укажите дату в формате ГГГГ-ММ-ДД.", "'from' must be a date written YYYY-MM-DD."));
        RuleFor(q => q.To).Must(v => v is null || Dates.TryParse(v, out _)).WithMessage(_ => ForReader.Text("Укажите дату в формате ГГГГ-ММ-ДД.", "'to' must be a date written YYYY-MM-DD."));
        RuleFor(q => q.To).Must((q, to) => Dates.ParseOrNull(to) >= Dates.ParseOrNull(q.From))
            .When(q => Dates.ParseOrNull(q.From) is not null && Dates.ParseOrNull(q.To) is not null)
            .WithMessage(_ => ForReader.Text("Конец периода не может быть раньше его начала.", "'to' must not be before 'from'."));
    }
}
