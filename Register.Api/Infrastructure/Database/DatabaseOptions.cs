namespace Register.Api.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Bound from <c>Database:Provider</c> and <c>ConnectionStrings:Register</c> (the contract's keys).</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=register.db";

    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; expected 'Sqlite' or 'SqlServer'.");
        }

        var connectionString = configuration.GetConnectionString("Register");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString
                : throw new InvalidOperationException("ConnectionStrings:Register is required when Database:Provider is SqlServer.");
        }

        return new DatabaseOptions(provider, connectionString);
    }
}
