namespace Register.Api.Infrastructure.Migrations;

/// <summary>Start-up must stop: the database and the scripts disagree, or a script failed.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
