using System.Data.Common;
using Register.Api.Features.DataInOut;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Migrations;

namespace Register.Api.Infrastructure.Hosting;

/// <summary>
/// <c>dotnet run --project Register.Api</c> serves the API. Commands after <c>--</c>:
/// <c>migrate</c> migrates and exits; <c>keys create --name NAME --role ROLE [--department CODE ...]</c>
/// migrates, prints a new API key (once) and exits; <c>backup --to FILE</c> (SQLite); <c>purge [--dry-run]</c> depersonalises
/// the journals' records past their retention (or lists them) and exits; <c>export --to FILE</c> and <c>import --from FILE</c>,
/// the whole register out and in (docs/export-format.md).
/// Exit codes: 0 done, 1 failed (nothing written), 2 a wrong command, 3 the import's database already holds a register.
/// </summary>
public static class CommandLine
{
    private const string Usage = "Commands: migrate | keys create --name NAME --role officer|department-head|auditor [--department CODE ...] | " +
        "backup --to FILE | purge [--dry-run] | export --to FILE | import --from FILE";

    /// <summary>Who the command line is in the audit trail and on the keys it creates.</summary>
    private const string Actor = "command line";

    public const int Failed = 1;
    public const int WrongCommand = 2;
    public const int RegisterNotEmpty = 3;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var words = Words(args).Take(2).ToArray();
        switch (words)
        {
            case []:
                await app.RunAsync();
                return 0;
            case ["migrate", ..]:
                var applied = await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync(applied.Count == 0
                    ? "The database is up to date."
                    : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
                return 0;
            case ["keys", "create"]:
                return await CreateKeyAsync(app, args);
            case ["backup", ..]:
                return await BackupAsync(app, args);
            case ["purge", ..]:
                return await PurgeAsync(app, args);
            case ["export", ..]:
                return await ExportAsync(app, args);
            case ["import", ..]:
                return await ImportAsync(app, args);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{string.Join(' ', words)}'. {Usage}");
                return 2;
        }
    }

    private static async Task<int> CreateKeyAsync(WebApplication app, string[] args)
    {
        var name = Option(args, "--name").LastOrDefault();
        var role = Option(args, "--role").LastOrDefault();
        var departments = Option(args, "--department").ToList();
        if (string.IsNullOrWhiteSpace(name) || role is null || !Roles.All.Contains(role)
            || (role == Roles.DepartmentHead) != (departments.Count > 0))
        {
            await Console.Error.WriteLineAsync($"keys create needs --name and a valid --role; a department-head key needs --department (others none). {Usage}");
            return 2;
        }

        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
        try
        {
            var (info, key) = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync(name, role, departments, createdBy: Actor, CancellationToken.None);
            await Console.Out.WriteLineAsync($"Created key {info.Id} '{info.Name}' ({info.Role}). It is shown once:\n{key}");
            return 0;
        }
        catch (System.Data.Common.DbException)
        {
            await Console.Error.WriteLineAsync("Could not create the key: check that every --department names an existing department.");
            return 1;
        }
    }

    private static async Task<int> BackupAsync(WebApplication app, string[] args)
    {
        var target = Option(args, "--to").LastOrDefault();
        var database = app.Services.GetRequiredService<Database.DatabaseOptions>();
        if (database.Provider != Database.DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("On SQL Server, back up with the server's own BACKUP DATABASE (see the README's Backup section).");
            return 2;
        }
        if (string.IsNullOrWhiteSpace(target))
        {
            await Console.Error.WriteLineAsync($"backup needs --to FILE. {Usage}");
            return 2;
        }
        try
        {
            await Database.SqliteBackup.WriteAsync(app.Services.GetRequiredService<Database.IConnectionFactory>(), target, CancellationToken.None);
            await Console.Out.WriteLineAsync($"Backed up the register to {Path.GetFullPath(target)}.");
            return 0;
        }
        catch (Exception exception) when (exception is IOException or System.Data.Common.DbException)
        {
            await Console.Error.WriteLineAsync($"Backup failed: {exception.Message}");
            return 1;
        }
    }

