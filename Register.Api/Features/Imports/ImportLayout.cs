using Register.Api.Features.Imports.Spreadsheets;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Imports;

/// <summary>
/// Which of the sheet's columns holds which field: read from its header row. A column with no header is not read;
/// a header the importer does not know refuses the file, rather than leave what is under it silently unread.
/// </summary>
internal sealed class ImportLayout
{
    private readonly Dictionary<string, (int Index, string Header)> _columns;

    private ImportLayout(Dictionary<string, (int, string)> columns) => _columns = columns;

    public bool Has(string key) => _columns.ContainsKey(key);

    /// <summary>The column's header as the file writes it (what its author sees); the key for a field the file does not have.</summary>
    public string HeaderOf(string key) => _columns.TryGetValue(key, out var column) ? column.Header : key;

    /// <summary>The cell of the column in the row; null when the file has no such column (the field keeps its value).</summary>
    public string? Cell(ImportSheetRow row, string key) => _columns.TryGetValue(key, out var column) ? row.Cell(column.Index) : null;

    /// <summary>Whether the header row has the required columns: the sheet is a list of entries.</summary>
    public static bool IsEntryList(IReadOnlyList<string> header) =>
        ImportColumns.Required.All(key => header.Any(h => ImportColumns.ByHeader.TryGetValue(NameLookup.Normalise(h), out var k) && k == key));

    /// <summary>The layout of a header row, or what is wrong with it (missing, unknown or repeated columns).</summary>
    public static ImportLayout Recognise(string sheet, IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var repeated = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(header[i])) continue;
            if (!ImportColumns.ByHeader.TryGetValue(NameLookup.Normalise(header[i]), out var key)) unknown.Add(header[i]);
            else if (!columns.TryAdd(key, (i, header[i]))) repeated.Add(header[i]);
        }

        var missing = ImportColumns.Required.Where(key => !columns.ContainsKey(key)).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add(ForReader.Text(
                $"На листе «{sheet}» нет {(missing.Count == 1 ? "столбца" : "столбцов")} {string.Join(", ", missing.Select(k => $"«{Header(k)}»"))}: первой строкой листа " +
                "должна быть строка заголовков шаблона импорта или отчёта «Сведения для внутреннего контроля и НЦЗПД».",
                $"The sheet '{sheet}' has no column {string.Join(", ", missing.Select(k => $"'{Header(k)}'"))}: its first row must be the header " +
                "row of the import template or of the supervisory report."));
        }
        if (unknown.Count > 0)
        {
            problems.Add(ForReader.Text(
                $"На листе «{sheet}» есть столбцы, которые импорт не читает: {string.Join(", ", unknown.Select(h => $"«{h}»"))}. " +
                "Назовите их как в шаблоне или удалите.",
                $"The sheet '{sheet}' has columns the importer does not read: {string.Join(", ", unknown.Select(h => $"'{h}'"))}. " +
                "Rename them as in the template, or remove them."));
        }
        if (repeated.Count > 0)
        {
            problems.Add(ForReader.Text(
                $"На листе «{sheet}» столбец указан дважды: {string.Join(", ", repeated.Select(h => $"«{h}»"))}.",
                $"The sheet '{sheet}' has a column twice: {string.Join(", ", repeated.Select(h => $"'{h}'"))}."));
        }
        if (problems.Count > 0) throw new Infrastructure.Errors.InvalidRequestException(new Dictionary<string, string[]> { ["file"] = problems.ToArray() });
        return new ImportLayout(columns);
    }

    private static string Header(string key) => ImportColumns.Template.Columns.Single(c => c.Key == key).Header.Ru;
}
