using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Register.Domain.Rules;

namespace Register.Tests.Domain;

/// <summary>
/// The shipped legal bases (Register.Api/ReferenceData/legal-bases.json) against the structure of Law 99-З as amended
/// (docs/origin-docs/99-3n.md): ст. 6 has 20 cases (абз. 2-21), ст. 8 п. 2 has 17 (абз. 2-18, the pensions case at абз. 4 being
/// the amendment's), ст. 9 п. 1 has 7 (абз. 2-8). Each paragraph is cited by exactly one basis of the matching kind.
/// </summary>
public partial class LegalBasesCatalogTests
{
    private sealed record Names(string Ru, string? En);

    private sealed record Basis(string Code, string Kind, string Citation, bool CitationVerified, string Law, Names Names);

    // Read as the application carries it: an embedded resource of Register.Api.
    private static readonly Lazy<IReadOnlyList<Basis>> Loaded = new(() =>
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream("ReferenceData/legal-bases.json")
            ?? throw new InvalidOperationException("ReferenceData/legal-bases.json is not embedded in Register.Api.");
        return JsonSerializer.Deserialize<List<Basis>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("legal-bases.json is empty.");
    });

    private static IReadOnlyList<Basis> Bases => Loaded.Value;

    [TestCase("general", @"^ст\. 6 абз\. (\d+)$", 2, 21)]
    [TestCase("special", @"^ст\. 8 п\. 2 абз\. (\d+)$", 2, 18)]
    [TestCase("cross-border", @"^ст\. 9 п\. 1 абз\. (\d+)$", 2, 8)]
    public void Each_paragraph_of_the_article_is_cited_exactly_once_by_a_basis_of_its_kind(string kind, string citation, int first, int last)
    {
        var ofKind = Bases.Where(b => b.Kind == kind).ToList();
        var paragraphs = ofKind.Select(b => Regex.Match(b.Citation, citation)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paragraphs.All(m => m.Success), Is.True,
                $"every {kind} basis cites one paragraph: {string.Join("; ", ofKind.Where(b => !Regex.IsMatch(b.Citation, citation)).Select(b => $"{b.Code} «{b.Citation}»"))}");
            Assert.That(paragraphs.Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Order(),
                Is.EqualTo(Enumerable.Range(first, last - first + 1)), $"{kind}: абз. {first}-{last}, each once");
        });
    }

    [Test]
    public void Consent_is_article_5_and_there_is_nothing_else()
    {
        Assert.That(Bases.Where(b => b.Kind == "consent").Select(b => (b.Code, b.Citation)), Is.EqualTo(new[] { ("by-99z-consent", "ст. 5") }));
        Assert.That(Bases, Has.Count.EqualTo(1 + 20 + 17 + 7));
    }

    [TestCase("by-99z-art8-pensions", "ст. 8 п. 2 абз. 4")]
    [TestCase("by-99z-art8-members", "ст. 8 п. 2 абз. 5")]
    [TestCase("by-99z-art8-medical", "ст. 8 п. 2 абз. 6")]
    [TestCase("by-99z-art8-justice", "ст. 8 п. 2 абз. 7")]
    [TestCase("by-99z-art8-legal-duty", "ст. 8 п. 2 абз. 17")]
    [TestCase("by-99z-art8-other-law", "ст. 8 п. 2 абз. 18")]
    [TestCase("by-99z-art6-legal-duty", "ст. 6 абз. 20")]
    [TestCase("by-99z-art6-other-law", "ст. 6 абз. 21")]
    [TestCase("by-99z-art9-public-request", "ст. 9 п. 1 абз. 4")]
    public void Bases_moved_or_added_by_the_amendment_cite_their_paragraph(string code, string citation)
    {
        Assert.That(Bases.Single(b => b.Code == code).Citation, Is.EqualTo(citation));
    }

    [Test]
    public void Codes_are_unique_well_formed_and_every_citation_is_verified()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Bases.Select(b => b.Code), Is.Unique);
            Assert.That(Bases.Where(b => !CodePattern().IsMatch(b.Code)).Select(b => b.Code), Is.Empty);
            Assert.That(Bases.Where(b => !b.CitationVerified).Select(b => b.Code), Is.Empty, "checked against 99-3n.md");
            Assert.That(Bases.Where(b => b.Law != "Закон Республики Беларусь от 07.05.2021 № 99-З «О защите персональных данных»").Select(b => b.Code), Is.Empty);
        });
    }

    [Test]
    public void Names_are_given_in_russian_and_english_within_the_apis_limit()
    {
        // The API refuses names over 500 characters (LocalizedNames.MaxLength): a shipped name must survive an officer's PUT.
        Assert.Multiple(() =>
        {
            Assert.That(Bases.Where(b => string.IsNullOrWhiteSpace(b.Names.Ru) || string.IsNullOrWhiteSpace(b.Names.En)).Select(b => b.Code), Is.Empty);
            Assert.That(Bases.Where(b => b.Names.Ru.Length > 500 || b.Names.En!.Length > 500).Select(b => b.Code), Is.Empty);
        });
    }

    [TestCase("by-99z-art6-justice", "Для осуществления правосудия")]
    [TestCase("by-99z-art6-pensions", "ежемесячного денежного содержания отдельным категориям государственных служащих, пособий")]
    [TestCase("by-99z-art6-utilities", "платы за другие услуги и возмещения налогов")]
    [TestCase("by-99z-art8-pensions", "в целях назначения и выплаты пенсий, ежемесячного денежного содержания отдельным категориям государственных служащих")]
    [TestCase("by-99z-art8-medical", "и в соответствии с законодательством распространяется обязанность сохранять врачебную тайну")]
    [TestCase("by-99z-art8-justice", "совершения исполнительной надписи, оформления наследственных прав")]
    public void Wording_follows_the_law_as_amended(string code, string words)
    {
        Assert.That(Bases.Single(b => b.Code == code).Names.Ru, Does.Contain(words).IgnoreCase);
    }

    [Test]
    public void Rule_12_knows_the_four_bases_whose_case_another_act_defines()
    {
        var cited = Bases.Where(b => Rule12LegislativeActNamed.BasesNamingAnAct.Contains(b.Code)).Select(b => b.Citation);

        Assert.That(cited, Is.EquivalentTo(new[] { "ст. 6 абз. 20", "ст. 6 абз. 21", "ст. 8 п. 2 абз. 17", "ст. 8 п. 2 абз. 18" }));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,63}$")]
    private static partial Regex CodePattern();
}
