using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Infrastructure.Migrations;

/// <summary>A versioned script from <c>db/sqlserver</c> or <c>db/sqlite</c>, embedded in the assembly.</summary>
public sealed record MigrationScript(string Name, string Text)
{
    /// <summary>SHA-256 of the text with line endings normalised, so a checkout's CRLF/LF choice is not a change.</summary>
    public string Checksum { get; } = Convert.ToHexString(
        SHA256.HashData(Encoding.UTF8.GetBytes(Text.ReplaceLineEndings("\n"))));

    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider) =>
        Load(typeof(MigrationScript).Assembly, provider);

    public static IReadOnlyList<MigrationScript> Load(Assembly assembly, DatabaseProvider provider)
    {
        var prefix = $"db/{Folder(provider)}/";
        // A Windows build names the resources with '\\' (MSBuild's RecursiveDir): compare with '/'.
        return assembly.GetManifestResourceNames()
            .Select(resource => (Resource: resource, Name: resource.Replace('\\', '/')))
            .Where(r => r.Name.StartsWith(prefix, StringComparison.Ordinal) && r.Name.EndsWith(".sql", StringComparison.Ordinal))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new MigrationScript(r.Name[prefix.Length..], Read(assembly, r.Resource)))
            .ToList();
    }

    public static string Folder(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
