using Register.Api.Features.Activities;
using Register.Api.Features.Activities.List;
using Register.Api.Infrastructure.Database;

namespace Register.Tests.Activities;

/// <summary>The FTS5 query a search term becomes, and which engine's statements use the index at all.</summary>
public sealed class TrigramSearchTests
{
    [TestCase("Видеонаблюдение", "\"видеонаблюдение\"")]
    [TestCase("  Учёт  ", "\"учет\"")]
    [TestCase("a\"b", "\"a\"\"b\"")]
    [TestCase("\"\"\"", "\"\"\"\"\"\"\"\"")]
    [TestCase("NEAR(a b) OR x*", "\"near(a b) or x*\"")]
    [TestCase("col:val ^-", "\"col:val ^-\"")]
    [TestCase("50%_", "\"50%_\"")]
    public void A_term_becomes_one_quoted_phrase_of_its_folded_text(string term, string phrase) =>
        Assert.That(TrigramSearch.Phrase(term), Is.EqualTo(phrase));

    [TestCase("ё")]
    [TestCase("ab")]
    [TestCase(" ab ")]
    [TestCase("\"\"")]
    [TestCase("𝔘𝔫")]
    public void A_term_of_fewer_than_three_characters_has_no_phrase(string term) =>
        Assert.That(TrigramSearch.Phrase(term), Is.Null);

    [Test]
    public void Three_characters_outside_the_basic_plane_are_enough() =>
        Assert.That(TrigramSearch.Phrase("𝔘𝔫𝔦"), Is.EqualTo("\"𝔘𝔫𝔦\""));

    [Test]
    public void Sql_server_statements_search_with_like_alone()
    {
        var (count, page, _) = ActivityList.Statements(new() { Q = "видеонаблюдение" }, null, SqlServerDialect.Instance);

        Assert.That(count + page, Does.Not.Contain("activities_search").And.Not.Contain("MATCH"));
        Assert.That(count, Does.Contain("search_text LIKE @Pattern"));
    }

    [TestCase("видеонаблюдение", true)]
    [TestCase("ви", false)]
    [TestCase("   ", false)]
    public void Sqlite_statements_use_the_index_for_terms_of_three_characters_or_more(string term, bool indexed)
    {
        var (count, page, _) = ActivityList.Statements(new() { Q = term }, null, SqliteDialect.Instance);

        Assert.That(count.Contains("MATCH @SearchPhrase", StringComparison.Ordinal), Is.EqualTo(indexed), count);
        Assert.That(page.Contains("MATCH @SearchPhrase", StringComparison.Ordinal), Is.EqualTo(indexed), page);
        Assert.That(count.Contains("LIKE @Pattern", StringComparison.Ordinal), Is.EqualTo(!string.IsNullOrWhiteSpace(term)), "the exact LIKE stays");
    }
}
