using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Register.Tests.Foundation;

/// <summary>T-SQL syntax checks with ScriptDom's SQL Server 2022 parser (TSql160Parser).</summary>
public static partial class TSql
{
    public static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(ExpandDapperLists(sql));
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
    }

    public static TSqlFragment Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        if (errors.Count > 0) throw new AssertionException(string.Join("; ", errors.Select(e => e.Message)));
        return fragment;
    }

    /// <summary>Dapper sends <c>IN @codes</c> as <c>IN (@codes1, @codes2, ...)</c>; parse the form the server sees.</summary>
    public static string ExpandDapperLists(string sql) => DapperList().Replace(sql, m => $"IN ({m.Groups[1].Value}1, {m.Groups[1].Value}2)");

    [GeneratedRegex(@"\bIN\s+(@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex DapperList();

    /// <summary>
    /// Every SQL text the application can send: the string constants whose names end in "Sql", in every type
    /// of the API assembly. Dynamic SQL is composed only from such constants, so this covers it too; a new
    /// statement written as a constant is checked without touching the tests. A statement only SQLite ever
    /// runs (e.g. VACUUM INTO) ends in "Sqlite" instead.
    /// </summary>
    public static IReadOnlyList<(string Name, string Sql)> ApplicationStatements() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string) && field.Name.EndsWith("Sql", StringComparison.Ordinal))
                .Select(field => ($"{type.FullName}.{field.Name}", (string)field.GetRawConstantValue()!)))
            .OrderBy(s => s.Item1, StringComparer.Ordinal)
            .ToList();
}
