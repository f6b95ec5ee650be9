using System.Text.Json;
using Register.Api.Features.Activities;
using Register.Api.Features.Imports.Spreadsheets;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Col = Register.Api.Features.Imports.ImportColumns;

namespace Register.Api.Features.Imports;

/// <summary>
/// Entries from a spreadsheet: the import template, or the supervisory report exported as XLSX or CSV. Each row is
/// created or updated (matched by its code) through the very operations the API runs (<see cref="Activities.Activities"/>:
/// the same validation, department scope, references, rules, versions and audit rows), all rows in one transaction.
/// A dry run goes through the same writes and rolls them back, so what it reports is what would happen; applying
/// keeps every row or, when any row has a problem, none. New entries are drafts with their findings, as any other.
/// </summary>
public sealed class ActivityImports(Db db, Activities.Activities activities, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(Caller caller, UploadedFile file, bool dryRun, CancellationToken cancellationToken)
    {
        caller.Require(Access.Drafter);
        var (sheet, layout) = ReadFile(file);
        ImportReport Run(IReadOnlyList<ImportRowResult> rows) => new(dryRun, file.DisplayName, sheet.Name, rows);

        if (dryRun) return Run(await db.RehearseAsync(session => ImportRowsAsync(session, caller, sheet, layout, dryRun), cancellationToken));

        return await db.WriteAsync(async session =>
        {
            var report = Run(await ImportRowsAsync(session, caller, sheet, layout, dryRun));
            // Throwing rolls every row back: all or nothing.
            if (report.Rejected > 0) throw Refusal(report);
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.ActivityImport, Guid.NewGuid().ToString("N"), AuditActions.Import, null,
                new ImportAudit(report.FileName, report.Sheet, report.Rows.Count, report.Created, report.Updated, report.Skipped,
                    report.Rows.Where(r => r.Action != ImportAction.Skip).Select(r => new ImportAuditRow(r.Row, r.Code, r.Id, r.Action)).ToList()));
            return report;
        }, cancellationToken);
    }

    /// <summary>The one action the audit trail records for an import (each entry's own create or update row is recorded too).</summary>
    private sealed record ImportAudit(string FileName, string Sheet, int Rows, int Created, int Updated, int Skipped, IReadOnlyList<ImportAuditRow> Entries);

    private sealed record ImportAuditRow(int Row, string? Code, int? Id, ImportAction Action);

    /// <summary>The sheet to import (the first whose header row has the entries' columns) and its layout; a 400 when there is none.</summary>
    private static (ImportSheet Sheet, ImportLayout Layout) ReadFile(UploadedFile file)
    {
        using var spreadsheet = file.Open();
        if (spreadsheet.SheetNames.Count == 0) throw CellText.Unreadable(ForReader.Text("В книге нет листов.", "The workbook has no sheets."));
        var index = Enumerable.Range(0, spreadsheet.SheetNames.Count).FirstOrDefault(i => ImportLayout.IsEntryList(spreadsheet.HeaderOf(i)), -1);
        // No sheet has them: the first sheet's header says what is missing.
        var chosen = Math.Max(index, 0);
        var layout = ImportLayout.Recognise(spreadsheet.SheetNames[chosen], spreadsheet.HeaderOf(chosen));
        return (spreadsheet.Read(chosen), layout);
    }

    private async Task<IReadOnlyList<ImportRowResult>> ImportRowsAsync(DbSession session, Caller caller, ImportSheet sheet, ImportLayout layout, bool dryRun)
    {
        var reader = new EntryReader(layout, await ImportCatalogs.LoadAsync(session));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<ImportRowResult>();
        foreach (var row in sheet.Rows.Where(r => !r.IsEmpty))
        {
            session.CancellationToken.ThrowIfCancellationRequested();
            results.Add(await ImportRowAsync(session, caller, layout, reader, row, seen, dryRun));
        }
        return results;
    }

    private async Task<ImportRowResult> ImportRowAsync(DbSession session, Caller caller, ImportLayout layout, EntryReader reader, ImportSheetRow row,
        Dictionary<string, int> seen, bool dryRun)
    {
        var problems = new List<ImportProblem>();
        var code = layout.Cell(row, Col.Code) is { Length: > 0 } text ? text : null;
        if (code is not null && !seen.TryAdd(code, row.Number))
        {
            problems.Add(RowProblems.Problem(layout, row, Col.Code, ForReader.Text(
                $"Этот код уже указан в строке {seen[code]}: каждая запись указывается в файле один раз.",
                $"Row {seen[code]} has this code already: each entry once per file.")));
        }

        // An entry the caller may not see (another department's, for a department head) is not there for it: the row
        // creates, and the create is refused as the API refuses it (409, the code is taken).
        var current = code is null ? null : await FindAsync(session, code);
        var visible = current is not null && caller.CanSee(current.Content.DepartmentCode);
        var start = visible ? ActivityRequests.Of(current!.Code, current.Content) : ActivityRequests.Empty with { Code = code };
        var request = reader.Read(row, start, problems) with { Code = code };
        var action = !visible ? ImportAction.Create : Unchanged(current!, request) ? ImportAction.Skip : ImportAction.Update;
        var id = visible ? current!.Id : (int?)null;

        if (problems.Count > 0 || action == ImportAction.Skip) return new ImportRowResult(row.Number, code ?? current?.Code, action, problems, id, []);
        try
        {
            var saved = await session.SavepointAsync(() => action == ImportAction.Create
                ? activities.CreateInAsync(session, caller, request)
                : activities.UpdateInAsync(session, caller, current!.Id, request));
            var response = saved.ToResponse();
            // A dry run's new entry is rolled back with its id: the id is named only once it exists.
            return new ImportRowResult(row.Number, response.Code, action, [], dryRun && action == ImportAction.Create ? null : response.Id, response.Findings);
        }
        catch (ApiException refusal)
        {
            return new ImportRowResult(row.Number, code, action, RowProblems.Of(refusal, layout, row, caller, request).ToList(), id, []);
        }
    }

    private static async Task<ActivityState?> FindAsync(DbSession session, string code) =>
        await session.QuerySingleOrDefaultAsync<int?>(ActivityStore.IdByCodeSql, new { Code = code }) is { } id ? await ActivityStore.FindAsync(session, id) : null;

    /// <summary>Whether the row says exactly what the entry holds: then nothing is written (no new version, no audit row).</summary>
    private static bool Unchanged(ActivityState current, ActivityRequest request) =>
        request.Title is not null
        && JsonSerializer.Serialize(ActivityContent.From(request), RegisterJson.Options) == JsonSerializer.Serialize(current.Content, RegisterJson.Options);

    private static UnprocessableException Refusal(ImportReport report)
    {
        var refusal = new UnprocessableException(
            ForReader.Text(
                $"Ошибки в строках: {report.Rejected} из {report.Rows.Count}; ничего не импортировано. Исправьте строки, перечисленные в «rows», и загрузите файл снова.",
                $"{report.Rejected} of {report.Rows.Count} rows have problems: nothing was imported. Fix the rows listed in 'rows' and upload the file again."),
            "rows", report.Rows);
        refusal.Extensions["dryRun"] = false;
        refusal.Extensions["fileName"] = report.FileName;
        refusal.Extensions["sheet"] = report.Sheet;
        refusal.Extensions["created"] = 0;
        refusal.Extensions["updated"] = 0;
        refusal.Extensions["rejected"] = report.Rejected;
        return refusal;
    }
}
