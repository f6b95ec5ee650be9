using Register.Api.Infrastructure.Database;

namespace Register.Tests.Infrastructure;

/// <summary>Every fixture that talks to a database runs once per engine (DapperLib-style provider matrix).</summary>
public static class Engines
{
    public static IEnumerable<TestFixtureData> All()
    {
        yield return new TestFixtureData(DatabaseProvider.Sqlite).SetArgDisplayNames("sqlite");
        yield return new TestFixtureData(DatabaseProvider.SqlServer).SetArgDisplayNames("sqlserver");
    }
}
