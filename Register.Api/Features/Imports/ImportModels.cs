using Register.Api.Features.Activities;

namespace Register.Api.Features.Imports;

public static class ImportRoutes
{
    public const string Activities = "/api/imports/activities";
    public const string Template = "/api/imports/activities/template";
    public const string Tag = "Imports";
}

public enum ImportAction
{
    Create,
    Update,
    Skip,
}

/// <summary>What is wrong in a row: the column as the file heads it, the value found there, and why it cannot be taken.</summary>
public sealed record ImportProblem(string? Column, string? Value, string Message);

/// <summary>
/// A row of the file and what the import does with it: create an entry, update the entry with its code, or skip it
/// (it already says exactly this). <see cref="Id"/> is the entry's (null for an entry a dry run would create);
/// <see cref="Findings"/> are what the law still asks of the entry as the row leaves it.
/// </summary>
public sealed record ImportRowResult(int Row, string? Code, ImportAction Action, IReadOnlyList<ImportProblem> Problems, int? Id,
    IReadOnlyList<FindingResponse> Findings);

/// <summary>
/// The import's answer, row by row; <see cref="Created"/> and <see cref="Updated"/> count the rows that create or update
/// (would, in a dry run), <see cref="Rejected"/> those with problems. Applied only when no row has one.
/// </summary>
public sealed record ImportReport(bool DryRun, string FileName, string Sheet, IReadOnlyList<ImportRowResult> Rows)
{
    public int Created => Rows.Count(r => r.Problems.Count == 0 && r.Action == ImportAction.Create);
    public int Updated => Rows.Count(r => r.Problems.Count == 0 && r.Action == ImportAction.Update);
    public int Skipped => Rows.Count(r => r.Problems.Count == 0 && r.Action == ImportAction.Skip);
    public int Rejected => Rows.Count(r => r.Problems.Count > 0);
}

/// <summary>The query of the import: <c>dryRun=true</c> (the default) changes nothing and says what would happen.</summary>
public sealed record ImportQuery
{
    /// <summary><c>true</c> (default): report only; <c>false</c>: apply every row, or none when any has a problem.</summary>
    public string? DryRun { get; init; }
}

public sealed record TemplateQuery
{
    /// <summary><c>xlsx</c> (default) or <c>csv</c>.</summary>
    public string? Format { get; init; }

    /// <summary><c>ru</c> (default) or <c>en</c>: the language of the headers.</summary>
    public string? Lang { get; init; }
}
