using Register.Api.Features.Reports;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Imports.Spreadsheets;

/// <summary>The one file of an import, as uploaded: its name (as the client's computer called it), media type and bytes.</summary>
public sealed record UploadedFile(string FileName, string? ContentType, byte[] Content)
{
    /// <summary>
    /// The workbook or CSV file the upload is, by its name (.xlsx, .csv) or, for a name without either, its media type.
    /// Anything else is a 415; a file that is not what its name says is a 400 from the reader.
    /// </summary>
    internal ISpreadsheet Open()
    {
        var extension = Path.GetExtension(FileName).ToLowerInvariant();
        var mediaType = ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (extension == ".xlsx" || (extension is not ".csv" and not ".txt" && mediaType == ReportFormats.Xlsx)) return XlsxSpreadsheet.Open(new MemoryStream(Content, writable: false));
        if (extension is ".csv" or ".txt" || mediaType is ReportFormats.Csv or "text/plain") return CsvSpreadsheet.Open(Path.GetFileNameWithoutExtension(DisplayName), Content);
        throw new BadHttpRequestException(
            ForReader.Text(
                $"Файл «{FileName}» — не книга Excel (.xlsx) и не файл CSV (.csv). Книгу старого формата .xls сохраните как .xlsx.",
                $"The file '{FileName}' is neither an Excel workbook (.xlsx) nor a CSV file (.csv). An older .xls workbook: save it as .xlsx."),
            StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>The name as the audit trail and the report show it: no folders, no control characters, at most 200 characters.</summary>
    public string DisplayName
    {
        get
        {
            var name = new string(Path.GetFileName(FileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray());
            return name.Length <= 200 ? name : name[..199] + "…";
        }
    }
}
