using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Register.Api.Infrastructure.Database;

namespace Register.Tests.Infrastructure;

/// <summary>
/// A new, empty database for one fixture: a SQLite file in the temp folder always; a SQL Server database when a server is
/// there (<see cref="TestSqlServer"/>). Dropped afterwards.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }

    /// <summary>Ignores (reports as skipped, with the reason) the calling fixture or test when the engine cannot run here.</summary>
    public static void RequireEngine(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.SqlServer && TestSqlServer.ConnectionString is null) Assert.Ignore(TestSqlServer.SkipReason);
    }

    /// <summary>A new database of the engine; for SQL Server with no server here, the caller is ignored (reported as skipped).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        RequireEngine(provider);
        return provider == DatabaseProvider.Sqlite
            ? new SqliteTestDatabase()
            : await SqlServerTestDatabase.CreateAsync(TestSqlServer.ConnectionString!);
    }

    public IConnectionFactory Connections() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionFactory(ConnectionString)
        : new SqlServerConnectionFactory(ConnectionString);

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "register-tests");

    /// <param name="folder">Where the file goes: the shared temp folder by default; a test that moves the database
    /// away (a vanished directory) gives it a folder of its own.</param>
    public SqliteTestDatabase(string? folder = null)
    {
        folder ??= Folder;
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    public string FilePath { get; }
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override string ConnectionString => $"Data Source={FilePath}";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(FilePath + suffix); }
            catch (IOException) { /* a file still open elsewhere is left to the temp folder's cleanup */ }
        }
        return ValueTask.CompletedTask;
    }
}

public sealed class SqlServerTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name;

    private SqlServerTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
    public override string ConnectionString { get; }

    public static async Task<SqlServerTestDatabase> CreateAsync(string server)
    {
        var database = new SqlServerTestDatabase(server, $"register_test_{Guid.NewGuid():N}");
        await database.ExecuteOnMasterAsync($"CREATE DATABASE [{database._name}]");
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        await ExecuteOnMasterAsync($"ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}];");
    }

    private async Task ExecuteOnMasterAsync(string sql)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(_server) { InitialCatalog = "master" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
