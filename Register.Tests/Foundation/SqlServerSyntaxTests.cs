using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Migrations;

namespace Register.Tests.Foundation;

/// <summary>SQL Server cannot run here: every script and statement is at least valid T-SQL for SQL Server 2019.</summary>
public sealed class SqlServerSyntaxTests
{
    public static IEnumerable<TestCaseData> Scripts() =>
        MigrationScript.For(DatabaseProvider.SqlServer).Select(s => new TestCaseData(s.Name, s.Text).SetArgDisplayNames(s.Name));

    public static IEnumerable<TestCaseData> Statements() =>
        TSql.ApplicationStatements().Select(s => new TestCaseData(s.Name, s.Sql).SetArgDisplayNames(s.Name));

    [TestCaseSource(nameof(Scripts))]
    public void Migration_script_parses_as_tsql(string name, string text) =>
        Assert.That(TSql.Errors(text), Is.Empty, name);

    [TestCaseSource(nameof(Statements))]
    public void Application_statement_parses_as_tsql_after_dialect_rendering(string name, string sql) =>
        Assert.That(TSql.Errors(SqlServerDialect.Instance.Render(sql)), Is.Empty, $"{name}:\n{SqlServerDialect.Instance.Render(sql)}");

    [Test]
    public void The_statement_discovery_finds_the_application_sql()
    {
        var names = TSql.ApplicationStatements().Select(s => s.Name).ToList();

        Assert.That(names, Does.Contain($"{typeof(Register.Api.Features.Departments.Departments).FullName}.{nameof(Register.Api.Features.Departments.Departments.PageSql)}"));
        Assert.That(names, Does.Contain($"{typeof(MigrationRunner).FullName}.{nameof(MigrationRunner.JournalInsertSql)}"));
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(10));
    }

    [TestCase("SELECT FROM WHERE")]
    [TestCase("INSERT INTO t (a) VALUES (1) RETURNING id")]
    [TestCase("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)")]
    public void A_statement_that_is_not_tsql_is_caught(string sql) =>
        Assert.That(TSql.Errors(sql), Is.Not.Empty);

    [Test]
    public void The_sqlite_rendering_of_a_paged_query_is_caught_as_not_tsql() =>
        Assert.That(TSql.Errors(SqliteDialect.Instance.Render(Register.Api.Features.Departments.Departments.PageSql)), Is.Not.Empty);

    [Test]
    public void Dapper_list_parameters_are_parsed_in_their_expanded_form() =>
        Assert.That(TSql.ExpandDapperLists("SELECT code FROM t WHERE code IN @Codes"), Is.EqualTo("SELECT code FROM t WHERE code IN (@Codes1, @Codes2)"));

    [Test]
    public void The_one_entry_forms_of_the_activity_load_statements_parse()
    {
        var loads = TSql.ApplicationStatements().Where(s => s.Name.Contains(".ActivityStore.", StringComparison.Ordinal) && s.Sql.Contains(" IN @Ids", StringComparison.Ordinal)).ToList();

        Assert.That(loads, Has.Count.GreaterThanOrEqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var (name, sql) in loads) Assert.That(TSql.Errors(ActivityStore.ForOneId(sql)), Is.Empty, name);
        });
    }
}
