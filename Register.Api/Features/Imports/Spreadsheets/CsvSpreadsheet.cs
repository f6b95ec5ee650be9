using System.Text;
using CsvHelper;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Imports.Spreadsheets;

/// <summary>
/// An uploaded CSV file as a one-sheet spreadsheet: RFC 4180 through CsvHelper, the separator found from the header (",",
/// ";" as Excel writes it in Russian locales, tab, or an Excel "sep=" line). Broken quoting is refused, never guessed at.
/// </summary>
internal sealed class CsvSpreadsheet : ISpreadsheet
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        MalformedData = CsvMalformedDataHandling.Throw,
        SkipEmptyLines = true,
    };

    private readonly string _name;
    private readonly ImportSheet _sheet;

    private CsvSpreadsheet(string name, ImportSheet sheet)
    {
        _name = name;
        _sheet = sheet;
    }

    public IReadOnlyList<string> SheetNames => [_name];

    public IReadOnlyList<string> HeaderOf(int sheet) => _sheet.Header;

    public ImportSheet Read(int sheet) => _sheet;

    public static CsvSpreadsheet Open(string name, byte[] content)
    {
        var text = TextEncodings.Decode(content);
        try
        {
            using var reader = CsvReader.Create(new StringReader(text), Options);
            var header = reader.Headers.Select(CellText.Of).ToList();
            if (header.Count > ImportLimits.MaxColumns) throw CellText.Unreadable(ForReader.Text($"В файле больше {ImportLimits.MaxColumns} столбцов.", $"The file has more than {ImportLimits.MaxColumns} columns."));
            var rows = new List<ImportSheetRow>();
            while (reader.Read())
            {
                if (rows.Count == ImportLimits.MaxRows) throw CellText.Unreadable(ForReader.Text(
                    $"В файле больше {ImportLimits.MaxRows} строк: импортируйте его по частям.", $"The file has more than {ImportLimits.MaxRows} rows; import it in parts."));
                var fields = Enumerable.Range(0, Math.Min(reader.FieldCount, ImportLimits.MaxColumns)).Select(i => CellText.Of(reader.GetString(i))).ToList();
                // Rows are numbered as a spreadsheet would show them: the header is row 1.
                rows.Add(new ImportSheetRow((int)reader.RowNumber + 1, fields));
            }
            return new CsvSpreadsheet(name, new ImportSheet(name, header, rows));
        }
        catch (CsvFormatException exception)
        {
            throw CellText.Unreadable(ForReader.Text(
                $"Файл CSV записан с ошибкой около записи {exception.RecordNumber} (кавычка открыта и не закрыта или текст после закрывающей кавычки).",
                $"The CSV file is malformed near record {exception.RecordNumber} (a quote opened and not closed, or text after a closing quote)."));
        }
    }

    public void Dispose()
    {
    }
}

/// <summary>
/// The text of an uploaded CSV. UTF-8 with or without a byte-order mark, and UTF-16 with one (Excel's "Unicode text"),
/// are read as such. Bytes that are not valid UTF-8 are read as Windows-1251: that is what Excel writes for "CSV" on a
/// Windows set to Russian or Belarusian, the files this register's users have. The dry run shows every value as it was
/// read, so a file in yet another encoding shows itself there before anything is written.
/// </summary>
internal static class TextEncodings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1251 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1251,
        EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static string Decode(byte[] content)
    {
        string text;
        if (content is [0xEF, 0xBB, 0xBF, ..]) text = Strict(StrictUtf8, content, 3, ForReader.Text("UTF-8 (он начинается с метки порядка байтов UTF-8)", "UTF-8 (it starts with the UTF-8 byte-order mark)"));
        else if (content is [0xFF, 0xFE, ..]) text = Strict(new UnicodeEncoding(false, false, true), content, 2, "UTF-16");
        else if (content is [0xFE, 0xFF, ..]) text = Strict(new UnicodeEncoding(true, false, true), content, 2, "UTF-16");
        else
        {
            try
            {
                text = StrictUtf8.GetString(content);
            }
            catch (DecoderFallbackException)
            {
                text = Strict(Windows1251, content, 0, ForReader.Text("UTF-8 или Windows-1251", "UTF-8 or Windows-1251"));
            }
        }
        // Text files hold no NUL: this one is binary (an .xlsx or .xls renamed .csv, an image...).
        if (text.Contains('\0')) throw CellText.Unreadable(ForReader.Text(
            "Файл не текстовый файл CSV (в нём двоичные данные). Загрузите книгу .xlsx или CSV, сохранённый как текст.",
            "The file is not a CSV text file (it holds binary data). Upload an .xlsx workbook, or a CSV saved as text."));
        return text;
    }

    private static string Strict(Encoding encoding, byte[] content, int skip, string what)
    {
        try
        {
            return encoding.GetString(content, skip, content.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            throw CellText.Unreadable(ForReader.Text(
                $"Файл CSV не в кодировке {what}. Сохраните его как «CSV UTF-8» и загрузите снова.", $"The CSV file is not valid {what}. Save it as \"CSV UTF-8\" and upload it again."));
        }
    }
}
