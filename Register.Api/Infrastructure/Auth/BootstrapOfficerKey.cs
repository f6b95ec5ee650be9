using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Hosting;

namespace Register.Api.Infrastructure.Auth;

/// <summary>
/// The first start of a database with no keys creates one officer key and prints it once to the console,
/// so the officer can create the others. It goes to standard output directly, never to the log: logs are
/// kept and shipped, and a secret must not land in them.
/// </summary>
public sealed class BootstrapOfficerKey(Db db, ApiKeyStore keys) : IStartupTask
{
    public const string KeyName = "bootstrap-officer";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var created = await db.WriteAsync(async session =>
            await ApiKeyStore.AnyAsync(session) ? null : (await keys.CreateAsync(session, KeyName, Roles.Officer, [], createdBy: null)).Key,
            cancellationToken);
        if (created is null) return;

        await Console.Out.WriteLineAsync($"""

            ==========================================================================
             A new register: this officer API key is shown once. Keep it safe.
               {created}
             Use it as 'X-Api-Key: <key>'; create the other keys with POST /api/keys
             or 'dotnet run --project Register.Api -- keys create --name NAME --role ROLE'.
            ==========================================================================

            """);
    }
}
