using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataInOut;

/// <summary>What an export wrote: its id (the audit trail's key for it) and the rows of each table.</summary>
public sealed record ExportSummary(string ExportId, IReadOnlyDictionary<string, long> Rows);

/// <summary>
/// The officer's export of the whole register into one <see cref="RegisterFile"/>, for the API and the command line alike.
/// It streams: each table is read row by row and written as it is read.
/// </summary>
public sealed class RegisterExport(Db db, TimeProvider clock)
{
    /// <summary>
    /// Writes the register to <paramref name="output"/>. The audit trail records the export first, in its own transaction,
    /// so the file carries that record too, and an export that fails half-way is still on record: data may have left.
    /// </summary>
    public async Task<ExportSummary> WriteAsync(Caller caller, Stream output, CancellationToken cancellationToken)
    {
        caller.Require(Access.Officer);
        var provider = db.Dialect.Provider;
        var header = new RegisterFileHeader(RegisterFile.Format, RegisterFile.Version, RegisterFile.SchemaVersion(provider),
            Guid.NewGuid().ToString("N"), clock.UtcNow(), provider);
        await db.WriteAsync(async session =>
        {
            await AuditLog.RecordAsync(session, caller.Name, clock, AuditEntities.Register, header.ExportId, AuditActions.Export,
                before: null, after: new { header.ExportId, header.FormatVersion, header.SchemaVersion });
            return true;
        }, cancellationToken);

        using var file = new RegisterFileWriter(output, cancellationToken);
        file.WriteHeader(header);
        await db.ReadWholeAsync(async session =>
        {
            foreach (var table in RegisterTables.Exported)
            {
                var columns = await TableCatalog.ColumnsAsync(session, table.Name);
                var lastId = table.Identity ? await TableCatalog.LastIdAsync(session, table.Name) : null;
                file.BeginTable(new RegisterFileTable(table.Name, columns, lastId));
                await using var rows = await session.ReaderAsync(RegisterStatements.Select(table, columns));
                while (await rows.ReadAsync(cancellationToken)) await file.WriteRowAsync(rows, columns);
            }
        }, cancellationToken);
        var trailer = await file.FinishAsync();
        return new ExportSummary(header.ExportId, trailer.Rows);
    }
}