    private static async Task<int> ExportAsync(WebApplication app, string[] args)
    {
        var target = Option(args, "--to").LastOrDefault();
        if (string.IsNullOrWhiteSpace(target))
        {
            await Console.Error.WriteLineAsync($"export needs --to FILE. {Usage}");
            return WrongCommand;
        }
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            await Console.Error.WriteLineAsync($"'{full}' already exists; an export never overwrites a file.");
            return Failed;
        }
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
        // Written under another name and renamed once whole: an export that fails leaves no file that looks like one.
        var partial = $"{full}.{Environment.ProcessId}.partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            ExportSummary summary;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            await using (var content = RegisterFile.IsGzipName(full) ? RegisterFile.Compressed(file) : file)
            {
                var officer = new Caller(Actor, Roles.Officer, new HashSet<string>());
                summary = await app.Services.GetRequiredService<RegisterExport>().WriteAsync(officer, content, CancellationToken.None);
            }
            File.Move(partial, full);
            await Console.Out.WriteLineAsync(
                $"Exported {summary.Rows.Values.Sum():N0} rows of {summary.Rows.Count} tables to {full} (export {summary.ExportId}). " +
                "The file holds subjects' personal data: keep it as safe as the database.");
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DbException)
        {
            await Console.Error.WriteLineAsync($"Export failed: {exception.Message}");
            return Failed;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<int> ImportAsync(WebApplication app, string[] args)
    {
        var source = Option(args, "--from").LastOrDefault();
        if (string.IsNullOrWhiteSpace(source))
        {
            await Console.Error.WriteLineAsync($"import needs --from FILE. {Usage}");
            return WrongCommand;
        }
        var full = Path.GetFullPath(source);
        if (!File.Exists(full))
        {
            await Console.Error.WriteLineAsync($"There is no file '{full}'.");
            return Failed;
        }
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
        try
        {
            var summary = await app.Services.GetRequiredService<RegisterImport>().ImportAsync(
                () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan),
                CancellationToken.None);
            var header = summary.Header;
            await Console.Out.WriteLineAsync(
                $"Imported {summary.Rows.Values.Sum():N0} rows of {summary.Rows.Count} tables: export {header.ExportId} of {header.ExportedAt:yyyy-MM-dd HH:mm:ss} UTC " +
                $"(from {Http.KebabEnum.ToKebab(header.Source)}, schema {header.SchemaVersion}).");
        }
        catch (RegisterNotEmptyException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return RegisterNotEmpty;
        }
        catch (Exception exception) when (exception is RegisterFileException or IOException or UnauthorizedAccessException or DbException)
        {
            await Console.Error.WriteLineAsync($"Nothing was imported. {RegisterImport.Describe(exception)}");
            return Failed;
        }
        // A restored register has no keys (they are never exported): as on a first start, one officer key, shown once.
        await ActivatorUtilities.CreateInstance<BootstrapOfficerKey>(app.Services).RunAsync(CancellationToken.None);
        return 0;
    }

    private static async Task<int> PurgeAsync(WebApplication app, string[] args)
    {
        var dryRun = args.Contains("--dry-run");
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
        var due = await app.Services.GetRequiredService<Features.Journals.JournalDepersonalisation>().RunAsync(dryRun, CancellationToken.None);
        foreach (var record in due)
        {
            await Console.Out.WriteLineAsync(FormattableString.Invariant(
                $"{record.Journal} {record.Number}: kept since {record.KeptSince:yyyy-MM-dd}, retention ended {record.KeptUntil:yyyy-MM-dd}"));
        }
        await Console.Out.WriteLineAsync(due.Count == 0
            ? "No journal record is past its retention."
            : dryRun ? $"{due.Count} record(s) would be depersonalised (dry run: nothing changed)." : $"Depersonalised {due.Count} record(s).");
        return 0;
    }

    /// <summary>The command words: arguments that are neither options nor an option's value (<c>--urls http://...</c>).</summary>
    private static IEnumerable<string> Words(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            // "dotnet Register.Api.dll -- migrate": a bare "--" ends the host's options; it takes no value.
            if (args[i] == "--") continue;
            if (args[i].StartsWith('-'))
            {
                if (!args[i].Contains('=')) i++;
                continue;
            }
            if (!args[i].Contains('=')) yield return args[i];
        }
    }

    private static IEnumerable<string> Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length) yield return args[i + 1];
            else if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) yield return args[i][(name.Length + 1)..];
        }
    }
}
