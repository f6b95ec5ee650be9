using Dapper;
using Register.Api.Infrastructure.Audit;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.DataInOut;

/// <summary>What an import brought in: the file's header and the rows of each table.</summary>
public sealed record ImportSummary(RegisterFileHeader Header, IReadOnlyDictionary<string, long> Rows);

/// <summary>The database already holds a register: an import would mix two registers, so it writes nothing.</summary>
public sealed class RegisterNotEmptyException(IReadOnlyList<string> tables) : Exception(
    $"This database already holds a register (rows in {string.Join(", ", tables)}); an import goes only into an empty one. " +
    "Import into a new database, before the API's first start or after a start that seeded only the reference data.");

/// <summary>
/// Loads a <see cref="RegisterFile"/> into an empty database of either engine, in one transaction: every row with its id,
/// version and timestamps as the file has them, so the restored register answers as the original did. It streams: rows are
/// inserted as they are read, and the file's digest and row counts are checked at its end, before the commit; a file that
/// fails any check (or a row the database refuses) rolls it all back.
/// </summary>
public sealed class RegisterImport(Db db, TimeProvider clock)
{
    /// <summary>An import is the system's act; the export it came from is on record with its officer.</summary>
    private const string Actor = AuditActors.System;

    /// <summary>Imports the file <paramref name="open"/> opens; it opens it again, from its start, if the database makes the
    /// transaction start over (a deadlock victim on SQL Server).</summary>
    public Task<ImportSummary> ImportAsync(Func<Stream> open, CancellationToken cancellationToken) =>
        db.WriteAsync(session => ImportInAsync(session, open), cancellationToken);

    private async Task<ImportSummary> ImportInAsync(DbSession session, Func<Stream> open)
    {
        await using var stream = RegisterFile.Content(open());
        await using var file = new RegisterFileReader(stream, session.CancellationToken);
        var header = await file.ReadHeaderAsync();
        var schemas = RegisterFile.SchemaVersions(session.Dialect.Provider);
        if (!schemas.Contains(header.SchemaVersion))
        {
            throw new RegisterFileException(
                $"The file was written at schema version '{header.SchemaVersion}', which this release does not know (its latest is " +
                $"'{schemas[^1]}'): it comes from a newer release. Import it with that release or a later one.");
        }
        await RefuseUnlessEmptyAsync(session);
        // A start seeds the reference data into every database; the file has the register's own, as its officer left it.
        foreach (var seeded in RegisterTables.Exported.Where(t => t.Seeded)) await session.ExecuteAsync(RegisterStatements.DeleteAll(seeded.Name));

        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await file.ReadTableAsync() is { } fileTable)
        {
            var table = RegisterTables.Find(fileTable.Name) ?? throw new RegisterFileException(
                $"The file holds a table this release does not know ('{fileTable.Name}'): it comes from a newer release.");
            rows[table.Name] = await InsertAsync(session, table, fileTable, file);
        }
        // Last, once the ids are restored: the import's record follows the file's own.
        await AuditLog.RecordAsync(session, Actor, clock, AuditEntities.Register, header.ExportId, AuditActions.Import, before: null,
            after: new { header.ExportId, header.ExportedAt, header.Source, header.FormatVersion, header.SchemaVersion, Rows = rows.Values.Sum() });
        return new ImportSummary(header, rows);
    }

    /// <summary>
    /// A database holds a register when any table the file carries has a row, the seeded reference data apart. Every change an
    /// officer makes to the reference data writes an audit row, so a database whose seed was edited holds a register too.
    /// </summary>
    private static async Task RefuseUnlessEmptyAsync(DbSession session)
    {
        var holding = new List<string>();
        foreach (var table in RegisterTables.Exported.Where(t => !t.Seeded))
        {
            if (await session.ExecuteScalarAsync<int>(RegisterStatements.HasRows(table.Name)) == 1) holding.Add(table.Name);
        }
        if (holding.Count > 0) throw new RegisterNotEmptyException(holding);
    }

    /// <summary>The table's rows, in INSERTs of several rows each; for an identity table, with their ids and its last id.</summary>
    private static async Task<long> InsertAsync(DbSession session, RegisterTable table, RegisterFileTable fileTable, RegisterFileReader file)
    {
        var columns = fileTable.Columns;
        var schema = (await TableCatalog.ColumnsAsync(session, table.Name)).ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
        foreach (var column in columns.Where(c => !schema.TryGetValue(c.Name, out var type) || type != c.Type))
        {
            // A file from an older release may lack columns (they take the defaults their migrations gave), never have others.
            throw new RegisterFileException($"The file's column {table.Name}.{column.Name} ({KebabEnum.ToKebab(column.Type)}) is not in this release's schema.");
        }
        var id = table.Identity ? IndexOf(columns, "id", table) : -1;

        var perInsert = RegisterStatements.RowsPerInsert(columns.Count, session.Dialect.Provider);
        var fullInsert = RegisterStatements.Insert(table.Name, columns, perInsert);
        var row = new object?[columns.Count];
        var batch = new DynamicParameters();
        var inBatch = 0;
        long count = 0;
        long? largestId = null;
        if (table.Identity) await TableCatalog.KeepIdsAsync(session, table.Name, on: true);
        while (await file.ReadRowAsync(row))
        {
            for (var i = 0; i < columns.Count; i++) batch.Add(Parameters[inBatch * columns.Count + i], row[i], columns[i].DbType);
            if (id >= 0 && row[id] is long rowId) largestId = Math.Max(largestId ?? rowId, rowId);
            count++;
            if (++inBatch < perInsert) continue;
            await session.ExecuteAsync(fullInsert, batch);
            batch = new DynamicParameters();
            inBatch = 0;
        }
        if (inBatch > 0) await session.ExecuteAsync(RegisterStatements.Insert(table.Name, columns, inBatch), batch);
        if (table.Identity)
        {
            await TableCatalog.KeepIdsAsync(session, table.Name, on: false);
            if (fileTable.LastId is { } lastId) await TableCatalog.RestoreLastIdAsync(session, table.Name, lastId, largestId);
        }
        return count;
    }

    /// <summary>
    /// Why an import failed, for the person running it. A database's refusal is shown as the database words it, except the
    /// value SQL Server quotes when a text is too long for its column: it may be a subject's personal data.
    /// </summary>
    public static string Describe(Exception exception) => exception switch
    {
        System.Data.Common.DbException database => $"The database refused the file's rows: {database.Message.Split(" Truncated value:")[0]}",
        _ => exception.Message,
    };

    private static int IndexOf(IReadOnlyList<RegisterColumn> columns, string name, RegisterTable table)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i].Name == name) return i;
        throw new RegisterFileException($"The file's table {table.Name} has no '{name}' column.");
    }

    /// <summary>The parameters' names, made once: an INSERT binds up to 2,100 (SQL Server's limit), and a large import binds millions.</summary>
    private static readonly string[] Parameters = Enumerable.Range(0, 2_100).Select(RegisterStatements.Parameter).ToArray();
}
