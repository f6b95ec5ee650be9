using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Spreadsheets;

namespace Register.Api.Features.Imports.Spreadsheets;

/// <summary>A data row of an uploaded sheet: its number as the spreadsheet shows it (the header is row 1) and its cells as text.</summary>
internal sealed record ImportSheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : "";

    public bool IsEmpty => Cells.All(string.IsNullOrEmpty);
}

/// <summary>A sheet as the importer reads it: its header row and its data rows, every cell as text.</summary>
internal sealed record ImportSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<ImportSheetRow> Rows);

/// <summary>An uploaded workbook or CSV file: its sheets' header rows, and the rows of the one the importer takes.</summary>
internal interface ISpreadsheet : IDisposable
{
    IReadOnlyList<string> SheetNames { get; }

    IReadOnlyList<string> HeaderOf(int sheet);

    ImportSheet Read(int sheet);
}

/// <summary>The limits of an upload's content (its size is limited before it is read: <see cref="ImportLimits.MaxUploadBytes"/>).</summary>
internal static class ImportLimits
{
    /// <summary>A register of a few hundred entries is well under 1 MB as XLSX; 10 MB leaves room for a large one.</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>Rows per import: every row runs the whole create or update, in one transaction.</summary>
    public const int MaxRows = 2000;

    public const int MaxColumns = 200;

    /// <summary>The longest cell Excel itself allows.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Characters of XML per part of a workbook: stops a small zip that expands into gigabytes.</summary>
    public const long MaxCharactersInPart = 200_000_000;
}

/// <summary>How every reader turns a cell's raw text into what the importer reads.</summary>
internal static class CellText
{
    /// <summary>
    /// Undoes the register's own formula guard (a cell it wrote as "'=..." reads back as "=..."), makes line breaks
    /// "\n" and trims the ends: what a person sees in the cell.
    /// </summary>
    public static string Of(string? raw) =>
        string.IsNullOrEmpty(raw) ? "" : FormulaGuard.Restore(raw.Trim()).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    public static InvalidRequestException Unreadable(string message) => new("file", message);
}
