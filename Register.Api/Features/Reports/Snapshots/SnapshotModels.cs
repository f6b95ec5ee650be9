using FluentValidation;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Reports.Snapshots;

public static class SnapshotRoutes
{
    public const string Collection = "/api/reports/snapshots";
    public const string Item = "/api/reports/snapshots/{id:int}";

    public static string For(int id) => $"{Collection}/{id}";

    /// <summary>
    /// Where a report's snapshots are made: the contract's <c>/api/reports/{report}/snapshots</c>, one literal route per report,
    /// so that no path can mean both this and <see cref="Item"/> (<c>/api/reports/snapshots/snapshots</c>).
    /// </summary>
    public static string CreateFor(string report) => $"/api/reports/{report}/snapshots";
}

/// <summary>
/// What to keep: the report query the report endpoints take (as text, so any value comes back as a 400 naming it), and
/// why it is kept.
/// </summary>
public sealed record CreateSnapshotRequest
{
    /// <summary><c>json</c>, <c>csv</c>, <c>xlsx</c> (default) or <c>html</c>.</summary>
    public string? Format { get; init; }

    /// <summary><c>ru</c> (default) or <c>en</c>.</summary>
    public string? Lang { get; init; }

    /// <summary>Only this department's entries; null for the whole register.</summary>
    public string? Department { get; init; }

    /// <summary><c>YYYY-MM-DD</c>: the register as it stood at the end of that day; null for the register as it stands.</summary>
    public string? AsOf { get; init; }

    /// <summary>Why the snapshot was made (an inspection, a request of the NPDPC...).</summary>
    public string? Note { get; init; }

    internal ReportQuery ToQuery() => new() { Format = Format ?? DefaultFormat, Lang = Lang, Department = Department, AsOf = AsOf };

    public const string DefaultFormat = "xlsx";
}

public sealed class CreateSnapshotRequestValidator : AbstractValidator<CreateSnapshotRequest>
{
    public const int MaxNote = 2000;

    public CreateSnapshotRequestValidator() => RuleFor(r => r.Note).PlainText(MaxNote);
}

public sealed record ListSnapshotsQuery : PageQuery
{
    /// <summary>Only the snapshots of this report.</summary>
    public string? Report { get; init; }
}

public sealed class ListSnapshotsQueryValidator : AbstractValidator<ListSnapshotsQuery>
{
    public ListSnapshotsQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Report).CatalogCode();
    }
}

/// <summary>
/// A kept report, without its bytes: which report with which query, the file it is, its SHA-256 (hex, as
/// <c>sha256sum</c> prints it) and size, who made it, when and why.
/// </summary>
public sealed record SnapshotResponse(
    int Id,
    string Report,
    string Format,
    string Lang,
    string? Department,
    DateOnly? AsOf,
    string FileName,
    string ContentType,
    string Sha256,
    long Size,
    DateTime CreatedAt,
    string? CreatedBy,
    string? Note);
