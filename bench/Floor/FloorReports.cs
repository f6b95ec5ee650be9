using System.Globalization;
using System.Text.Json;
using Dapper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Floor;

/// <summary>
/// The floor's supervisory report: every entry that is not retired, one row each with its lists resolved to
/// catalog names, read in keyset batches of 500 and streamed (JSON straight to the response; XLSX through the
/// OpenXML SAX writer into a temporary file, then sent). No findings, no system assessments.
/// </summary>
public static class FloorReports
{
    private const int BatchSize = 500;

    private static readonly string[] Headers =
    [
        "code", "title", "department", "subjectCategories", "dataCategories", "purposes", "legalBases", "recipients", "transfers",
        "retention", "informationSystems", "storageForm", "processingMethod", "actions", "protectionMeasures", "dataSource",
        "startDate", "terminationCondition", "accessPositions", "estimatedSubjects", "includesMinorsUnder16", "reviewDueDate", "status",
    ];

    public static async Task WriteAsync(FloorStore store, string? format, HttpContext context)
    {
        var names = await NamesAsync(store);
        if (format == "xlsx")
        {
            var path = Path.Combine(Path.GetTempPath(), $"floor-{Guid.NewGuid():N}.xlsx");
            try
            {
                await WriteXlsxAsync(store, names, path);
                context.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                await using var file = File.OpenRead(path);
                await file.CopyToAsync(context.Response.Body);
            }
            finally
            {
                File.Delete(path);
            }
            return;
        }

        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("asOf", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("rows");
        await foreach (var row in RowsAsync(store, names))
        {
            json.WriteStartObject();
            for (var i = 0; i < Headers.Length; i++) json.WriteString(Headers[i], row[i]);
            json.WriteEndObject();
            if (json.BytesPending > 32 * 1024) await json.FlushAsync();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    private static async Task WriteXlsxAsync(FloorStore store, Dictionary<string, string> names, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, Headers);
            await foreach (var row in RowsAsync(store, names)) WriteRow(writer, row);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        using (var writer = OpenXmlWriter.Create(workbook))
        {
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            writer.WriteElement(new Sheet { Name = "Register", SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) });
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var text in cells)
        {
            writer.WriteStartElement(new Cell { DataType = CellValues.InlineString });
            writer.WriteStartElement(new InlineString());
            writer.WriteElement(new Text(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static async IAsyncEnumerable<string[]> RowsAsync(FloorStore store, Dictionary<string, string> names)
    {
        var (afterCode, afterId) = ("", 0);
        while (true)
        {
            IReadOnlyList<FloorActivity> batch;
            await using (var connection = await store.OpenAsync())
            await using (var grid = await connection.QueryMultipleAsync(FloorStore.ReportBatchSql, new { AfterCode = afterCode, AfterId = afterId, Take = BatchSize }))
            {
                var rows = (await grid.ReadAsync<FloorStore.Row>()).ToList();
                batch = await FloorStore.ReadLinksAsync(grid, rows);
            }
            foreach (var a in batch) yield return Cells(a, names);
            if (batch.Count < BatchSize) yield break;
            (afterCode, afterId) = (batch[^1].Code, batch[^1].Id);
        }
    }

    private static string[] Cells(FloorActivity a, Dictionary<string, string> n)
    {
        string Name(string prefix, string code) => n.TryGetValue(prefix + code, out var name) ? name : code;
        string Lines(IEnumerable<string> items) => string.Join("\n", items);
        return
        [
            a.Code, a.Title, a.DepartmentCode is null ? "" : Name("d:", a.DepartmentCode),
            Lines(a.SubjectCategoryCodes.Select(c => Name("s:", c))),
            Lines(a.DataCategories.Select(c => Name("c:", c.Code))),
            Lines(a.Purposes.Select(p => p.Text)),
            Lines(a.Purposes.SelectMany(p => p.LegalBasisCodes).Distinct().Select(c => Name("b:", c))),
            Lines(a.Recipients.Select(r => Name("r:", r.Code))),
            Lines(a.Recipients.Where(r => r.Transfer is not null).Select(r => r.Transfer!.CountryCode)),
            a.Retention is null ? "" : $"{a.Retention.Kind} {a.Retention.Period} {a.Retention.Event} {a.Retention.Reference}".Trim(),
            Lines(a.InformationSystemCodes.Select(c => Name("i:", c))),
            a.StorageForm ?? "", a.ProcessingMethod ?? "",
            Lines(a.ActionCodes.Select(c => Name("a:", c))),
            Lines(a.ProtectionMeasureCodes.Select(c => Name("m:", c))),
            a.DataSource ?? "", a.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", a.TerminationCondition ?? "",
            Lines(a.AccessPositions), a.EstimatedSubjects?.ToString(CultureInfo.InvariantCulture) ?? "", a.IncludesMinorsUnder16 ? "yes" : "no",
            a.ReviewDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", a.Status ?? "",
        ];
    }

    private static async Task<Dictionary<string, string>> NamesAsync(FloorStore store)
    {
        await using var connection = await store.OpenAsync();
        var rows = await connection.QueryAsync<(string Key, string Name)>("""
            SELECT 'd:' || code, name FROM departments
            UNION ALL SELECT 's:' || code, name_ru FROM subject_categories
            UNION ALL SELECT 'c:' || code, name_ru FROM data_categories
            UNION ALL SELECT 'b:' || code, name_ru FROM legal_bases
            UNION ALL SELECT 'r:' || code, name FROM recipients
            UNION ALL SELECT 'i:' || code, name FROM information_systems
            UNION ALL SELECT 'a:' || code, name_ru FROM processing_actions
            UNION ALL SELECT 'm:' || code, name_ru FROM protection_measures
            """);
        return rows.ToDictionary(r => r.Key, r => r.Name, StringComparer.Ordinal);
    }
}
